package dev.flowkit.core.internal;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Makes {@link Page}s and {@link AsyncPage}s, whose constructors are not API: each page class
 * hands this class its factory when it is loaded (the accessor pattern OkHttp uses for its
 * internals).
 */
public final class Pages {
  /** Fetches the page that starts at a cursor, keeping the original filters and limit. */
  public interface Fetcher<T> {
    Page<T> fetch(String cursor);
  }

  /** Fetches the page that starts at a cursor, as a future. */
  public interface AsyncFetcher<T> {
    CompletableFuture<AsyncPage<T>> fetch(String cursor);
  }

  /** Implemented by the page classes. */
  public interface Factory {
    <T> Page<T> page(List<T> data, @Nullable String next, @Nullable String previous, Fetcher<T> fetcher,
        @Nullable Long totalCount, @Nullable Integer pageCount);

    <T> AsyncPage<T> asyncPage(List<T> data, @Nullable String next, @Nullable String previous,
        AsyncFetcher<T> fetcher, @Nullable Long totalCount, @Nullable Integer pageCount);
  }

  private static volatile @Nullable Factory pageFactory;
  private static volatile @Nullable Factory asyncPageFactory;

  private Pages() {}

  /** Called once by {@link Page}'s static initializer. */
  public static void installPage(Factory factory) {
    pageFactory = factory;
  }

  /** Called once by {@link AsyncPage}'s static initializer. */
  public static void installAsyncPage(Factory factory) {
    asyncPageFactory = factory;
  }

  /** A page of a cursor list; {@code fetcher} loads the page at its next cursor. */
  public static <T> Page<T> page(List<T> data, @Nullable String next, @Nullable String previous, Fetcher<T> fetcher) {
    return page(data, next, previous, fetcher, null, null);
  }

  /** A page of {@code data}; {@code fetcher} loads the page at its next cursor. */
  public static <T> Page<T> page(List<T> data, @Nullable String next, @Nullable String previous,
      Fetcher<T> fetcher, @Nullable Long totalCount, @Nullable Integer pageCount) {
    Factory f = pageFactory;
    if (f == null) f = load(Page.class, true);
    return f.page(data, next, previous, fetcher, totalCount, pageCount);
  }

  /** An asynchronous page of {@code data}; {@code fetcher} loads the page at its next cursor. */
  public static <T> AsyncPage<T> asyncPage(List<T> data, @Nullable String next, @Nullable String previous,
      AsyncFetcher<T> fetcher, @Nullable Long totalCount, @Nullable Integer pageCount) {
    Factory f = asyncPageFactory;
    if (f == null) f = load(AsyncPage.class, false);
    return f.asyncPage(data, next, previous, fetcher, totalCount, pageCount);
  }

  private static Factory load(Class<?> type, boolean page) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader()); // runs its static initializer
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    Factory f = page ? pageFactory : asyncPageFactory;
    if (f == null) throw new AssertionError(type + " did not install its factory");
    return f;
  }
}
