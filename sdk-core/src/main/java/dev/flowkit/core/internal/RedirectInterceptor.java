package dev.flowkit.core.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Follows redirects only within one origin (scheme, host and port), so that the API key, the
 * {@code Authorization} header, the session cookie and a login's body never reach another
 * origin. A redirect to another origin is not followed: its 3xx answer is returned and becomes
 * a {@link dev.flowkit.core.FlowApiException} saying so. OkHttp's own redirect following is
 * switched off on every Flowkit client.
 *
 * <p>Within the origin it does what OkHttp does: 307 and 308 repeat the method and body (unless
 * the body can be sent only once); 303, and 301/302 after anything but GET or HEAD, become a
 * GET without body. At most {@link #MAX_HOPS} redirects per call.
 */
final class RedirectInterceptor implements Interceptor {
  static final int MAX_HOPS = 20;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int hop = 0; ; hop++) {
      Response response = chain.proceed(request);
      Request next = hop < MAX_HOPS ? followUp(request, response) : null;
      if (next == null) return response;
      response.close();
      request = next;
    }
  }

  /** The same-origin request that follows {@code response}, or null to stop here. */
  static @Nullable Request followUp(Request request, Response response) {
    int code = response.code();
    if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308) return null;
    HttpUrl target = target(response);
    if (target == null || !sameOrigin(request.url(), target)) return null;
    String method = request.method();
    Request.Builder next = request.newBuilder().url(target);
    boolean keepMethod = code == 307 || code == 308 || method.equals("GET") || method.equals("HEAD");
    if (code == 303 && !method.equals("HEAD")) keepMethod = false;
    if (keepMethod) {
      if (request.body() != null && request.body().isOneShot()) return null;
      return next.build();
    }
    return next.method("GET", null)
        .removeHeader("Content-Type")
        .removeHeader("Content-Length")
        .removeHeader("Transfer-Encoding")
        .build();
  }

  /** Where {@code response} redirects to, or null when it names nothing usable. */
  static @Nullable HttpUrl target(Response response) {
    String location = response.header("Location");
    return location == null ? null : response.request().url().resolve(location);
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
