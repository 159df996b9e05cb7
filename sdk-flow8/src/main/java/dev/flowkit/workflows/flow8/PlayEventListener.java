package dev.flowkit.workflows.flow8;

import dev.flowkit.core.FlowException;

/**
 * Receives the live events of every play in the workspace ({@link Flow8#subscribe}), on the
 * subscription's own thread, in order, each once, also across reconnects. {@link #onClosed} is
 * always the last call.
 */
public interface PlayEventListener {
  /** One event of one play. */
  void onEvent(PlaySubscription subscription, PlayEvent event);

  /** The connection dropped; it is opened again ({@code attempt} counts from 1) and what was missed is fetched. */
  default void onReconnect(PlaySubscription subscription, int attempt) {}

  /** The subscription failed for good (refused, or out of reconnect attempts); {@link #onClosed} follows. */
  default void onFailure(PlaySubscription subscription, FlowException error) {}

  /** The subscription is over. */
  default void onClosed(PlaySubscription subscription) {}
}
