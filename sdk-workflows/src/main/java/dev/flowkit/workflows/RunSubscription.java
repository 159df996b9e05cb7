package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A run being watched by a {@link RunEventListener}. {@link #cancel()} closes the connection at
 * once (the run itself goes on; use {@link RunService#cancelRun} to stop it). Thread-safe.
 */
public interface RunSubscription extends AutoCloseable {
  /** The run's id, once the server has said it (at once for {@code streamRun}). */
  @Nullable String runId();

  /** Stops watching and closes the connection; {@code onClosed} follows, then nothing. */
  void cancel();

  /** Whether {@link #cancel()} was called. */
  boolean isCanceled();

  /** As {@link #cancel()}. */
  @Override
  void close();

  /**
   * Waits until the stream is over; returns false if {@code timeout} passed first.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  boolean awaitCompletion(Duration timeout) throws InterruptedException;

  /**
   * Completes with the run's {@link RunEvent.Output}, or exceptionally with a {@link
   * RunFailedException} (the run failed) or another {@link FlowException} (the stream did);
   * cancelled if {@link #cancel()} came first.
   */
  CompletableFuture<RunEvent.Output> completion();
}
