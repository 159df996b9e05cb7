package dev.flowkit.server.internal;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** What a handler answers: a status, headers and either a text body or a streaming body. */
public final class Reply {
  public final int status;
  public final Headers.Builder headers = new Headers.Builder();
  public final String body;
  /** For stream replies: the log to stream and the last event id already seen. */
  public final @Nullable EventLog stream;
  public long afterId;
  /** For stream replies: the run whose events are streamed (for idempotent replay). */
  public @Nullable String streamRunId;
  /** For a {@code 101 Switching Protocols} reply: what serves the upgraded connection. */
  public mockwebserver3.@Nullable SocketHandler upgrade;

  private Reply(int status, String body, @Nullable EventLog stream) {
    this.status = status;
    this.body = body;
    this.stream = stream;
  }

  public static Reply json(int status, @Nullable Object value) {
    Reply r = new Reply(status, Json.write(value), null);
    r.headers.set("Content-Type", "application/json; charset=utf-8");
    return r;
  }

  public static Reply raw(int status, String contentType, String body) {
    Reply r = new Reply(status, body, null);
    r.headers.set("Content-Type", contentType);
    return r;
  }

  public static Reply noContent() {
    return new Reply(204, "", null);
  }

  public static Reply stream(EventLog log, long afterId, String runId) {
    Reply r = new Reply(200, "", log);
    r.afterId = afterId;
    r.headers.set("Content-Type", "text/event-stream; charset=utf-8");
    r.headers.set("Cache-Control", "no-cache");
    r.headers.set("Flow-Run-Id", runId);
    r.streamRunId = runId;
    return r;
  }

  /**
   * {@code 101 Switching Protocols} to a WebSocket (RFC 6455 4.2.2) with {@code accept} as
   * {@code Sec-WebSocket-Accept}; {@code handler} then owns the connection.
   */
  public static Reply upgrade(String accept, mockwebserver3.SocketHandler handler) {
    Reply r = new Reply(101, "", null);
    r.headers.set("Upgrade", "websocket");
    r.headers.set("Connection", "Upgrade");
    r.headers.set("Sec-WebSocket-Accept", accept);
    r.upgrade = handler;
    return r;
  }

  public Reply header(String name, String value) {
    headers.set(name, value);
    return this;
  }

  public static Reply error(ApiException e, String requestId) {
    java.util.Map<String, Object> body =
        Json.obj("error", e.code, "message", e.getMessage(), "statusCode", e.status, "requestId", requestId);
    if (e.details != null) body.put("details", e.details);
    Reply r = json(e.status, body);
    if (e.allow != null) r.header("Allow", e.allow);
    if (e.retryAfterSeconds >= 0) r.header("Retry-After", Long.toString(e.retryAfterSeconds));
    return r;
  }
}
