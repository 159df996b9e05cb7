package dev.flowkit.core.internal;

import dev.flowkit.core.ReconnectPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Retries a call that failed in a way that is safe to retry, up to {@code maxRetries} times.
 *
 * <ul>
 *   <li>408, 429 and 503 always: the server says it did not do the work (408: it never got the
 *       whole request), and maybe when to come back ({@code Retry-After}).
 *   <li>500, 502, 504 and IO failures only when repeating cannot do the work twice: a GET,
 *       HEAD, PUT or DELETE, or a request that carries an {@code Idempotency-Key} (every POST
 *       that creates something carries one, the same on every attempt).
 *   <li>409 {@code IDEMPOTENCY_IN_PROGRESS} for a request with an {@code Idempotency-Key}: the
 *       first attempt is still running on the server, and the repeat gets its answer.
 * </ul>
 *
 * Waits follow {@code Retry-After} when given (capped at {@link #MAX_WAIT}), else exponential
 * backoff (500 ms to 8 s unless configured) with jitter. A repeatable call's successful body is
 * read before it is returned, so that a body cut off mid-way is retried like any dropped
 * connection. A canceled call, or one past its call timeout, is never retried, and a wait ends
 * as soon as the call is canceled.
 */
final class RetryInterceptor implements Interceptor {
  static final Duration MAX_WAIT = Duration.ofSeconds(30);
  /** The most of a body read ahead to make a cut-off body retryable. */
  static final long MAX_BUFFERED = 8L * 1024 * 1024;
  private final int maxRetries;
  /** The same jittered exponential backoff streams use (500 ms up to 8 s unless configured). */
  private final ReconnectPolicy backoff;

  RetryInterceptor(int maxRetries, Duration initialBackoff, Duration maxBackoff) {
    this.maxRetries = maxRetries;
    this.backoff = ReconnectPolicy.of(Integer.MAX_VALUE, initialBackoff, maxBackoff);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean repeatable = isRepeatable(request);
    for (int attempt = 0; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
        if (repeatable && response.isSuccessful() && attempt < maxRetries) bufferBody(response);
      } catch (IOException e) {
        if (attempt >= maxRetries || !repeatable || chain.call().isCanceled() || isTimeout(e)) throw e;
        sleep(chain, backoffMillis(attempt, null), e);
        continue;
      }
      if (attempt >= maxRetries || chain.call().isCanceled() || !isRetryable(request, response, repeatable)) {
        return response;
      }
      Duration retryAfter = ErrorMapper.retryAfter(response.headers());
      if (retryAfter != null && retryAfter.compareTo(MAX_WAIT) > 0) return response; // too long: the caller decides
      response.close();
      sleep(chain, backoffMillis(attempt, retryAfter), null);
    }
  }

  /**
   * Reads a successful answer's body (up to {@link #MAX_BUFFERED} bytes) before handing it on,
   * so that a connection that drops mid-body fails here, where a repeatable call is simply
   * repeated, rather than later while the caller decodes it. A larger body streams as usual.
   */
  private static void bufferBody(Response response) throws IOException {
    try {
      response.body().source().request(MAX_BUFFERED);
    } catch (IOException e) {
      response.close();
      throw e;
    }
  }

  /** Whether {@code response} says the same request may be sent again (see the class comment). */
  static boolean isRetryable(Request request, Response response, boolean repeatable) {
    int code = response.code();
    return code == 408 || code == 429 || code == 503
        || (repeatable && (code == 500 || code == 502 || code == 504))
        || (code == 409 && request.header("Idempotency-Key") != null && isInProgress(response));
  }

  /** Whether a 409 is the idempotency store's "the first attempt is still running". */
  static boolean isInProgress(Response response) {
    return "IDEMPOTENCY_IN_PROGRESS".equals(ErrorMapper.errorCode(response));
  }

  static boolean isRepeatable(Request request) {
    String method = request.method();
    return method.equals("GET")
        || method.equals("HEAD")
        || method.equals("PUT")
        || method.equals("DELETE")
        || request.header("Idempotency-Key") != null
        || Repeatable.isMarked(request);
  }

  private static boolean isTimeout(IOException e) {
    // A call that ran out of its own time budget (or whose thread was interrupted) would only
    // run out again; a socket timeout on one connection may not recur on the next.
    return (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException))
        || Thread.currentThread().isInterrupted();
  }

  long backoffMillis(int attempt, @Nullable Duration retryAfter) {
    // Retry-After is honoured in full (up to MAX_WAIT, checked by the caller), not capped.
    return retryAfter != null ? retryAfter.toMillis() : Backoff.millis(backoff, attempt + 1, -1);
  }

  private static void sleep(Chain chain, long millis, @Nullable IOException cause) throws IOException {
    try {
      Sleeps.sleep(chain.call(), TimeUnit.MILLISECONDS.toNanos(millis));
    } catch (InterruptedIOException e) {
      if (cause != null) e.addSuppressed(cause);
      throw e;
    }
  }
}
