package dev.flowkit.workflows.internal;

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

  /** Whether the answer had its {@code data} list. */
  boolean hasData() {
    return data != null;
  }

  /** The items, in the server's order. */
  public List<T> items() {
    return data == null ? Collections.<T>emptyList() : Collections.unmodifiableList(data);
  }

  /** The page these items make, loading the next one through {@code fetcher}. */
  public Page<T> toPage(Page.Fetcher<T> fetcher) {
    return new Page<>(items(), next, previous, fetcher);
  }
}
