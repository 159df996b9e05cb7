package dev.flowkit.server.internal;

import dev.flowkit.server.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Shared configuration and services every store and route module sees. */
public final class Platform {
  public final Clock clock;
  public final IdGenerator ids;
  public final boolean tls;
  public final long heartbeatMillis;
  public final long streamRetryMillis;
  public final long maxBodyBytes;
  /** The longest any request waits for a run to end (sync triggers, FlowAI's call). */
  public final long maxRunWaitMillis;
  /** How often a WebSocket server pings (flow8: 15 s). Set before the routes are registered. */
  public volatile long webSocketPingMillis = 15_000;
  /** How long a WebSocket server waits for a pong before closing (flow8: 30 s). */
  public volatile long webSocketPongTimeoutMillis = 30_000;
  /** How often due schedules are looked for. */
  public volatile long scheduleTickMillis = 1_000;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong requestIds = new AtomicLong();
  private final Map<String, String> idPrefixes = new ConcurrentHashMap<>();
  private volatile boolean closed;

  public Platform(
      Clock clock, IdGenerator ids, boolean tls, long heartbeatMillis, long streamRetryMillis,
      long maxBodyBytes, long maxRunWaitMillis) {
    this.clock = clock;
    this.ids = ids;
    this.tls = tls;
    this.heartbeatMillis = heartbeatMillis;
    this.streamRetryMillis = streamRetryMillis;
    this.maxBodyBytes = maxBodyBytes;
    this.maxRunWaitMillis = maxRunWaitMillis;
  }

  /** {@code millis}, or less when the server was told to wait for runs no longer than that. */
  public long runWait(long millis) {
    return Math.min(millis, maxRunWaitMillis);
  }

  public Instant now() {
    return clock.instant();
  }

  public String id(String prefix) {
    return ids.next(idPrefixes.getOrDefault(prefix, prefix));
  }

  /**
   * Makes the ids of one kind start with the platform's own prefix, as its document shows them
   * (IAI Flow's flows are {@code wf_…}). Called while the platform's routes are registered.
   */
  public void useIdPrefix(String kind, String prefix) {
    idPrefixes.put(kind, prefix);
  }

  public String requestId() {
    return String.format("req_%026d", requestIds.incrementAndGet());
  }

  /** An unguessable secret (session token, API key, MCP token). */
  public String secret(String prefix) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    StringBuilder sb = new StringBuilder(prefix);
    for (byte b : bytes) sb.append(String.format("%02x", b));
    return sb.toString();
  }

  public boolean closed() {
    return closed;
  }

  public void close() {
    closed = true;
  }
}
