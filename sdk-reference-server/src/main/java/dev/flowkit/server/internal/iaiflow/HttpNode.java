package dev.flowkit.server.internal.iaiflow;

import dev.flowkit.server.internal.GraphRunner;
import dev.flowkit.server.internal.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * IAI Flow's {@code http_request} node on the reference server: {@code {url, method, headers,
 * body}} → {@code {status, headers, body}}. A body that is a string is sent as text, any other
 * JSON value as JSON; the answer's body is parsed when it says it is JSON, else kept as text. Any
 * status is an answer (edges can test {@code output.status}); a URL that is not http(s), a
 * connection that fails or an answer slower than 10 s fails the node.
 */
public final class HttpNode {
  private static final int MAX_BODY = 1 << 20;
  private final OkHttpClient http = new OkHttpClient.Builder()
      .callTimeout(Duration.ofSeconds(10))
      .followRedirects(false)
      .build();

  public Map<String, Object> call(String nodeId, Map<String, Object> config) throws GraphRunner.NodeFailure {
    String where = "http_request node " + nodeId;
    Object rawUrl = config.get("url");
    if (!(rawUrl instanceof String)) throw new GraphRunner.NodeFailure(where + " has no config.url");
    HttpUrl url = HttpUrl.parse((String) rawUrl);
    if (url == null) throw new GraphRunner.NodeFailure(where + ": '" + rawUrl + "' is not an http(s) URL");
    Object rawMethod = config.get("method");
    String method = rawMethod == null ? "GET" : String.valueOf(rawMethod).toUpperCase(Locale.ROOT);
    if (!method.matches("GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS")) {
      throw new GraphRunner.NodeFailure(where + ": '" + rawMethod + "' is not an HTTP method");
    }
    Headers.Builder headers = new Headers.Builder();
    Object rawHeaders = config.get("headers");
    if (rawHeaders != null) {
      if (!(rawHeaders instanceof Map)) throw new GraphRunner.NodeFailure(where + ": config.headers must be an object");
      for (Map.Entry<?, ?> h : ((Map<?, ?>) rawHeaders).entrySet()) {
        try {
          headers.add(String.valueOf(h.getKey()), String.valueOf(h.getValue()));
        } catch (IllegalArgumentException e) {
          throw new GraphRunner.NodeFailure(where + ": the header '" + h.getKey() + "' cannot be sent: " + e.getMessage());
        }
      }
    }
    Object body = config.get("body");
    RequestBody requestBody = null;
    boolean requires = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    if (!method.equals("GET") && !method.equals("HEAD") && (body != null || requires)) {
      String type = headers.get("Content-Type");
      if (body instanceof String) {
        requestBody = RequestBody.create((String) body, MediaType.parse(type == null ? "text/plain; charset=utf-8" : type));
      } else {
        requestBody = RequestBody.create(body == null ? "" : Json.write(body),
            MediaType.parse(type == null ? "application/json; charset=utf-8" : type));
      }
    }
    Request request = new Request.Builder().url(url).headers(headers.build()).method(method, requestBody).build();
    try (Response response = http.newCall(request).execute()) {
      Map<String, Object> answerHeaders = new LinkedHashMap<>();
      for (String name : response.headers().names()) {
        answerHeaders.put(name.toLowerCase(Locale.ROOT), String.join(", ", response.headers(name)));
      }
      String text = response.body().source().request(MAX_BODY + 1)
          ? null : response.body().string();
      if (text == null) throw new GraphRunner.NodeFailure(where + ": the answer is larger than " + MAX_BODY + " bytes");
      return Json.obj("status", (long) response.code(), "headers", answerHeaders, "body", body(response, text));
    } catch (InterruptedIOException e) {
      throw new GraphRunner.NodeFailure(where + ": " + url.redact() + " did not answer within 10 s");
    } catch (IOException e) {
      throw new GraphRunner.NodeFailure(where + ": calling " + url.redact() + " failed: " + e.getMessage());
    }
  }

  private static @Nullable Object body(Response response, String text) {
    MediaType type = response.body().contentType();
    boolean json = type != null && type.subtype().toLowerCase(Locale.ROOT).endsWith("json");
    if (json && !text.isBlank()) {
      try {
        return Json.parse(text);
      } catch (RuntimeException notJson) {
        return text;
      }
    }
    return text;
  }
}
