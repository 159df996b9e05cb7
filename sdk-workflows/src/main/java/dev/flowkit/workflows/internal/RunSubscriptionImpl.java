package dev.flowkit.workflows.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.StreamException;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** A {@link RunSubscription}: the latch and future that {@link RunStreams} completes. */
public final class RunSubscriptionImpl implements RunSubscription {
  private final CountDownLatch closed = new CountDownLatch(1);
  private final CompletableFuture<RunEvent.Output> completion = new CompletableFuture<>();
  private @Nullable ResumableEventStream stream;
  private @Nullable RunEventHandler handler;

  RunSubscriptionImpl() {}

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
  public void cancel() {
    ResumableEventStream s = stream;
    if (s != null) s.cancel();
  }

  @Override
  public boolean isCanceled() {
    ResumableEventStream s = stream;
    return s != null && s.isCanceled();
  }

  @Override
  public void close() {
    cancel();
  }

  @Override
  public boolean awaitCompletion(Duration timeout) throws InterruptedException {
    return closed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public CompletableFuture<RunEvent.Output> completion() {
    return completion;
  }

  void onEvent(RunEvent event) {
    if (event instanceof RunEvent.Output) completion.complete((RunEvent.Output) event);
    if (event instanceof RunEvent.Failure) completion.completeExceptionally(new RunFailedException((RunEvent.Failure) event));
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

}
