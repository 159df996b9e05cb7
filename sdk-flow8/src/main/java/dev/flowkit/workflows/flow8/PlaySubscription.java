package dev.flowkit.workflows.flow8;

import java.time.Duration;

/** A live subscription to every play of the workspace ({@link Flow8#subscribe}). Thread-safe. */
public interface PlaySubscription extends AutoCloseable {
  /** Stops listening and closes the connection; {@code onClosed} follows, then nothing. */
  void cancel();

  /** Whether {@link #cancel()} was called. */
  boolean isCanceled();

  /** As {@link #cancel()}. */
  @Override
  void close();

  /**
   * Waits until the subscription is over; false if {@code timeout} passed first.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  boolean awaitCompletion(Duration timeout) throws InterruptedException;
}
