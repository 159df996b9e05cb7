package dev.flowkit.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A lazy view of every item across pages. Each {@link #iterator()} starts again at the first
 * page it was made from. Fetches happen on the iterating thread and throw {@link FlowException}
 * subtypes; a server that hands out the same cursor twice gets an
 * {@link InvalidResponseException} instead of an endless loop. Memory stays flat however many
 * pages are walked: one page is held at a time, and the loop check keeps a fixed number of
 * cursors.
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
    private final CursorLoopCheck cursors = new CursorLoopCheck();
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
        if (cursors.repeats(cursor)) {
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

  /**
   * Notices a server that sends cursors in a loop, in constant memory. A loop through up to
   * {@link #RECENT} pages is caught at its first repeated cursor, by remembering the last
   * {@code RECENT} cursors; a longer loop is caught within a few times its length by Brent's
   * cycle detection (one remembered cursor, moved at doubling distances).
   */
  static final class CursorLoopCheck {
    static final int RECENT = 16;

    private final String[] recent = new String[RECENT];
    private int next;
    private @Nullable String checkpoint;
    private long sinceCheckpoint;
    private long distance = RECENT;

    /** Records {@code cursor}; true if it has been seen before and the walk is looping. */
    boolean repeats(String cursor) {
      for (String seen : recent) {
        if (cursor.equals(seen)) return true;
      }
      if (cursor.equals(checkpoint)) return true;
      recent[next] = cursor;
      next = (next + 1) % RECENT;
      if (++sinceCheckpoint == distance) {
        checkpoint = cursor;
        sinceCheckpoint = 0;
        distance *= 2;
      }
      return false;
    }
  }
}
