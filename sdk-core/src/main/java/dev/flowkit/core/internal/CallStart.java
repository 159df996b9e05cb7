package dev.flowkit.core.internal;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.ClientOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The first interceptor of every call, doing at once what each call needs when it begins (one
 * interceptor, not four: each costs OkHttp a chain copy per call):
 *
 * <ul>
 *   <li>starts the call's {@link CallDeadline}, so that an async call waiting in the
 *       dispatcher's queue is not charged for the wait;
 *   <li>applies a per-request read timeout ({@link CallTimeouts});
 *   <li>adds the user agent, default headers and API key to a request that lacks them (a request
 *       built from {@link #headers()} has them all and is passed on as it is);
 *   <li>turns a runtime exception from inside OkHttp (say, a {@code NumberFormatException} on a
 *       huge {@code Retry-After}) into an IOException, so that it ends the call as a typed
 *       failure instead of escaping, or killing a dispatcher thread on an async call.
 * </ul>
 */
final class CallStart implements Interceptor {
  private final String[] namesAndValues;
  private final boolean hasApiKey;
  private final Headers headers;

  CallStart(ClientOptions options) {
    List<String> pairs = new ArrayList<>();
    pairs.add("User-Agent");
    pairs.add(options.userAgent());
    for (Map.Entry<String, String> header : options.defaultHeaders().entrySet()) {
      pairs.add(header.getKey());
      pairs.add(header.getValue());
    }
    String apiKey = options.apiKey();
    hasApiKey = apiKey != null;
    if (apiKey != null) {
      if (options.apiKeyHeader() == ApiKeyHeader.X_API_KEY) {
        pairs.add("X-API-KEY");
        pairs.add(apiKey);
      } else {
        pairs.add("Authorization");
        pairs.add("Bearer " + apiKey);
      }
    }
    namesAndValues = pairs.toArray(new String[0]);
    headers = Headers.of(namesAndValues);
  }

  /** Every header this adds, worked out once: a request built with them needs no copy. */
  Headers headers() {
    return headers;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      Request request = chain.request();
      CallDeadline deadline = request.tag(CallDeadline.class);
      if (deadline != null) deadline.start(chain.call());
      CallTimeouts timeouts = request.tag(CallTimeouts.class);
      if (timeouts != null) {
        chain = chain.withReadTimeout(
            (int) Math.min(Integer.MAX_VALUE, timeouts.readTimeoutMillis()), TimeUnit.MILLISECONDS);
      }
      return chain.proceed(withHeaders(request));
    } catch (RuntimeException e) {
      throw new Transport.UnexpectedFailure(e);
    }
  }

  private Request withHeaders(Request request) {
    int end = hasApiKey ? namesAndValues.length - 2 : namesAndValues.length;
    boolean hasKey = !hasApiKey || request.header("Authorization") != null || request.header("X-API-KEY") != null;
    boolean complete = hasKey;
    for (int i = 0; i < end && complete; i += 2) complete = request.header(namesAndValues[i]) != null;
    if (complete) return request;
    Request.Builder builder = request.newBuilder();
    for (int i = 0; i < end; i += 2) {
      if (request.header(namesAndValues[i]) == null) builder.header(namesAndValues[i], namesAndValues[i + 1]);
    }
    // The key goes last; a request that already carries either key header keeps it alone.
    if (!hasKey) builder.header(namesAndValues[end], namesAndValues[end + 1]);
    return builder.build();
  }
}
