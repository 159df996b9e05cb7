package dev.flowkit.core.internal;

import java.time.Duration;
import okhttp3.Request;

/**
 * A per-request read timeout, for the few calls that legitimately take longer than the
 * client's (a synchronous trigger waits for its run). Carried as a request tag and applied
 * by {@link CallStart} through {@code Interceptor.Chain#withReadTimeout}.
 */
public final class CallTimeouts {
  private final long readTimeoutMillis;

  private CallTimeouts(long readTimeoutMillis) {
    this.readTimeoutMillis = readTimeoutMillis;
  }

  long readTimeoutMillis() {
    return readTimeoutMillis;
  }

  /** {@code request} with its own read timeout. */
  public static Request withReadTimeout(Request request, Duration readTimeout) {
    return request.newBuilder().tag(CallTimeouts.class, new CallTimeouts(readTimeout.toMillis())).build();
  }
}
