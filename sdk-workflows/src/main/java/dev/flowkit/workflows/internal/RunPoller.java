package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.models.FlowRun;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Polls a run until it ends, with backoff from 100 ms up to 2 s. */
public final class RunPoller {
  private static final long FIRST_DELAY_MILLIS = 100;
  private static final long MAX_DELAY_MILLIS = 2_000;

  private RunPoller() {}

  /**
   * Returns the run once terminal, or as last seen when {@code timeout} passes or the thread is
   * interrupted (the interrupt flag stays set).
   */
  public static FlowRun waitFor(ApiCall<FlowRun> getRun, Duration timeout) {
    long deadline = deadline(timeout);
    long delay = FIRST_DELAY_MILLIS;
    FlowRun run = getRun.execute();
    while (!run.isTerminal()) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) return run;
      try {
        Thread.sleep(Math.min(delay, left));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return run;
      }
      delay = Math.min(delay * 2, MAX_DELAY_MILLIS);
      run = getRun.execute();
    }
    return run;
  }

  /** As {@link #waitFor}, asynchronously: the waits between polls are timer tasks, not threads. */
  public static CompletableFuture<FlowRun> waitForAsync(
      ApiCall<FlowRun> getRun, Duration timeout, ScheduledExecutorService timer) {
    long deadline = deadline(timeout);
    CompletableFuture<FlowRun> result = new CompletableFuture<>();
    poll(getRun, deadline, FIRST_DELAY_MILLIS, timer, result);
    return result;
  }

  private static void poll(
      ApiCall<FlowRun> getRun, long deadline, long delay, ScheduledExecutorService timer,
      CompletableFuture<FlowRun> result) {
    if (result.isDone()) return;
    CompletableFuture<FlowRun> call = getRun.executeAsync();
    result.whenComplete((r, e) -> {
      if (result.isCancelled()) call.cancel(true);
    });
    call.whenComplete((run, error) -> {
      if (error != null) {
        result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
            ? error.getCause() : error);
        return;
      }
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (run.isTerminal() || left <= 0) {
        result.complete(run);
        return;
      }
      try {
        timer.schedule(
            () -> poll(getRun, deadline, Math.min(delay * 2, MAX_DELAY_MILLIS), timer, result),
            Math.min(delay, left), TimeUnit.MILLISECONDS);
      } catch (RuntimeException rejected) { // the client was closed
        result.completeExceptionally(rejected);
      }
    });
  }

  private static long deadline(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative()) throw new IllegalArgumentException("timeout < 0: " + timeout);
    return System.nanoTime() + timeout.toNanos();
  }
}
