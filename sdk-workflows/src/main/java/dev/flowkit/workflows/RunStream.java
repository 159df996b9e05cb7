package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import dev.flowkit.workflows.models.RunEvent;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A run's events, read one at a time: {@link #hasNext()} blocks until the next event arrives or
 * the stream is over. The events are read on the caller's own thread, as it asks for them: a slow
 * reader slows the network read instead of growing memory, and one reader at a time may read. A run that fails ends the stream with its {@link RunEvent.Failure}; a stream
 * that fails for good throws its {@link FlowException} from {@code hasNext()}. Always close it;
 * {@link #close()} from another thread wakes a reader waiting in {@code hasNext()}.
 *
 * <pre>{@code
 * try (RunStream events = client.workflows().streamRun(runId)) {
 *   while (events.hasNext()) {
 *     RunEvent event = events.next();
 *     if (event instanceof RunEvent.Token) System.out.print(((RunEvent.Token) event).content());
 *   }
 * }
 * }</pre>
 *
 * <p>It is an {@link Iterator}, not an {@link Iterable}: the events can be read only once. For a
 * {@code java.util.stream} pipeline use {@link #stream()}.
 */
public interface RunStream extends Iterator<RunEvent>, AutoCloseable {
  /** The run's id, once the server has said it. */
  @Nullable String runId();

  /**
   * Waits for the next event; false once the run's last event was read or the stream was
   * closed.
   *
   * @throws FlowException if the stream failed for good (after its reconnect attempts)
   */
  @Override
  boolean hasNext();

  /**
   * Returns the next event, waiting for it.
   *
   * @throws java.util.NoSuchElementException if the stream is over
   * @throws FlowException if the stream failed for good
   */
  @Override
  RunEvent next();

  /** The events not read yet, as a sequential stream; closing it closes this {@code RunStream}. */
  default Stream<RunEvent> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * Reads the stream to its end and returns the text of its tokens joined, which for an LLM
   * flow is the answer as it was produced.
   *
   * @throws RunFailedException if the run failed
   * @throws FlowException if the stream failed for good
   */
  String collectText();

  /** Closes the connection; a reader waiting in {@link #hasNext()} wakes and sees the end. */
  @Override
  void close();
}
