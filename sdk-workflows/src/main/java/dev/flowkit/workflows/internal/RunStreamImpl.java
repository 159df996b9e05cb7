package dev.flowkit.workflows.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.RunEvent;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RunStream} fed by the stream thread through a bounded ring of {@link #BUFFER} slots:
 * one writer (the stream thread), one reader. Handing an event over takes no lock and allocates
 * nothing: the writer fills the next slot, the reader empties it. Either side parks only when it
 * must wait (the ring full, or empty after a short spin), and the other side wakes it only when
 * it is parked, a full writer only once half the ring is free. {@link #close()} wakes both.
 */
public final class RunStreamImpl implements RunStream {
  /** How many events may wait for the reader before the stream stops reading. */
  public static final int BUFFER = 64;

  private static final int MASK = BUFFER - 1;
  private static final int HALF = BUFFER / 2;
  /**
   * How often an empty reader yields before it parks. Events of one burst arrive about a
   * microsecond apart; parking and being woken for each would cost several times that.
   */
  private static final int SPINS = 100;
  /**
   * The writer parks only when the ring is full, and re-checks at this interval: the reader
   * empties slots with an ordered (not fenced) write, so one wake-up may be missed.
   */
  private static final long FULL_RECHECK_NANOS = 1_000_000;
  private static final Object END = new Object();

  private final AtomicReferenceArray<Object> slots = new AtomicReferenceArray<>(BUFFER);
  private volatile boolean closed;
  private volatile @Nullable Thread parkedReader;
  private volatile @Nullable Thread parkedWriter;
  private final WriterIndex writer = new WriterIndex(); // on its own cache line
  private long read; // reader side
  private @Nullable ResumableEventStream stream;
  private @Nullable RunEventHandler handler;
  private @Nullable RunEvent next; // reader side
  private boolean done; // reader side

  RunStreamImpl() {}

  void attach(ResumableEventStream stream, RunEventHandler handler) {
    this.stream = stream;
    this.handler = handler;
  }

  @Override
  public @Nullable String runId() {
    RunEventHandler h = handler;
    return h == null ? null : h.runId();
  }

  @Override
  public String collectText() {
    StringBuilder text = new StringBuilder();
    while (hasNext()) {
      RunEvent event = next();
      if (event instanceof RunEvent.Token) text.append(((RunEvent.Token) event).content());
      if (event instanceof RunEvent.Failure) throw new RunFailedException((RunEvent.Failure) event);
    }
    return text.toString();
  }

  /** Events waiting for the reader; never more than {@link #BUFFER}. */
  public int buffered() {
    int count = 0;
    for (int i = 0; i < BUFFER; i++) {
      if (slots.get(i) != null) count++;
    }
    return count;
  }

  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(parkedReader);
    LockSupport.unpark(parkedWriter);
    ResumableEventStream s = stream;
    if (s != null) s.cancel();
  }

  /** Called on the stream thread; waits while the ring is full, drops the item once closed. */
  void offer(Object item) {
    int slot = (int) (writer.written & MASK);
    while (slots.get(slot) != null) {
      if (closed) return;
      parkedWriter = Thread.currentThread();
      if (slots.get(slot) != null && !closed) LockSupport.parkNanos(this, FULL_RECHECK_NANOS);
      parkedWriter = null;
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (closed) return;
    slots.set(slot, item); // a volatile write: a reader about to park sees it, or is woken below
    writer.written++;
    Thread reader = parkedReader;
    if (reader != null) LockSupport.unpark(reader);
  }

  void end() {
    offer(END);
  }

  @Override
  public boolean hasNext() {
    if (done) return false;
    if (next != null) return true;
    Object item = take();
    if (item == null || item == END) {
      done = true;
      return false;
    }
    if (item instanceof FlowException) {
      done = true;
      throw (FlowException) item;
    }
    next = (RunEvent) item;
    return true;
  }

  /** The next item, or null once closed (or interrupted, which closes). */
  private @Nullable Object take() {
    int slot = (int) (read & MASK);
    int spins = 0;
    Object item;
    while ((item = slots.get(slot)) == null) {
      if (closed) return null;
      if (spins < SPINS) {
        if (++spins > SPINS / 2) Thread.yield(); // a busy check first, then let others run
        continue;
      }
      parkedReader = Thread.currentThread();
      // Checked again after saying we park, so a writer that just filled the slot wakes us.
      if (slots.get(slot) == null && !closed) LockSupport.park(this);
      parkedReader = null;
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        close();
        return null;
      }
    }
    if (closed) return null;
    slots.lazySet(slot, null);
    read++;
    // A writer parked on a full ring is woken once per half ring read, not for every slot:
    // waking it to write one event and park again would cost more than the event.
    if ((read & (HALF - 1)) == 0) {
      Thread parked = parkedWriter;
      if (parked != null) LockSupport.unpark(parked);
    }
    return item;
  }

  @Override
  public RunEvent next() {
    if (!hasNext()) throw new NoSuchElementException();
    RunEvent event = next;
    next = null;
    return Objects.requireNonNull(event);
  }

  /** The writer's position, padded so that it never shares a cache line with the reader's. */
  @SuppressWarnings("unused")
  private static class WriterPad {
    long p1, p2, p3, p4, p5, p6, p7, p8;
  }

  @SuppressWarnings("unused")
  private static class WriterIndexField extends WriterPad {
    long written;
  }

  @SuppressWarnings("unused")
  private static final class WriterIndex extends WriterIndexField {
    long q1, q2, q3, q4, q5, q6, q7, q8;
  }
}
