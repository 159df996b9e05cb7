package dev.flowkit.core.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A client-side leaky bucket: requests leave at most every {@code 1/rate} seconds, evenly
 * spaced. A request that comes too early waits for its slot instead of failing. One instance
 * serves every call of a client (blocking, async and streams) and every retry of those calls.
 */
final class RateLimiter implements Interceptor {
  private final long intervalNanos;
  private long nextSlot = Long.MIN_VALUE; // System.nanoTime() of the next free slot

  RateLimiter(double requestsPerSecond) {
    this.intervalNanos = Math.max(1L, (long) (TimeUnit.SECONDS.toNanos(1) / requestsPerSecond));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long wait = reserve();
    if (wait > 0) Sleeps.sleep(chain.call(), wait);
    return chain.proceed(chain.request());
  }

  /** Takes the next slot; returns how long to wait for it, in nanoseconds. */
  synchronized long reserve() {
    long now = System.nanoTime();
    long slot = nextSlot == Long.MIN_VALUE || nextSlot - now < 0 ? now : nextSlot;
    nextSlot = slot + intervalNanos;
    return slot - now;
  }
}
