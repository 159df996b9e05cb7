package dev.flowkit.core.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * A per-request read timeout, for the few calls that legitimately take longer than the
 * client's (a synchronous trigger waits for its run). Carried as a request tag and applied
 * by {@link #INTERCEPTOR} through {@link Interceptor.Chain#withReadTimeout}.
 */
public final class CallTimeouts {
  /** Applies a tagged read timeout; installed on every Flowkit client. */
  public static final Interceptor INTERCEPTOR =
      chain -> {
        CallTimeouts timeouts = chain.request().tag(CallTimeouts.class);
        if (timeouts == null) return chain.proceed(chain.request());
        return chain
            .withReadTimeout((int) Math.min(Integer.MAX_VALUE, timeouts.readTimeoutMillis), TimeUnit.MILLISECONDS)
            .proceed(chain.request());
      };

  private final long readTimeoutMillis;

  private CallTimeouts(long readTimeoutMillis) {
    this.readTimeoutMillis = readTimeoutMillis;
  }

  /** {@code request} with its own read timeout. */
  public static Request withReadTimeout(Request request, Duration readTimeout) {
    return request.newBuilder().tag(CallTimeouts.class, new CallTimeouts(readTimeout.toMillis())).build();
  }
}
