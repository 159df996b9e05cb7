package dev.flowkit.core;

import dev.flowkit.core.internal.Pages;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, as the asynchronous calls return it: {@link #nextPage()} fetches the next
 * page without blocking, and {@link #forEach(Consumer)} walks every item across pages.
 *
 * <pre>{@code
 * client.async().workflows().listFlows()
 *     .thenCompose(page -> page.forEach(flow -> System.out.println(flow.id())))
 *     .join();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AsyncPage<T> {
  static {
    Pages.installAsyncPage(new Pages.Factory() {
      @Override public <E> Page<E> page(List<E> data, @Nullable String next, @Nullable String previous,
          Pages.Fetcher<E> fetcher, @Nullable Long totalCount, @Nullable Integer pageCount) {
        throw new UnsupportedOperationException();
      }

      @Override public <E> AsyncPage<E> asyncPage(List<E> data, @Nullable String next, @Nullable String previous,
          Pages.AsyncFetcher<E> fetcher, @Nullable Long totalCount, @Nullable Integer pageCount) {
        return new AsyncPage<>(data, next, previous, fetcher, totalCount, pageCount);
      }
    });
  }

  private final List<T> data;
  private final @Nullable String nextCursor;
  private final @Nullable String previousCursor;
  private final Pages.AsyncFetcher<T> fetcher;
  private final @Nullable Long totalCount;
  private final @Nullable Integer pageCount;

  /**
   * A single, last page of {@code items}, for a fake of a service in a test; the SDK's own
   * pages come from its calls.
   */
  public static <T> AsyncPage<T> of(List<T> items) {
    return new AsyncPage<>(items, null, null, cursor -> {
      CompletableFuture<AsyncPage<T>> last = new CompletableFuture<>();
      last.completeExceptionally(new NoSuchElementException("this is the last page"));
      return last;
    }, null, null);
  }

  private AsyncPage(
      List<T> data,
      @Nullable String nextCursor,
      @Nullable String previousCursor,
      Pages.AsyncFetcher<T> fetcher,
      @Nullable Long totalCount,
      @Nullable Integer pageCount) {
    this.data = Collections.unmodifiableList(Objects.requireNonNull(data, "data == null"));
    this.nextCursor = nextCursor;
    this.previousCursor = previousCursor;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
    this.totalCount = totalCount;
    this.pageCount = pageCount;
  }

  /** How many items the whole list has, when the platform says (as {@link Page#totalCount()}); else null. */
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
   * Fetches the next page with the same filters and limit. The future fails with {@link
   * NoSuchElementException} on the last page, or with the call's {@link FlowException}.
   */
  public CompletableFuture<AsyncPage<T>> nextPage() {
    String cursor = nextCursor;
    if (cursor == null) {
      CompletableFuture<AsyncPage<T>> last = new CompletableFuture<>();
      last.completeExceptionally(new NoSuchElementException("this is the last page"));
      return last;
    }
    return fetcher.fetch(cursor);
  }

  /**
   * Calls {@code action} with every item from this page on, fetching each further page
   * asynchronously once the items before it are done. The future completes after the last item,
   * or fails with the first error (of a fetch or of {@code action}); cancelling it stops the walk.
   * A server that hands out the same cursor twice fails it with {@link InvalidResponseException}.
   */
  public CompletableFuture<@Nullable Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action == null");
    return forEachWhile(item -> {
      action.accept(item);
      return true;
    });
  }

  /**
   * As {@link #forEach(Consumer)}, stopping (without fetching more pages) when {@code action}
   * returns false.
   */
  public CompletableFuture<@Nullable Void> forEachWhile(Predicate<? super T> action) {
    Objects.requireNonNull(action, "action == null");
    CompletableFuture<@Nullable Void> done = new CompletableFuture<>();
    walk(this, action, done, new HashSet<String>());
    return done;
  }

  private static <T> void walk(
      AsyncPage<T> page, Predicate<? super T> action, CompletableFuture<@Nullable Void> done, Set<String> seen) {
    // Pages that are already there (a synchronous fetcher) are walked in this loop, not by recursion.
    while (true) {
      if (done.isDone()) return;
      try {
        for (T item : page.data) {
          if (!action.test(item)) {
            done.complete(null);
            return;
          }
        }
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
        return;
      }
      String cursor = page.nextCursor;
      if (cursor == null) {
        done.complete(null);
        return;
      }
      if (!seen.add(cursor)) {
        done.completeExceptionally(new InvalidResponseException(
            "The server returned the cursor '" + cursor + "' twice; stopping instead of looping", null));
        return;
      }
      CompletableFuture<AsyncPage<T>> next = page.fetcher.fetch(cursor);
      done.whenComplete((v, e) -> {
        if (done.isCancelled()) next.cancel(true);
      });
      if (next.isDone() && !next.isCompletedExceptionally()) {
        page = next.join();
        continue;
      }
      next.whenComplete((nextPage, error) -> {
        if (error != null) {
          done.completeExceptionally(unwrap(error));
        } else {
          walk(nextPage, action, done, seen);
        }
      });
      return;
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof java.util.concurrent.CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  @Override
  public String toString() {
    return "AsyncPage{size=" + data.size() + ", hasNextPage=" + hasNextPage() + "}";
  }
}
