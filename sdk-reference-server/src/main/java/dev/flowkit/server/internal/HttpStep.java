package dev.flowkit.server.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The engine's {@code HTTP} step: sends {@code {method, url, headers, body}} (settings after
 * templating) and outputs {@code {status, headers, body}}. A JSON answer's body is its JSON value,
 * any other answer's its text. Every status is an output (a flow can BRANCH on it); only a request
 * that cannot be made or answered (a bad URL, a refused connection, a timeout, a body over 1 MiB)
 * fails the step.
 */
final class HttpStep {
  static final long DEFAULT_TIMEOUT_MS = 30_000;
  static final long MAX_TIMEOUT_MS = 120_000;
  /** The largest answer body the step reads. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  /** A step that could not complete: its message becomes the run's error. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /** Where the engine keeps the call in flight, so that canceling the run cancels it. */
  interface CallSlot {
    /** Registers the call; false when the run already ended (the call is then not made). */
    boolean begin(Call call);

    void end();
  }

  private final OkHttpClient client;

  HttpStep(OkHttpClient client) {
    this.client = client;
  }

  /** An engine's client: no cookies, no retries on its own, redirects followed as OkHttp does. */
  static OkHttpClient newClient() {
    return new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  }

  /**
   * Sends the request; a failure (or the run ending meanwhile, which cancels the call) is a
   * {@link Failure}, which the engine ignores when the run has ended.
   */
  Map<String, Object> call(String step, Map<String, Object> settings, CallSlot slot) throws Failure {
    Request request = request(step, settings);
    long timeout = timeoutMillis(settings);
    Call call = client.newBuilder().callTimeout(timeout, TimeUnit.MILLISECONDS).build().newCall(request);
    if (!slot.begin(call)) throw new Failure("HTTP step " + step + ": the run ended");
    try (Response response = call.execute()) {
      return Json.obj("status", (long) response.code(), "headers", headers(response.headers()),
          "body", body(step, request, response.body()));
    } catch (InterruptedIOException e) {
      throw new Failure(describe(step, request) + " got no answer within " + timeout + " ms");
    } catch (IOException e) {
      throw new Failure(describe(step, request) + " failed: " + e.getMessage());
    } finally {
      slot.end();
    }
  }

  private static Request request(String step, Map<String, Object> settings) throws Failure {
    String method = text(settings.getOrDefault("method", "GET")).toUpperCase(Locale.ROOT);
    if (!Steps.HTTP_METHODS.contains(method)) {
      throw new Failure("HTTP step " + step + ": method must be one of " + Steps.HTTP_METHODS);
    }
    String rawUrl = text(settings.get("url"));
    HttpUrl url = HttpUrl.parse(rawUrl);
    if (url == null) {
      throw new Failure("HTTP step " + step + ": url '" + rawUrl + "' is not an http or https URL");
    }
    Headers.Builder headers = new Headers.Builder();
    Object rawHeaders = settings.get("headers");
    if (rawHeaders instanceof Map) {
      for (Map.Entry<?, ?> h : ((Map<?, ?>) rawHeaders).entrySet()) {
        try {
          headers.add(String.valueOf(h.getKey()), text(h.getValue()));
        } catch (IllegalArgumentException e) {
          throw new Failure("HTTP step " + step + ": header '" + h.getKey() + "' is not a valid header: " + e.getMessage());
        }
      }
    }
    RequestBody body = null;
    if (settings.containsKey("body")) {
      if (method.equals("GET") || method.equals("HEAD")) {
        throw new Failure("HTTP step " + step + ": a " + method + " request carries no body");
      }
      Object content = settings.get("body");
      String type = headers.get("Content-Type");
      MediaType mediaType = type == null ? null : MediaType.parse(type);
      if (type != null && mediaType == null) {
        throw new Failure("HTTP step " + step + ": Content-Type '" + type + "' is not a media type");
      }
      if (content instanceof String) {
        body = RequestBody.create((String) content,
            mediaType != null ? mediaType : MediaType.get("text/plain; charset=utf-8"));
      } else {
        body = RequestBody.create(Json.write(content),
            mediaType != null ? mediaType : MediaType.get("application/json; charset=utf-8"));
      }
    } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      body = RequestBody.create(new byte[0]);
    }
    return new Request.Builder().url(url).headers(headers.build()).method(method, body).build();
  }

  private static long timeoutMillis(Map<String, Object> settings) {
    Object v = settings.get("timeoutMs");
    Long n = v == null ? null : Body.exactLong(v);
    return n == null ? DEFAULT_TIMEOUT_MS : Math.max(1, Math.min(MAX_TIMEOUT_MS, n));
  }

  /** Each header once, its values joined with ", " (RFC 9110 5.3). */
  private static Map<String, Object> headers(Headers headers) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (!out.containsKey(name)) out.put(name, String.join(", ", headers.values(name)));
    }
    return out;
  }

  private static @Nullable Object body(String step, Request request, ResponseBody body)
      throws IOException, Failure {
    if (body.source().request(MAX_BODY_BYTES + 1)) {
      throw new Failure(describe(step, request) + " answered more than " + MAX_BODY_BYTES + " bytes");
    }
    String text = body.string();
    MediaType type = body.contentType();
    boolean json = type != null && (type.subtype().equalsIgnoreCase("json") || type.subtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    if (json && !text.isBlank()) {
      try {
        return Json.parse(text);
      } catch (ApiException notJson) {
        return text; // the answer said JSON but was not: its text, as for any other answer
      }
    }
    return text;
  }

  private static String describe(String step, Request request) {
    return "HTTP step " + step + ": " + request.method() + " " + request.url().redact();
  }

  private static String text(@Nullable Object v) {
    return v instanceof String ? (String) v : Json.write(v);
  }
}
