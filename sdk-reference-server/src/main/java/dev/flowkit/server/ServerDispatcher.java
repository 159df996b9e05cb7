package dev.flowkit.server;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.EventLog;
import dev.flowkit.server.internal.IdempotencyStore;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.RequestFramer;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Services;
import dev.flowkit.server.internal.SseStream;
import dev.flowkit.server.internal.platform.Dialect;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/** Routes every request: faults, size and auth checks, idempotency, the handler, recording. */
final class ServerDispatcher extends Dispatcher {
  private static final Logger LOG = Logger.getLogger(ReferenceServer.class.getName());
  /** IMF-fixdate, the form RFC 9110 requires a sender to generate. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final String REDACTED = "<redacted>";

  private final Services services;
  private final Router router;
  private final Faults faults;
  private final Dialect dialect;
  private final List<RecordedExchange> exchanges = new ArrayList<>();
  private final AtomicInteger openStreams = new AtomicInteger();

  ServerDispatcher(Services services, Router router, Faults faults, Dialect dialect) {
    this.services = services;
    this.dialect = dialect;
    this.router = router;
    this.faults = faults;
  }

  /**
   * Answers every request, whatever fails on the way: a failure here would leave MockWebServer's
   * connection without an answer, so anything unexpected becomes a 500 that closes the connection.
   */
  @Override public MockResponse dispatch(RecordedRequest request) {
    String requestId = services.platform.requestId();
    try {
      return answer(request, requestId);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.SEVERE, "could not answer " + request.getMethod() + " " + request.getUrl().encodedPath(), e);
      Reply reply = dialect.error(new ApiException(500, "INTERNAL_ERROR", "The reference server failed: " + e), requestId);
      return new MockResponse.Builder().code(500).headers(reply.headers.build())
          .setHeader("X-Request-Id", requestId).setHeader("Date", HTTP_DATE.format(Instant.now()))
          .setHeader("Connection", "close").body(reply.body)
          .onResponseEnd(new SocketEffect.CloseSocket()).build();
    }
  }

  private MockResponse answer(RecordedRequest request, String requestId) {
    HttpUrl url = request.getUrl();
    String method = request.getMethod();
    String path = url.encodedPath();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String refused = request.getHeaders().get(RequestFramer.REFUSED);
    if (refused != null) return refusal(request, requestId, refused);

    Faults.Rule fault = faults.take(method, path);
    Reply reply;
    if (fault != null && fault.kind == Faults.Kind.RESPOND) {
      reply = dialect.error(faultError(fault), requestId);
    } else if (fault != null && fault.kind == Faults.Kind.RAW) {
      reply = Reply.raw(fault.status, fault.contentType, fault.body);
    } else {
      reply = handle(request, requestId, method, url, body);
    }
    reply.headers.set("X-Request-Id", requestId);
    reply.headers.set("Date", HTTP_DATE.format(Instant.now())); // RFC 9110 6.6.1: an origin server's clock
    if (reply.status == 401 && reply.headers.get("WWW-Authenticate") == null) {
      // RFC 9110 15.5.2: a 401 carries a challenge; an API key goes as a Bearer token (RFC 6750).
      reply.headers.set("WWW-Authenticate", "Bearer realm=\"flowkit\"");
    }

    MockResponse.Builder b = new MockResponse.Builder().code(reply.status).headers(reply.headers.build());
    if (method.equals("HEAD")) {
      // The GET answer's headers, with the length its body would have, and no body.
      if (reply.stream == null) {
        b.setHeader("Content-Length", reply.body.getBytes(StandardCharsets.UTF_8).length);
      }
      record(method, url, request.getHeaders(), body, reply);
      return b.build();
    }
    if (reply.upgrade != null) {
      b.status("HTTP/1.1 101 Switching Protocols").socketHandler(reply.upgrade);
      b.removeHeader("Content-Length"); // RFC 9110 8.6: no Content-Length in a 1xx answer
      record(method, url, request.getHeaders(), body, reply);
      return b.build();
    }
    if (reply.stream != null) {
      SseStream.Plan plan = faults.takeStreamPlan();
      b.setHeader("Transfer-Encoding", "chunked");
      b.body(new SseStream(reply.stream, reply.afterId, services.platform.heartbeatMillis,
          services.platform.streamRetryMillis, plan, openStreams));
      b.removeHeader("Content-Length"); // body(MockResponseBody) adds "-1" for unknown lengths
      if (plan.cutAfter >= 0) b.onResponseEnd(new SocketEffect.CloseSocket());
    } else if (fault != null && fault.kind == Faults.Kind.HALF_BODY) {
      byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
      b.body(new HalfBody(bytes));
      b.setHeader("Content-Length", bytes.length);
      b.onResponseEnd(new SocketEffect.CloseSocket());
    } else if (reply.status != 204 && reply.status != 304) {
      b.body(reply.body);
    }
    if (fault != null && fault.kind == Faults.Kind.DELAY) b.headersDelay(fault.delayMillis, TimeUnit.MILLISECONDS);
    if (fault != null && fault.kind == Faults.Kind.RESET) b.onResponseStart(new SocketEffect.CloseSocket());

    record(method, url, request.getHeaders(), body, reply);
    return b.build();
  }

  /**
   * A request the framing refused (a GET with content, a broken Content-Length or chunk, no Host):
   * its error, then the connection closes, as RFC 9112 asks after a request it cannot frame.
   */
  private MockResponse refusal(RecordedRequest request, String requestId, String refused) {
    int space = refused.indexOf(' ');
    int status = Integer.parseInt(refused.substring(0, space));
    String reason = refused.substring(space + 1);
    ApiException e = status == 413
        ? new ApiException(413, "PAYLOAD_TOO_LARGE", "Request body is too large: " + reason,
            Json.obj("limit", services.platform.maxBodyBytes), null, -1)
        : new ApiException(status, "VALIDATION_ERROR", "The request cannot be read: " + reason,
            Json.obj("reason", reason), null, -1);
    Reply reply = dialect.error(e, requestId);
    reply.headers.set("X-Request-Id", requestId);
    reply.headers.set("Date", HTTP_DATE.format(Instant.now()));
    reply.headers.set("Connection", "close");
    record(request.getMethod(), request.getUrl(), request.getHeaders(), "", reply);
    MockResponse.Builder b = new MockResponse.Builder().code(status).headers(reply.headers.build())
        .onResponseEnd(new SocketEffect.CloseSocket());
    if (request.getMethod().equals("HEAD")) {
      b.setHeader("Content-Length", reply.body.getBytes(StandardCharsets.UTF_8).length);
    } else {
      b.body(reply.body);
    }
    return b.build();
  }

  private Reply handle(RecordedRequest request, String requestId, String method, HttpUrl url, String body) {
    try {
      Router.Match match = router.match(method, url);
      if (request.getBodySize() > services.platform.maxBodyBytes) {
        throw new ApiException(413, "PAYLOAD_TOO_LARGE", "Request body is " + request.getBodySize()
            + " bytes; the limit is " + services.platform.maxBodyBytes,
            Json.obj("limit", services.platform.maxBodyBytes), null, -1);
      }
      Call call = new Call(requestId, method, url, request.getHeaders(), body, match.params);
      if (match.route.authenticated) call.principal = dialect.authenticate(call, services);
      if (!match.route.anyBody) checkContentType(call);
      String key = idempotencyKey(call);
      if (!method.equals("POST") || key == null || call.principal == null) {
        return match.route.handler.handle(call);
      }
      String scope = call.principal().credentialId;
      IdempotencyStore.Stored stored = services.idempotency.begin(scope, key,
          IdempotencyStore.fingerprint(method, url.encodedPath(), body));
      if (stored != null) return replay(stored);
      Reply reply;
      try {
        reply = match.route.handler.handle(call);
      } catch (ApiException e) {
        reply = dialect.error(e, requestId);
      } catch (RuntimeException e) {
        services.idempotency.complete(scope, key, Reply.json(500, null));
        throw e;
      }
      services.idempotency.complete(scope, key, reply);
      return reply;
    } catch (ApiException e) {
      return dialect.error(e, requestId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "handler failed for " + method + " " + url.encodedPath(), e);
      return dialect.error(new ApiException(500, "INTERNAL_ERROR", "The reference server failed: " + e), requestId);
    }
  }

  /** The POST's {@code Idempotency-Key} (1..255 characters, as the spec has it), or null. */
  private static @Nullable String idempotencyKey(Call call) {
    if (!call.method.equals("POST")) return null;
    List<String> keys = call.headers.values("Idempotency-Key");
    if (keys.isEmpty()) return null;
    String key = keys.get(0);
    if (keys.size() > 1 || key.isEmpty() || key.length() > 255) {
      throw ApiException.field("Idempotency-Key", keys.size() > 1 ? "must be sent once"
          : "must be 1 to 255 characters long, not " + key.length());
    }
    return key;
  }

  private Reply replay(IdempotencyStore.Stored stored) {
    Reply r;
    EventLog log = stored.streamRunId == null ? null : services.engine.log(stored.streamRunId);
    if (log != null) {
      r = Reply.stream(log, 0, stored.streamRunId);
    } else {
      String ct = stored.headers.get("Content-Type");
      r = Reply.raw(stored.status, ct == null ? "application/json; charset=utf-8" : ct, stored.body);
      if (stored.status == 204) r = Reply.noContent();
    }
    for (String name : stored.headers.names()) {
      if (!name.equalsIgnoreCase("X-Request-Id")) r.headers.set(name, stored.headers.get(name));
    }
    return r.header("Idempotent-Replayed", "true");
  }

  private static void checkContentType(Call call) {
    if (call.bodyText.isBlank()) return;
    String ct = call.header("Content-Type");
    if (ct == null) return;
    String type = ct.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json") || (type.startsWith("application/") && type.contains("+json"))) return;
    // curl -d sends form-urlencoded by default; the seed documents' commands rely on it.
    if (type.startsWith("application/x-www-form-urlencoded") && call.bodyText.trim().startsWith("{")) return;
    throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type " + ct
        + " is not supported; send application/json", Json.obj("field", "Content-Type", "reason",
        "must be application/json"), null, -1);
  }

  private static ApiException faultError(Faults.Rule f) {
    String code;
    switch (f.status) {
      case 429: code = "RATE_LIMITED"; break;
      case 503: code = "UNAVAILABLE"; break;
      case 500: code = "INTERNAL_ERROR"; break;
      case 401: code = "UNAUTHENTICATED"; break;
      case 403: code = "FORBIDDEN"; break;
      case 404: code = "NOT_FOUND"; break;
      case 409: code = "CONFLICT"; break;
      default: code = f.status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
    }
    return new ApiException(f.status, code, "Injected fault: " + f.status, null, null, f.retryAfterSeconds);
  }

  // ---- recording ----

  private void record(String method, HttpUrl url, Headers requestHeaders, String body, Reply reply) {
    String requestBody = redactBody(url.encodedPath(), body);
    RecordedExchange x = new RecordedExchange(method, url.encodedPath(), url.encodedQuery(),
        redact(requestHeaders), requestBody, reply.status, redact(reply.headers.build()),
        reply.stream != null ? "" : reply.body);
    synchronized (exchanges) {
      exchanges.add(x);
    }
  }

  int openStreams() {
    return openStreams.get();
  }

  List<RecordedExchange> exchanges() {
    synchronized (exchanges) {
      return new ArrayList<>(exchanges);
    }
  }

  void clearExchanges() {
    synchronized (exchanges) {
      exchanges.clear();
    }
  }

  private static Headers redact(Headers headers) {
    Headers.Builder b = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean secret = name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("X-API-KEY")
          || name.equalsIgnoreCase("Cookie") || name.equalsIgnoreCase("Set-Cookie")
          || name.equalsIgnoreCase("x-access-token") || name.equalsIgnoreCase("x-organization-id");
      b.addUnsafeNonAscii(name, secret ? REDACTED : headers.value(i));
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  static String redactBody(String path, String body) {
    boolean login = path.startsWith("/api/auth/login");
    boolean connection = path.startsWith("/api/app-connections") || path.matches("/(api|activepieces)/v1/app-connections");
    if (!login && !connection) return body;
    try {
      Object parsed = Json.parse(body);
      if (parsed instanceof Map) {
        Map<String, Object> m = (Map<String, Object>) parsed;
        if (login && m.containsKey("password")) m.put("password", REDACTED);
        if (connection && m.containsKey("value")) m.put("value", REDACTED);
        return Json.write(m);
      }
      return body;
    } catch (ApiException malformed) {
      return body.isEmpty() ? body : REDACTED;
    }
  }

  /** Declares the full length, writes half of it; the socket is then closed. */
  private static final class HalfBody implements MockResponseBody {
    private final byte[] bytes;

    HalfBody(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override public long getContentLength() {
      return bytes.length;
    }

    @Override public void writeTo(BufferedSink sink) throws java.io.IOException {
      sink.write(bytes, 0, bytes.length / 2);
      sink.flush();
    }
  }
}
