package dev.flowkit.core.internal;

import dev.flowkit.core.ReconnectPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Retries a call that failed in a way that is safe to retry, up to {@code maxRetries} times.
 *
 * <ul>
 *   <li>429 and 503 always: the server says it did not do the work, and when to come back
 *       ({@code Retry-After}).
 *   <li>408, 500, 502, 504 and IO failures only when repeating cannot do the work twice: a GET,
 *       HEAD, PUT or DELETE, or a request that carries an {@code Idempotency-Key}.
 * </ul>
 *
 * Waits follow {@code Retry-After} when given (capped at {@link #MAX_WAIT}), else exponential
 * backoff from 500 ms with jitter. A canceled call is never retried.
 */
final class RetryInterceptor implements Interceptor {
  static final Duration MAX_WAIT = Duration.ofSeconds(30);
  /** The same jittered exponential backoff streams use, from 500 ms up to 8 s. */
  private static final ReconnectPolicy BACKOFF =
      ReconnectPolicy.of(Integer.MAX_VALUE, Duration.ofMillis(500), Duration.ofSeconds(8));

  private final int maxRetries;

  RetryInterceptor(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean repeatable = isRepeatable(request);
    for (int attempt = 0; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (attempt >= maxRetries || !repeatable || chain.call().isCanceled() || isTimeout(e)) throw e;
        sleep(backoffMillis(attempt, null), e);
        continue;
      }
      int code = response.code();
      boolean retryable = code == 429 || code == 503 || (repeatable && (code == 408 || code == 500 || code == 502 || code == 504));
      if (!retryable || attempt >= maxRetries || chain.call().isCanceled()) return response;
      Duration retryAfter = ErrorMapper.retryAfter(response.header("Retry-After"));
      if (retryAfter != null && retryAfter.compareTo(MAX_WAIT) > 0) return response; // too long: the caller decides
      response.close();
      sleep(backoffMillis(attempt, retryAfter), null);
    }
  }

  static boolean isRepeatable(Request request) {
    String method = request.method();
    return method.equals("GET")
        || method.equals("HEAD")
        || method.equals("PUT")
        || method.equals("DELETE")
        || request.header("Idempotency-Key") != null;
  }

  private static boolean isTimeout(IOException e) {
    // A call that ran out of its own time budget (or whose thread was interrupted) would only
    // run out again; a socket timeout on one connection may not recur on the next.
    return (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException))
        || Thread.currentThread().isInterrupted();
  }

  static long backoffMillis(int attempt, @Nullable Duration retryAfter) {
    // Retry-After is honoured in full (up to MAX_WAIT, checked by the caller), not capped at 8 s.
    return retryAfter != null ? retryAfter.toMillis() : Backoff.millis(BACKOFF, attempt + 1, -1);
  }

  private static void sleep(long millis, @Nullable IOException cause) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
      if (cause != null) interrupted.addSuppressed(cause);
      throw interrupted;
    }
  }
}
