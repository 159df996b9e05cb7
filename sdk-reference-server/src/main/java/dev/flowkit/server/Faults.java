package dev.flowkit.server;

import dev.flowkit.server.internal.SseStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Faults the server injects into the next matching requests or event streams, so a test can prove
 * that a client survives them. Request rules match a method ({@code "*"} for any) and a path glob
 * where {@code *} is one path segment and a trailing {@code **} any rest:
 *
 * <pre>{@code
 * server.faults().on("POST", "/api/flows/*\/run").times(2).respond(503, 1);
 * server.faults().cutStreamAfter(3);
 * }</pre>
 *
 * Rules are used up in the order they were added; each applies to {@code times} requests (default
 * 1). Thread-safe.
 */
public final class Faults {
  enum Kind { RESPOND, RAW, DELAY, RESET, HALF_BODY }

  /** A request rule being built; finish it with one of the fault methods. */
  public final class Rule {
    final String method;
    final String[] glob;
    int remaining = 1;
    @Nullable Kind kind;
    int status;
    long retryAfterSeconds = -1;
    String contentType = "";
    String body = "";
    long delayMillis;

    Rule(String method, String glob) {
      this.method = method;
      this.glob = split(glob);
    }

    /** Applies the fault to the next {@code n} matching requests (default 1). */
    public Rule times(int n) {
      if (n < 1) throw new IllegalArgumentException("times < 1: " + n);
      remaining = n;
      return this;
    }

    /**
     * Answers {@code status} in the contract's error shape without handling the request
     * (429 {@code RATE_LIMITED}, 503 {@code UNAVAILABLE}, 500 {@code INTERNAL_ERROR}, …) with
     * {@code Retry-After: retryAfterSeconds} when it is {@code >= 0}.
     */
    public Faults respond(int status, long retryAfterSeconds) {
      this.status = status;
      this.retryAfterSeconds = retryAfterSeconds;
      return add(Kind.RESPOND);
    }

    /** Like {@link #respond(int, long)} without {@code Retry-After}. */
    public Faults respond(int status) {
      return respond(status, -1);
    }

    /** Answers a raw body (e.g. a proxy's {@code text/html} 502 page) without handling. */
    public Faults respondRaw(int status, String contentType, String body) {
      this.status = status;
      this.contentType = Objects.requireNonNull(contentType, "contentType == null");
      this.body = Objects.requireNonNull(body, "body == null");
      return add(Kind.RAW);
    }

    /** Handles the request normally but waits {@code delay} before sending the response headers. */
    public Faults delay(Duration delay) {
      this.delayMillis = delay.toMillis();
      return add(Kind.DELAY);
    }

    /**
     * Handles the request (its effects happen, e.g. a run is created), then closes the connection
     * before writing any response byte: the client sees a reset / unexpected end of stream.
     */
    public Faults resetConnection() {
      return add(Kind.RESET);
    }

    /**
     * Handles the request, writes the status line, headers (with the full {@code Content-Length})
     * and half of the real body, then closes the connection.
     */
    public Faults halfBody() {
      return add(Kind.HALF_BODY);
    }

    private Faults add(Kind kind) {
      this.kind = kind;
      synchronized (Faults.this) {
        rules.add(this);
      }
      return Faults.this;
    }

    boolean matches(String m, String[] path) {
      if (!method.equals("*") && !method.equalsIgnoreCase(m)) return false;
      for (int i = 0; i < glob.length; i++) {
        if (glob[i].equals("**") && i == glob.length - 1) return true;
        if (i >= path.length) return false;
        if (!glob[i].equals("*") && !glob[i].equals(path[i])) return false;
      }
      return glob.length == path.length;
    }
  }

  /** A stream fault; it applies to the next stream served unless {@link #times} says more. */
  public final class StreamRule {
    final boolean cut;
    final int events;
    final long millis;
    int remaining = 1;

    StreamRule(boolean cut, int events, long millis) {
      this.cut = cut;
      this.events = events;
      this.millis = millis;
    }

    /** Applies to the next {@code n} event streams (trigger streams or {@code /events}). */
    public StreamRule times(int n) {
      if (n < 1) throw new IllegalArgumentException("times < 1: " + n);
      synchronized (Faults.this) {
        remaining = n;
      }
      return this;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private final List<StreamRule> streamRules = new ArrayList<>();

  Faults() {}

  /** Starts a rule for requests with this method ({@code "*"} = any) and path glob. */
  public Rule on(String method, String pathGlob) {
    return new Rule(Objects.requireNonNull(method, "method == null"),
        Objects.requireNonNull(pathGlob, "pathGlob == null"));
  }

  /** The next event stream is cut (connection closed, no final chunk) after {@code events} events. */
  public synchronized StreamRule cutStreamAfter(int events) {
    if (events < 0) throw new IllegalArgumentException("events < 0");
    StreamRule r = new StreamRule(true, events, 0);
    streamRules.add(r);
    return r;
  }

  /** The next event stream sends nothing at all — no events, no heartbeats — for {@code duration}. */
  public StreamRule silence(Duration duration) {
    return silence(0, duration);
  }

  /** Like {@link #silence(Duration)}, but only after the stream has sent {@code afterEvents} events. */
  public synchronized StreamRule silence(int afterEvents, Duration duration) {
    StreamRule r = new StreamRule(false, afterEvents, duration.toMillis());
    streamRules.add(r);
    return r;
  }

  /** Removes every rule not used up yet. */
  public synchronized void clear() {
    rules.clear();
    streamRules.clear();
  }

  /** Uses up one application of the first matching request rule. */
  synchronized @Nullable Rule take(String method, String path) {
    String[] segs = split(path);
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule r = it.next();
      if (r.matches(method, segs)) {
        if (--r.remaining <= 0) it.remove();
        return r;
      }
    }
    return null;
  }

  /** Uses up the stream faults for the stream about to be served. */
  synchronized SseStream.Plan takeStreamPlan() {
    SseStream.Plan plan = new SseStream.Plan();
    boolean cut = false;
    boolean silence = false;
    for (Iterator<StreamRule> it = streamRules.iterator(); it.hasNext(); ) {
      StreamRule r = it.next();
      if (r.cut && !cut) {
        cut = true;
        plan.cutAfter = r.events;
      } else if (!r.cut && !silence) {
        silence = true;
        plan.silenceMillis = r.millis;
        plan.silenceAfterEvents = r.events;
      } else {
        continue;
      }
      if (--r.remaining <= 0) it.remove();
    }
    return plan;
  }

  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }
}
