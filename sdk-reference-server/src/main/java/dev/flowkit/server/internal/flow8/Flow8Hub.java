package dev.flowkit.server.internal.flow8;

import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Platform;
import dev.flowkit.server.internal.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okio.ByteString;

/**
 * The live connections of {@code WS /api/ws}: each gets every play event of its workspace as a
 * JSON text message, a ping every {@code pingMillis}, and is closed when no pong came for
 * {@code pongTimeoutMillis} (flow8's WebSocket page: 15 s and 30 s).
 */
public final class Flow8Hub {
  /** One subscriber. */
  final class Session implements ServerWebSocket.Listener {
    final Principal principal;
    volatile long lastPongNanos = System.nanoTime();
    volatile ServerWebSocket socket;
    volatile ScheduledFuture<?> pinger;

    Session(Principal principal) {
      this.principal = principal;
    }

    @Override public void onText(ServerWebSocket s, String text) {
      // flow8 documents no client messages; the stream is one-way.
    }

    @Override public void onPong(ServerWebSocket s) {
      lastPongNanos = System.nanoTime();
    }

    @Override public void onClosed(ServerWebSocket s, int code, String reason) {
      sessions.remove(this);
      ScheduledFuture<?> p = pinger;
      if (p != null) p.cancel(false);
    }

    void tick() {
      long silent = (System.nanoTime() - lastPongNanos) / 1_000_000L;
      if (silent >= pongTimeoutMillis) {
        socket.abort(1001, "no pong for " + silent + " ms");
        return;
      }
      socket.ping(ByteString.encodeUtf8(Long.toString(pings.incrementAndGet())));
    }
  }

  private final Platform platform;
  private final long pingMillis;
  private final long pongTimeoutMillis;
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private final AtomicLong pings = new AtomicLong();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "flowkit-flow8-ws");
    t.setDaemon(true);
    return t;
  });

  public Flow8Hub(Platform platform, long pingMillis, long pongTimeoutMillis) {
    this.platform = platform;
    this.pingMillis = pingMillis;
    this.pongTimeoutMillis = pongTimeoutMillis;
  }

  /** Serves one upgraded connection on the calling thread until it ends. */
  public void serve(okio.Socket raw, Principal principal) {
    Session session = new Session(principal);
    ServerWebSocket socket = new ServerWebSocket(raw, session);
    session.socket = socket;
    sessions.add(session);
    session.pinger = timer.scheduleAtFixedRate(session::tick, pingMillis, pingMillis, TimeUnit.MILLISECONDS);
    socket.run();
  }

  /** Sends {@code event} to every connection of {@code workspaceId}. */
  public void publish(String workspaceId, Map<String, Object> event) {
    String text = Json.write(event);
    for (Session s : sessions) {
      if (s.principal.workspaceId.equals(workspaceId)) s.socket.sendText(text);
    }
  }

  /** Connections open now. */
  public int open() {
    return sessions.size();
  }

  /** Drops every connection without a close handshake, as a network failure would. */
  public void dropAll() {
    for (Session s : new ArrayList<>(sessions)) s.socket.drop();
  }

  /** Closes every connection (1001, going away) and stops the timer. */
  public void close() {
    for (Session s : new ArrayList<>(sessions)) s.socket.abort(1001, "server shutting down");
    timer.shutdownNow();
  }

  Platform platform() {
    return platform;
  }
}
