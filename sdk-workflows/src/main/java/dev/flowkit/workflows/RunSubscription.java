package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.StreamException;
import dev.flowkit.core.internal.ResumableEventStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A run being watched by a {@link RunEventListener}. {@link #cancel()} closes the connection at
 * once (the run itself goes on; use {@link RunService#cancelRun} to stop it).
 */
public final class RunSubscription implements AutoCloseable {
  private final CountDownLatch closed = new CountDownLatch(1);
  private final CompletableFuture<RunEvent.Output> completion = new CompletableFuture<>();
  private @Nullable ResumableEventStream stream;
  private @Nullable RunEventHandler handler;

  RunSubscription() {}

  void attach(ResumableEventStream stream, RunEventHandler handler) {
    this.stream = stream;
    this.handler = handler;
  }

  /** The run's id, once the server has said it (at once for {@code streamRun}). */
  public @Nullable String runId() {
    RunEventHandler h = handler;
    return h == null ? null : h.runId();
  }

  /** Stops watching and closes the connection; {@code onClosed} follows, then nothing. */
  public void cancel() {
    ResumableEventStream s = stream;
    if (s != null) s.cancel();
  }

  /** As {@link #cancel()}. */
  @Override
  public void close() {
    cancel();
  }

  /** Waits until the stream is over; returns false if {@code timeout} passed first. */
  public boolean awaitCompletion(Duration timeout) throws InterruptedException {
    return closed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Completes with the run's {@link RunEvent.Output}, or exceptionally with a {@link
   * RunFailedException} (the run failed) or another {@link FlowException} (the stream did);
   * cancelled if {@link #cancel()} came first.
   */
  public CompletableFuture<RunEvent.Output> completion() {
    return completion;
  }

  void onEvent(RunEvent event) {
    if (event instanceof RunEvent.Output) completion.complete((RunEvent.Output) event);
    if (event instanceof RunEvent.Failure) completion.completeExceptionally(failure((RunEvent.Failure) event));
  }

  void onFailure(FlowException error) {
    completion.completeExceptionally(error);
  }

  void onClosed() {
    if (!completion.isDone()) {
      ResumableEventStream s = stream;
      if (s != null && s.isCanceled()) {
        completion.cancel(false);
      } else {
        completion.completeExceptionally(new StreamException("The run's stream ended without a result", null));
      }
    }
    closed.countDown();
  }

  static RunFailedException failure(RunEvent.Failure event) {
    return new RunFailedException(event.error(), event.message(), event.node(), event.runId());
  }
}
