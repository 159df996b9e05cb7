package dev.flowkit.core;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy view of every item across pages. Each {@link #iterator()} starts again at the first
 * page it was made from. Fetches happen on the iterating thread and throw {@link FlowException}
 * subtypes; a server that hands out the same cursor twice gets an
 * {@link InvalidResponseException} instead of an endless loop.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  AutoPager(Page<T> first) {
    this.first = first;
  }

  @Override
  public Iterator<T> iterator() {
    return new PagingIterator<>(first);
  }

  /** A sequential stream of every item; pages are fetched as the stream is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static final class PagingIterator<T> implements Iterator<T> {
    private final Set<String> seenCursors = new HashSet<>();
    private Page<T> page;
    private Iterator<T> items;

    PagingIterator(Page<T> first) {
      this.page = first;
      this.items = first.data().iterator();
    }

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        String cursor = page.nextCursor();
        if (cursor == null) return false;
        if (!seenCursors.add(cursor)) {
          throw new InvalidResponseException(
              "The server returned the cursor '" + cursor + "' twice; stopping instead of looping", null);
        }
        page = page.nextPage();
        items = page.data().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) throw new NoSuchElementException();
      return items.next();
    }
  }
}
