package dev.flowkit.workflows.internal;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.core.Page;
import dev.flowkit.core.internal.Pages;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract's shape of a list: {@code {"data":[…],"next":…,"previous":…}}, plus
 * {@code total} and {@code pages} when a page-numbered platform reports them.
 */
public final class PageEnvelope<T> {
  private final @Nullable List<T> data;
  private final @Nullable String next;
  private final @Nullable String previous;
  private final @Nullable Long total;
  private final @Nullable Integer pages;

  private PageEnvelope(
      @Nullable List<T> data,
      @Nullable String next,
      @Nullable String previous,
      @Nullable Long total,
      @Nullable Integer pages) {
    this.data = data;
    this.next = next;
    this.previous = previous;
    this.total = total;
    this.pages = pages;
  }

  /** Whether the answer had its {@code data} list. */
  boolean hasData() {
    return data != null;
  }

  /**
   * The items, in the server's order.
   *
   * @throws InvalidResponseException when the answer had no {@code data} array (another
   *     platform's list, such as {@code {"items":[…]}}): never an empty page by mistake
   */
  public List<T> items() {
    if (data == null) {
      throw new InvalidResponseException(
          "Expected a list as {\"data\":[…],\"next\":…} but the answer has no \"data\" array;"
              + " is the client's platform() the server's?",
          null);
    }
    return Collections.unmodifiableList(data);
  }

  /** The asynchronous page these items make, loading the next one through {@code fetcher}. */
  public AsyncPage<T> toAsyncPage(Pages.AsyncFetcher<T> fetcher) {
    return Pages.asyncPage(items(), next, previous, fetcher, total, pages);
  }

  /** The page these items make, loading the next one through {@code fetcher}. */
  public Page<T> toPage(Pages.Fetcher<T> fetcher) {
    return Pages.page(items(), next, previous, fetcher, total, pages);
  }
}
