package dev.flowkit.core.internal;

import dev.flowkit.core.FlowException;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A stream's events read one at a time on the reader's own thread: {@link #hasNext()} drives its
 * {@link EventChannel} forward until the next event, so an SSE stream needs no second thread and
 * no hand-off between threads. What one read of the connection holds beyond that event waits in
 * {@link #pending}; nothing more is read until the reader asks, so a slow reader slows the network
 * read instead of growing memory. (A WebSocket's own reader thread hands messages over through a
 * bounded queue; see {@link WebSocketChannel}.)
 *
 * <p>One thread reads at a time: a second one gets an {@link IllegalStateException}. {@link
 * #close()} may come from any thread. It cancels the channel, which wakes a reader blocked in a
 * read; whichever thread holds {@link #reading} then drives the channel to its end, so that its
 * {@code onClosed} runs exactly once.
 *
 * <p>This is the {@link EventSink} its channel's handler feeds: events, then the stream's failure
 * (thrown by {@code hasNext()}), then its end.
 */
public final class PullEvents<E> implements EventSink<E> {
  private static final Object END = new Object();

  /** Events (or the stream's failure, then {@link #END}) read but not returned yet. */
  private final Queue<Object> pending = new ConcurrentLinkedQueue<>();
  /** Held by the one thread that drives the channel at a time. */
  private final AtomicBoolean reading = new AtomicBoolean();
  private volatile boolean closed;
  private volatile @Nullable EventChannel channel;
  private @Nullable Runnable onEnd;
  private @Nullable E next;
  private boolean done;

  /** Reads from {@code channel}; {@code onEnd} runs once the stream is over. */
  public void attach(EventChannel channel, Runnable onEnd) {
    this.channel = channel;
    this.onEnd = onEnd;
  }

  /** Connects and waits for the server to accept the stream (or for the stream to fail). */
  public void connect() {
    if (!reading.compareAndSet(false, true)) return;
    try {
      if (!closed) Objects.requireNonNull(channel).connect();
    } finally {
      release();
    }
  }

  /** Events read from the connection but not returned yet: at most one read's worth. */
  public int buffered() {
    return pending.size();
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /** Closes the connection; a reader waiting in {@link #hasNext()} wakes and sees the end. */
  public void close() {
    if (closed) return;
    closed = true;
    EventChannel c = channel;
    if (c == null) return;
    c.cancel(); // wakes a reader blocked in a read
    if (reading.compareAndSet(false, true)) finish();
  }

  /** Called by the thread holding {@link #reading} when the stream was closed: ends the channel. */
  private void finish() {
    EventChannel c = Objects.requireNonNull(channel);
    while (c.pump()) {
      // canceled: the pump closes the connection and ends at once, through closed()
    }
  }

  private void release() {
    reading.set(false);
    // A close() that came while this thread read left the channel to it.
    if (closed && reading.compareAndSet(false, true)) finish();
  }

  /**
   * Waits for the next event; false once the stream's last event was read or it was closed.
   *
   * @throws FlowException if the stream failed for good
   * @throws IllegalStateException if another thread is reading
   */
  public boolean hasNext() {
    if (next != null) return true;
    if (done) return false;
    Object item = pending.poll();
    if (item == null && !closed) {
      if (!reading.compareAndSet(false, true)) {
        if (closed) return over(); // close() from another thread holds the channel
        throw new IllegalStateException("another thread is reading this stream");
      }
      try {
        EventChannel c = Objects.requireNonNull(channel);
        while (item == null && !closed && c.pump()) item = pending.poll();
        if (item == null) item = pending.poll(); // what the last pump read before the end
      } finally {
        release();
      }
    }
    if (item == null || item == END || closed) return over();
    if (item instanceof FlowException) {
      done = true;
      throw (FlowException) item;
    }
    @SuppressWarnings("unchecked")
    E event = (E) item;
    next = event;
    return true;
  }

  private boolean over() {
    done = true;
    return false;
  }

  /**
   * Returns the next event, waiting for it.
   *
   * @throws NoSuchElementException if the stream is over
   * @throws FlowException if the stream failed for good
   */
  public E next() {
    if (!hasNext()) throw new NoSuchElementException();
    E event = next;
    next = null;
    return Objects.requireNonNull(event);
  }

  // EventSink: called from inside the channel's pump, on the reading thread.

  @Override
  public void event(E event) {
    pending.add(event);
  }

  @Override
  public void reconnect(int attempt, @Nullable String lastEventId) {}

  @Override
  public void failure(FlowException error) {
    pending.add(error);
  }

  @Override
  public void closed() {
    pending.add(END);
    Runnable r = onEnd;
    if (r != null) r.run();
  }
}
