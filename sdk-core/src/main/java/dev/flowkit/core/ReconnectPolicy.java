package dev.flowkit.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How an event stream resumes after its connection drops: how many times in a row, and how
 * long to wait between tries: exponential backoff, each wait drawn uniformly from the upper half
 * of its step ({@code [c/2, c]}, "equal jitter"), or the server's {@code retry:} hint when it
 * sent one. The count starts over whenever an event arrives.
 *
 * <p>The same budget bounds a streaming trigger whose POST is refused in a way any call is
 * retried (408, 429, 503, …), waiting for its {@code Retry-After}. A run's event stream is
 * never asked again after an error status: like the HTML standard's {@code EventSource}, it
 * fails on any answer but 200.
 *
 * <p>A WebSocket stream reconnects under the same policy after a drop (an IO failure, a pong
 * that did not come back, a close before its end), the count starting over once a message
 * arrives; a refused upgrade fails it at once, as an error status fails an event stream. A
 * request that a closed pooled connection swallowed before it reached the server is sent again
 * at once and is not counted.
 */
public final class ReconnectPolicy {
  private static final ReconnectPolicy DEFAULT =
      new ReconnectPolicy(5, Duration.ofMillis(250), Duration.ofSeconds(10));

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private ReconnectPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  /** Five attempts, starting at 250 ms and doubling up to 10 s. */
  public static ReconnectPolicy defaults() {
    return DEFAULT;
  }

  /** Never reconnect: the first dropped connection ends the stream with an error. */
  public static ReconnectPolicy never() {
    return new ReconnectPolicy(0, Duration.ZERO, Duration.ZERO);
  }

  /**
   * A policy of {@code maxAttempts} reconnects in a row, waiting between
   * {@code initialBackoff} (doubled each time) and {@code maxBackoff}.
   */
  public static ReconnectPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    if (maxAttempts < 0) throw new IllegalArgumentException("maxAttempts < 0: " + maxAttempts);
    Objects.requireNonNull(initialBackoff, "initialBackoff == null");
    Objects.requireNonNull(maxBackoff, "maxBackoff == null");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= initialBackoff <= maxBackoff but got " + initialBackoff + " and " + maxBackoff);
    }
    return new ReconnectPolicy(maxAttempts, initialBackoff, maxBackoff);
  }

  /** How many reconnects in a row before the stream fails. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before the first reconnect (before jitter). */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest wait between reconnects, also the cap on a server's {@code retry:} hint. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  @Override
  public String toString() {
    return "ReconnectPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + "}";
  }
}
