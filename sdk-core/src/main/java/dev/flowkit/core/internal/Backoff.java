package dev.flowkit.core.internal;

import dev.flowkit.core.ReconnectPolicy;
import java.util.concurrent.ThreadLocalRandom;

/** The waits of a {@link ReconnectPolicy}. */
public final class Backoff {
  private Backoff() {}

  /**
   * The wait before reconnect {@code attempt} (1-based). A server hint of zero or more
   * milliseconds replaces the computed backoff, capped at the policy's maximum.
   */
  public static long millis(ReconnectPolicy policy, int attempt, long serverRetryHintMillis) {
    long cap = policy.maxBackoff().toMillis();
    if (serverRetryHintMillis >= 0) return Math.min(serverRetryHintMillis, cap);
    long base = policy.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
    long ceiling = Math.min(Math.max(base, 0), cap);
    // Equal jitter: a uniform wait in [ceiling/2, ceiling] spreads reconnect storms and never
    // waits less than half the step.
    return ceiling <= 1 ? ceiling : ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
  }
}
