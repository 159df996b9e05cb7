package dev.flowkit.server;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * One request the server answered, as recorded for inspection. Secrets are redacted: the values of
 * {@code Authorization}, {@code X-API-KEY}, {@code Cookie} and {@code Set-Cookie}, login passwords
 * and app connection {@code value}s read {@code <redacted>}. Event-stream bodies are not recorded.
 */
public final class RecordedExchange {
  private final String method;
  private final String path;
  private final @Nullable String query;
  private final Headers requestHeaders;
  private final String requestBody;
  private final int status;
  private final Headers responseHeaders;
  private final String responseBody;

  RecordedExchange(String method, String path, @Nullable String query, Headers requestHeaders,
      String requestBody, int status, Headers responseHeaders, String responseBody) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.requestHeaders = requestHeaders;
    this.requestBody = requestBody;
    this.status = status;
    this.responseHeaders = responseHeaders;
    this.responseBody = responseBody;
  }

  /** The request method, e.g. {@code POST}. */
  public String method() {
    return method;
  }

  /** The encoded path, e.g. {@code /api/flows/flow_1/run}. */
  public String path() {
    return path;
  }

  /** The encoded query without {@code ?}, or null. */
  public @Nullable String query() {
    return query;
  }

  /** Request headers, secrets redacted. */
  public Headers requestHeaders() {
    return requestHeaders;
  }

  /** The request body as text, secrets redacted. */
  public String requestBody() {
    return requestBody;
  }

  /** The response status code. */
  public int status() {
    return status;
  }

  /** Response headers, {@code Set-Cookie} values redacted. */
  public Headers responseHeaders() {
    return responseHeaders;
  }

  /** The response body text; empty for event streams. */
  public String responseBody() {
    return responseBody;
  }

  @Override public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
  }
}
