package dev.flowkit.server.internal;

import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** One incoming request as a handler sees it. */
public final class Call {
  public final String requestId;
  public final String method;
  public final String path;
  public final HttpUrl url;
  public final Headers headers;
  public final String bodyText;
  public final Map<String, String> params;
  public @Nullable Principal principal;
  private @Nullable Body body;

  public Call(
      String requestId,
      String method,
      HttpUrl url,
      Headers headers,
      String bodyText,
      Map<String, String> params) {
    this.requestId = requestId;
    this.method = method;
    this.path = url.encodedPath();
    this.url = url;
    this.headers = headers;
    this.bodyText = bodyText;
    this.params = params;
  }

  public String param(String name) {
    String v = params.get(name);
    if (v == null) throw new IllegalStateException("no path parameter " + name);
    return v;
  }

  public @Nullable String query(String name) {
    String v = url.queryParameter(name);
    return v == null || v.isEmpty() ? null : v;
  }

  public @Nullable String header(String name) {
    return headers.get(name);
  }

  public Principal principal() {
    if (principal == null) throw new IllegalStateException("route has no principal");
    return principal;
  }

  /** The body as a JSON object; an empty body is {@code {}}. */
  @SuppressWarnings("unchecked")
  public Body body() {
    if (body == null) {
      if (bodyText.isBlank()) {
        body = Body.empty();
      } else {
        Object parsed = Json.parse(bodyText);
        if (!(parsed instanceof Map)) {
          throw ApiException.validation(null, "expected a JSON object", null);
        }
        body = new Body((Map<String, Object>) parsed, "");
      }
    }
    return body;
  }
}
