package dev.flowkit.workflows.internal;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.Page;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The wire shape of a list: {@code {"data":[…],"next":…,"previous":…}}. */
public final class PageEnvelope<T> {
  private final @Nullable List<T> data;
  private final @Nullable String next;
  private final @Nullable String previous;

  private PageEnvelope(@Nullable List<T> data, @Nullable String next, @Nullable String previous) {
    this.data = data;
    this.next = next;
    this.previous = previous;
  }

  /** The items, in the server's order. */
  public List<T> items() {
    return data == null ? Collections.<T>emptyList() : Collections.unmodifiableList(data);
  }

  /** The asynchronous page these items make, loading the next one through {@code fetcher}. */
  public AsyncPage<T> toAsyncPage(AsyncPage.Fetcher<T> fetcher) {
    return new AsyncPage<>(items(), next, previous, fetcher);
  }

  /** The page these items make, loading the next one through {@code fetcher}. */
  public Page<T> toPage(Page.Fetcher<T> fetcher) {
    return new Page<>(items(), next, previous, fetcher);
  }
}
