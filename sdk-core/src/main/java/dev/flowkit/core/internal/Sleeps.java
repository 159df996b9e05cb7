package dev.flowkit.core.internal;

import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/** Waits inside an interceptor that end as soon as the call is canceled (or its deadline passes). */
final class Sleeps {
  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private Sleeps() {}

  /**
   * Sleeps {@code nanos} unless {@code call} is canceled first.
   *
   * @throws InterruptedIOException if the call was canceled or the thread interrupted
   */
  static void sleep(Call call, long nanos) throws InterruptedIOException {
    long end = System.nanoTime() + nanos;
    while (true) {
      if (call.isCanceled()) throw new InterruptedIOException("canceled while waiting");
      long left = end - System.nanoTime();
      if (left <= 0) return;
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(left, SLICE_NANOS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting");
      }
    }
  }
}
