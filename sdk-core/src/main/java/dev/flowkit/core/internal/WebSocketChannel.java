package dev.flowkit.core.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.StreamException;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The WebSocket {@link EventChannel}, on OkHttp's {@link WebSocket}, with the semantics of the
 * Server-Sent Events one ({@link ResumableEventStream}):
 *
 * <ul>
 *   <li>A drop — an IO failure, a missing pong, a close the handler did not expect — reconnects
 *       with the same request under the {@link ReconnectPolicy} and {@link Backoff}; the attempts
 *       start over once a connection delivered a message. A first connection that fails before
 *       any answer (refused, reset) is tried again the same way, as the SSE GET is.
 *   <li>A refused upgrade fails at once, without a reconnect, like an {@code EventSource}: a 3xx,
 *       4xx or 5xx answer (429 and 503 included, as for the SSE GET) with the typed {@link
 *       dev.flowkit.core.FlowApiException} of {@link ErrorMapper}, any other answer but 101 with a
 *       {@link StreamException}. The caller sees the status (and a {@code Retry-After}) and decides.
 *   <li>A close from the server once the handler {@link Handler#isFinished() is finished} ends the
 *       stream cleanly. A close that says retrying cannot help (1002, 1003, 1007, 1008, 1009,
 *       1010: the same request would be refused the same way) fails it with a {@link
 *       StreamException}; any other close before the end (1000, 1001 going away, 1011, 1012
 *       service restart, an application's 4xxx) is a drop.
 *   <li>Keepalive: OkHttp answers the server's pings by itself; the client (see {@link
 *       Transport#webSocketClient()}) also pings every {@code webSocketPingInterval}, and a pong
 *       that does not come back within the next interval fails the connection ("sent ping but
 *       didn't receive pong"), which is a drop. After the upgrade OkHttp reads without a
 *       timeout, so a quiet connection stays open as long as pongs come back.
 * </ul>
 *
 * <p><b>Threads and memory.</b> OkHttp reads the socket on a thread of its own (a dispatcher
 * thread, for the socket's life) and cannot be pulled, so messages are handed over to the thread
 * that drives this channel ({@link #pump()} or {@link #run()}); every {@link Handler} callback
 * comes from that thread, in order, and none after {@link Handler#onClosed()}. The hand-off holds
 * at most {@link #MAX_PENDING_CHARS} characters of message text (at least one message, whatever
 * its size). When it is full, OkHttp's reader waits, so the socket is not read and TCP holds the
 * server back; since that reader also takes the pongs, a reader that stays away longer than about
 * one ping interval gets the connection counted as dead, and it is resumed when the reader comes
 * back (the handler's {@link Handler#onResumed()} fetches what was missed).
 *
 * <p>Messages carry no event ids, so unlike SSE a reconnect cannot ask the server to replay: a
 * handler that must not lose or repeat events fetches what it missed in {@link
 * Handler#onResumed()} and delivers each event once ({@link CatchUpHandler} does both).
 *
 * <p>{@link #cancel()}, from any thread, closes the socket at once and wakes a driver waiting for
 * a message or a backoff; so does interrupting the driving thread (it keeps its interrupt flag).
 */
public final class WebSocketChannel extends ChannelDriver {
  /** Receives a WebSocket stream's life. All calls come from the thread that drives the channel. */
  public interface Handler {
    /** A connection was upgraded (the first or a resumed one), before its messages. */
    void onOpen(Response response);

    /**
     * A connection replacing a dropped one is open, before any of its messages: fetch (over REST)
     * what happened while disconnected. Messages of the new connection wait meanwhile.
     */
    void onResumed();

    /** A text message (a binary one is given as its UTF-8 text). */
    void onMessage(String text);

    /** The connection dropped and is about to be replaced; {@code attempt} counts from 1. */
    void onReconnecting(int attempt, Throwable cause);

    /** Whether the stream's last event has been seen, so that the stream ends cleanly. */
    boolean isFinished();

    /** The stream failed for good; {@link #onClosed()} follows. */
    void onFailure(FlowException error);

    /** The stream is over: finished, failed, or canceled. Always the last call. */
    void onClosed();
  }

  /** The most message text waiting for the driving thread: 64 Ki characters. */
  public static final int MAX_PENDING_CHARS = 64 * 1024;

  private final OkHttpClient client;
  private final ErrorMapper errors;
  private final ReconnectPolicy policy;
  private final Request request;
  private final Handler handler;
  private final WebSocketHandOff handOff;

  private volatile @Nullable WebSocket socket;
  // Owned by the driving thread:
  private int generation; // the number of the current connection; older ones' messages are dropped
  private boolean started; // the current connection was asked for
  private boolean open; // ... and upgraded
  private boolean everOpened;
  private boolean deliveredOnThisConnection;
  private int attempt;

  /**
   * @param client the client to connect with: its {@code pingInterval} is the keepalive
   *     ({@link Transport#webSocketClient()})
   * @param request the upgrade request, sent again for each reconnect ({@code ws:}, {@code wss:},
   *     {@code http:} or {@code https:})
   */
  public WebSocketChannel(
      OkHttpClient client, ErrorMapper errors, ReconnectPolicy policy, Request request, Handler handler) {
    this(client, errors, policy, request, handler, MAX_PENDING_CHARS);
  }

  WebSocketChannel(
      OkHttpClient client,
      ErrorMapper errors,
      ReconnectPolicy policy,
      Request request,
      Handler handler,
      int maxPendingChars) {
    this.client = client;
    this.errors = errors;
    this.policy = policy;
    this.request = request;
    this.handler = handler;
    this.handOff = new WebSocketHandOff(maxPendingChars);
  }

  @Override
  void interrupt() {
    handOff.close(); // wakes the driver, and an OkHttp reader waiting for room
    WebSocket s = socket;
    if (s != null) s.cancel();
  }

  @Override
  boolean isOpen() {
    return open;
  }

  @Override
  String describe() {
    return "The WebSocket stream from " + Transport.describe(request);
  }

  @Override
  void onFailure(FlowException error) {
    handler.onFailure(error);
  }

  @Override
  void onClosed() {
    handler.onClosed();
  }

  /** Characters of message text waiting for the driving thread. */
  int pendingChars() {
    return handOff.pendingChars();
  }

  /** One unit of work: a connection attempt, or one item from OkHttp's reader. False once over. */
  @Override
  boolean step(boolean untilOpen) {
    if (canceled || handler.isFinished()) return false;
    if (!started) {
      start();
      return true;
    }
    WebSocketHandOff.Item item;
    try {
      item = handOff.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      return false;
    }
    if (item == null || canceled) return false;
    switch (item.kind) {
      case OPENED:
        open = true;
        handler.onOpen(item.response());
        if (everOpened) handler.onResumed();
        everOpened = true;
        if (!untilOpen) delivered++; // a catch-up may have handed events on: let a puller look
        return true;
      case MESSAGE:
        if (handler.isFinished()) return false;
        delivered++;
        deliveredOnThisConnection = true;
        handler.onMessage(item.text());
        return true;
      case CLOSING:
        if (handler.isFinished()) return false;
        if (isFinalCloseCode(item.code)) {
          fail(new StreamException(
              "The server closed the WebSocket stream from " + Transport.describe(request) + " with code " + item.code
                  + reason(item.text()) + "; reconnecting could not help", null));
          return false;
        }
        dropped();
        return retry(new IOException("the server closed the WebSocket with code " + item.code + reason(item.text())
            + " before the stream's end"));
      default: // FAILED
        FlowException refusal = item.refusal;
        if (refusal != null) {
          fail(refusal);
          return false;
        }
        dropped();
        return retry(item.cause());
    }
  }

  private void start() {
    generation++;
    handOff.begin(generation);
    started = true;
    open = false;
    deliveredOnThisConnection = false;
    WebSocket s = client.newWebSocket(request, new Listener(generation));
    socket = s;
    if (canceled) s.cancel();
  }

  /** The connection ended; one that delivered a message resets the attempts. */
  private void dropped() {
    WebSocket s = socket;
    socket = null;
    if (s != null) s.cancel();
    started = false;
    open = false;
    if (deliveredOnThisConnection) attempt = 0;
  }

  /** Waits before the next connection; false when the stream cannot or should not go on. */
  private boolean retry(Throwable cause) {
    if (canceled || handler.isFinished()) return false;
    attempt++;
    if (attempt > policy.maxAttempts()) {
      fail(new StreamException(
          "The WebSocket stream from " + Transport.describe(request) + " dropped and gave up after "
              + policy.maxAttempts() + " reconnects: " + cause, cause));
      return false;
    }
    handler.onReconnecting(attempt, cause);
    return !sleep(Backoff.millis(policy, attempt, -1));
  }

  /** Releases the socket: a clean close once the handler is finished, else at once. */
  @Override
  void release() {
    handOff.close();
    WebSocket s = socket;
    socket = null;
    if (s == null) return;
    if (!canceled && open && handler.isFinished()) {
      s.close(1000, null); // OkHttp finishes the closing handshake on its own threads
    } else {
      s.cancel();
    }
  }

  /** RFC 6455 §7.4.1 codes after which the same request would only be closed the same way. */
  static boolean isFinalCloseCode(int code) {
    return code == 1002 || code == 1003 || code == 1007 || code == 1008 || code == 1009 || code == 1010;
  }

  private static String reason(@Nullable String reason) {
    return reason == null || reason.isEmpty() ? "" : " (" + reason + ")";
  }

  /** OkHttp's callbacks for one connection, on OkHttp's threads: each goes into the hand-off. */
  private final class Listener extends WebSocketListener {
    private final int generation;
    private volatile boolean opened;

    Listener(int generation) {
      this.generation = generation;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      opened = true;
      handOff.add(generation, WebSocketHandOff.Item.opened(response));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      handOff.message(generation, text);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
      handOff.message(generation, bytes.utf8());
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null); // RFC 6455 §5.5.1: answer the close
      handOff.end(generation, WebSocketHandOff.Item.closing(code, reason));
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      handOff.end(generation, WebSocketHandOff.Item.closing(code, reason));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
      FlowException refusal = t instanceof IOException ? Transport.carried((IOException) t) : null;
      // The answer's body is readable only now: OkHttp closes it when this returns.
      if (refusal == null && response != null && !opened) refusal = refusal(response, t);
      handOff.end(generation, WebSocketHandOff.Item.failed(t, refusal));
    }
  }

  /** The typed failure of an upgrade the server refused. */
  private FlowException refusal(Response response, Throwable cause) {
    int code = response.code();
    if (code >= 300) {
      try {
        return errors.toException(response, Transport.describe(request));
      } catch (RuntimeException e) { // a body that cannot be read still leaves the status
        return new StreamException(
            "The WebSocket upgrade of " + Transport.describe(request) + " was refused with " + code + ": " + e, e);
      }
    }
    return new StreamException(
        "Expected 101 Switching Protocols from " + Transport.describe(request) + " but got " + code + ": "
            + cause.getMessage(), cause);
  }
}
