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
 *   <li>adds the user agent, default headers and credential (an API key, or an access token and
 *       organization id) to a request that lacks them (a request built from {@link #headers()}
 *       has them all and is passed on as it is);
 *   <li>turns a runtime exception from inside OkHttp (say, a {@code NumberFormatException} on a
 *       huge {@code Retry-After}) into an IOException, so that it ends the call as a typed
 *       failure instead of escaping, or killing a dispatcher thread on an async call.
 * </ul>
 */
final class CallStart implements Interceptor {
  /** The headers a credential travels in; a request carrying any of them keeps its own. */
  private static final String[] CREDENTIAL_HEADERS = {"Authorization", "X-API-KEY", "x-access-token"};

  private final String[] namesAndValues;
  /** Where the credential's pairs begin in {@link #namesAndValues}. */
  private final int credentialStart;
  private final Headers headers;

  CallStart(ClientOptions options) {
    List<String> pairs = new ArrayList<>();
    pairs.add("User-Agent");
    pairs.add(options.userAgent());
    for (Map.Entry<String, String> header : options.defaultHeaders().entrySet()) {
      pairs.add(header.getKey());
      pairs.add(header.getValue());
    }
    credentialStart = pairs.size();
    String apiKey = options.apiKey();
    if (apiKey != null) {
      if (options.apiKeyHeader() == ApiKeyHeader.X_API_KEY) {
        pairs.add("X-API-KEY");
        pairs.add(apiKey);
      } else {
        pairs.add("Authorization");
        pairs.add("Bearer " + apiKey);
      }
    }
    String accessToken = options.accessToken();
    String organization = options.organizationId();
    if (accessToken != null) {
      // Imbrace's SDK: a JWT with an organization is a bearer token, anything else x-access-token.
      boolean bearer = organization != null && isJwt(accessToken);
      pairs.add(bearer ? "Authorization" : "x-access-token");
      pairs.add(bearer ? "Bearer " + accessToken : accessToken);
    }
    if (organization != null) {
      pairs.add("x-organization-id");
      pairs.add(organization);
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
    boolean ownCredential = false;
    for (String name : CREDENTIAL_HEADERS) ownCredential |= request.header(name) != null;
    // A request that carries a credential of its own keeps it alone.
    int end = ownCredential ? credentialStart : namesAndValues.length;
    boolean complete = true;
    for (int i = 0; i < end && complete; i += 2) complete = request.header(namesAndValues[i]) != null;
    if (complete) return request;
    Request.Builder builder = request.newBuilder();
    for (int i = 0; i < end; i += 2) {
      if (request.header(namesAndValues[i]) == null) builder.header(namesAndValues[i], namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /** A JWT: three dot-separated parts, the first starting {@code eyJ} (a base64 JSON object). */
  static boolean isJwt(String token) {
    return token.startsWith("eyJ") && token.split("\\.", -1).length == 3;
  }
}
