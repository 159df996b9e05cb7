package dev.flowkit.core;

import dev.flowkit.core.internal.Pages;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, with the cursor to the next. Walk every item lazily with
 * {@link #autoPager()}:
 *
 * <pre>{@code
 * for (Flow flow : client.workflows().listFlows(params).autoPager()) {
 *   System.out.println(flow.id());
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Page<T> {
  static {
    Pages.installPage(new Pages.Factory() {
      @Override public <E> Page<E> page(List<E> data, @Nullable String next, @Nullable String previous,
          Pages.Fetcher<E> fetcher, @Nullable Long totalCount, @Nullable Integer pageCount) {
        return new Page<>(data, next, previous, fetcher, totalCount, pageCount);
      }

      @Override public <E> AsyncPage<E> asyncPage(List<E> data, @Nullable String next, @Nullable String previous,
          Pages.AsyncFetcher<E> fetcher, @Nullable Long totalCount, @Nullable Integer pageCount) {
        throw new UnsupportedOperationException();
      }
    });
  }

  private final List<T> data;
  private final @Nullable String nextCursor;
  private final @Nullable String previousCursor;
  private final Pages.Fetcher<T> fetcher;
  private final @Nullable Long totalCount;
  private final @Nullable Integer pageCount;

  /**
   * A single, last page of {@code items}, for a fake of a service in a test; the SDK's own
   * pages come from its calls.
   */
  public static <T> Page<T> of(List<T> items) {
    return new Page<>(items, null, null, cursor -> {
      throw new java.util.NoSuchElementException("this is the last page");
    }, null, null);
  }

  private Page(
      List<T> data,
      @Nullable String nextCursor,
      @Nullable String previousCursor,
      Pages.Fetcher<T> fetcher,
      @Nullable Long totalCount,
      @Nullable Integer pageCount) {
    this.data = Collections.unmodifiableList(Objects.requireNonNull(data, "data == null"));
    this.nextCursor = nextCursor;
    this.previousCursor = previousCursor;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
    this.totalCount = totalCount;
    this.pageCount = pageCount;
  }

  /**
   * How many items the whole list has, when the platform says (page-numbered lists such as
   * flow8's do); null for cursor lists, which never count.
   */
  public @Nullable Long totalCount() {
    return totalCount;
  }

  /** How many pages the whole list has at this page size, when the platform says; else null. */
  public @Nullable Integer pageCount() {
    return pageCount;
  }

  /** The items of this page, newest first. */
  public List<T> data() {
    return data;
  }

  /** The cursor to the next page, or null on the last page. */
  public @Nullable String nextCursor() {
    return nextCursor;
  }

  /** The cursor to the previous page, or null on the first page. */
  public @Nullable String previousCursor() {
    return previousCursor;
  }

  /** Whether {@link #nextPage()} has a page to fetch. */
  public boolean hasNextPage() {
    return nextCursor != null;
  }

  /**
   * Fetches the next page with the same filters and limit.
   *
   * @throws NoSuchElementException on the last page
   * @throws FlowException if the call fails
   */
  public Page<T> nextPage() {
    String cursor = nextCursor;
    if (cursor == null) throw new NoSuchElementException("this is the last page");
    return fetcher.fetch(cursor);
  }

  /**
   * Every item from this page on, fetching each further page only when the iteration reaches
   * it, holding one page at a time.
   */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  @Override
  public String toString() {
    return "Page{size=" + data.size() + ", hasNextPage=" + hasNextPage() + "}";
  }
}
