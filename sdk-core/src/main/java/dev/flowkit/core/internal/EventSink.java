package dev.flowkit.core.internal;

import dev.flowkit.core.FlowException;
import org.jspecify.annotations.Nullable;

/**
 * Where a stream's decoded events go: a reader's pending events ({@link PullEvents}) or a
 * listener ({@link PushEvents}). A channel's handler decodes what the transport delivers into
 * events of type {@code E} and calls these, on the thread that drives the channel, in order;
 * {@link #closed()} is always the last call.
 */
public interface EventSink<E> {
  /** The next event. */
  void event(E event);

  /**
   * The connection dropped and the stream is about to resume; {@code attempt} counts from 1,
   * {@code lastEventId} is the last event id seen (null when the transport has none).
   */
  void reconnect(int attempt, @Nullable String lastEventId);

  /** The stream failed for good, or was refused; {@link #closed()} follows. */
  void failure(FlowException error);

  /** The stream is over: finished, failed or canceled. Nothing follows. */
  void closed();
}
