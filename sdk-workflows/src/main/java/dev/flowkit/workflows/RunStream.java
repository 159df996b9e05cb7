package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.internal.ResumableEventStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A run's events as a blocking iterable: {@code next()} waits for the next event. The buffer is
 * bounded, so a slow reader slows the network read instead of growing memory. A run that
 * fails ends the iteration with its {@link RunEvent.Failure}; a stream that fails for good
 * throws its {@link FlowException} from {@code hasNext()}. Iterate once; always close.
 *
 * <pre>{@code
 * try (RunStream events = client.workflows().streamRun(runId)) {
 *   for (RunEvent event : events) {
 *     if (event instanceof RunEvent.Token) System.out.print(((RunEvent.Token) event).content());
 *   }
 * }
 * }</pre>
 */
public final class RunStream implements Iterable<RunEvent>, AutoCloseable {
  /** How many events may wait for the reader before the stream stops reading. */
  static final int BUFFER = 64;

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BUFFER);
  private @Nullable ResumableEventStream stream;
  private @Nullable RunEventHandler handler;
  private volatile boolean closed;
  private boolean iterated;

  RunStream() {}

  void attach(ResumableEventStream stream, RunEventHandler handler) {
    this.stream = stream;
    this.handler = handler;
  }

  /** The run's id, once the server has said it. */
  public @Nullable String runId() {
    RunEventHandler h = handler;
    return h == null ? null : h.runId();
  }

  /**
   * Reads the stream to its end and returns the text of its tokens joined, which for an LLM
   * flow is the answer as it was produced.
   *
   * @throws RunFailedException if the run failed
   */
  public String collectText() {
    StringBuilder text = new StringBuilder();
    for (RunEvent event : this) {
      if (event instanceof RunEvent.Token) text.append(((RunEvent.Token) event).content());
      if (event instanceof RunEvent.Failure) throw RunSubscription.failure((RunEvent.Failure) event);
    }
    return text.toString();
  }

  /** Returns the one iterator of this stream. */
  @Override
  public synchronized Iterator<RunEvent> iterator() {
    if (iterated) throw new IllegalStateException("a RunStream can be iterated only once");
    iterated = true;
    return new EventIterator();
  }

  /** Events waiting for the reader; never more than {@link #BUFFER}. */
  int buffered() {
    return queue.size();
  }

  /** Closes the connection; iteration then ends. */
  @Override
  public void close() {
    closed = true;
    ResumableEventStream s = stream;
    if (s != null) s.cancel();
    queue.clear(); // frees a reader thread blocked on a full buffer
  }

  /** Called on the stream thread; blocks while the buffer is full. */
  void offer(Object item) {
    try {
      while (!closed) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void end() {
    offer(END);
  }

  private final class EventIterator implements Iterator<RunEvent> {
    private @Nullable Object next;
    private boolean done;

    @Override
    public boolean hasNext() {
      if (done) return false;
      if (next != null) return true;
      Object item;
      try {
        do {
          if (closed) {
            done = true;
            return false;
          }
          item = queue.poll(100, TimeUnit.MILLISECONDS);
        } while (item == null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        done = true;
        return false;
      }
      if (item == END) {
        done = true;
        return false;
      }
      if (item instanceof FlowException) {
        done = true;
        throw (FlowException) item;
      }
      next = item;
      return true;
    }

    @Override
    public RunEvent next() {
      if (!hasNext()) throw new NoSuchElementException();
      RunEvent event = (RunEvent) next;
      next = null;
      return event;
    }
  }
}
