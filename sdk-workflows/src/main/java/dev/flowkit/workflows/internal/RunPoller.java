package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.models.FlowRun;
import java.time.Duration;
import java.util.Objects;

/** Polls a run until it ends, with backoff from 100 ms up to 2 s. */
public final class RunPoller {
  private static final long FIRST_DELAY_MILLIS = 100;
  private static final long MAX_DELAY_MILLIS = 2_000;

  private RunPoller() {}

  /** Returns the run once terminal, or as last seen when {@code timeout} passes or the thread is interrupted. */
  static FlowRun waitFor(ApiCall<FlowRun> getRun, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative()) throw new IllegalArgumentException("timeout < 0: " + timeout);
    long deadline = System.nanoTime() + timeout.toNanos();
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
}
