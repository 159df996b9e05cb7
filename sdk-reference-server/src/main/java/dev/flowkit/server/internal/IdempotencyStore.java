package dev.flowkit.server.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Idempotency-Key → stored response, for 24 hours per credential. Same key and body replays the
 * stored response; another body is 422; a repeat while the first is in flight is 409.
 */
public final class IdempotencyStore {
  /** A stored answer. */
  public static final class Stored {
    public final int status;
    public final Headers headers;
    public final String body;
    public final @Nullable String streamRunId;

    Stored(Reply r) {
      this.status = r.status;
      this.headers = r.headers.build();
      this.body = r.body;
      this.streamRunId = r.streamRunId;
    }
  }

  private static final class Entry {
    final String fingerprint;
    final Instant expires;
    @Nullable Stored stored;

    Entry(String fingerprint, Instant expires) {
      this.fingerprint = fingerprint;
      this.expires = expires;
    }
  }

  private final Platform platform;
  // In the order the keys were first used, which is the order they expire in.
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public IdempotencyStore(Platform platform) {
    this.platform = platform;
  }

  /** Null when the caller should handle the request (then call complete); else the replay. */
  public synchronized @Nullable Stored begin(String scope, String key, String fingerprint) {
    Instant now = platform.now();
    // Drop expired keys from the oldest on, stopping at the first live one: amortized constant
    // work per request. Scanning every key on every request made a load test quadratic.
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      if (!it.next().expires.isBefore(now)) break;
      it.remove();
    }
    String k = scope + "\n" + key;
    Entry e = entries.get(k);
    if (e != null && e.expires.isBefore(now)) { // a clock set back can leave one behind a live one
      entries.remove(k);
      e = null;
    }
    if (e == null) {
      entries.put(k, new Entry(fingerprint, now.plus(Duration.ofHours(24))));
      return null;
    }
    if (!e.fingerprint.equals(fingerprint)) {
      throw new ApiException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key '" + key
          + "' was used with a different request; use a new key for a new request");
    }
    if (e.stored == null) {
      throw new ApiException(409, "IDEMPOTENCY_IN_PROGRESS", "A request with Idempotency-Key '"
          + key + "' is still in flight; retry shortly", null, null, 1);
    }
    return e.stored;
  }

  /** Stores the answer, or forgets the key when the answer is retryable (5xx, 409, 429). */
  public synchronized void complete(String scope, String key, Reply reply) {
    String k = scope + "\n" + key;
    Entry e = entries.get(k);
    if (e == null) return;
    if (reply.status >= 500 || reply.status == 409 || reply.status == 429) {
      entries.remove(k);
    } else {
      e.stored = new Stored(reply);
    }
  }

  /** Canonical request fingerprint: method, path and the body's JSON (key order kept). */
  public static String fingerprint(String method, String path, String body) {
    String canonical = body.trim();
    try {
      if (!canonical.isEmpty()) canonical = Json.write(Json.parse(canonical));
    } catch (ApiException malformed) {
      // keep the raw text
    }
    return method + " " + path + "\n" + canonical;
  }
}
