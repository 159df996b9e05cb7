package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.StreamException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.internal.ws.RealWebSocket;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The WebSocket channel against real upgrades on loopback (mockwebserver3 speaks RFC 6455). */
class WebSocketChannelTest {
  private static final ReconnectPolicy QUICK = ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5));

  private MockWebServer server;
  /** Released when a test ends, so that no server thread a test holds outlives it. */
  private final CountDownLatch testOver = new CountDownLatch(1);
  private final Recorder recorder = new Recorder();

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    testOver.countDown();
    server.close();
  }

  private Transport transport(Duration pingInterval) {
    return new Transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .streamReadTimeout(Duration.ofMillis(300))
        .webSocketPingInterval(pingInterval)
        .build());
  }

  private Request request() {
    return new Request.Builder().url("ws://127.0.0.1:" + server.getPort() + "/api/ws?token=t0k3n").build();
  }

  private WebSocketChannel channel(Transport transport, ReconnectPolicy policy, WebSocketChannel.Handler handler) {
    return new WebSocketChannel(transport.webSocketClient(), transport.errors(), policy, request(), handler);
  }

  private WebSocketChannel channel(ReconnectPolicy policy) {
    return channel(transport(Duration.ofMillis(100)), policy, recorder);
  }

  /** An upgrade whose server runs {@code script} once the connection is open. */
  private static MockResponse upgrade(ServerScript script) {
    return new MockResponse.Builder().webSocketUpgrade(new ServerSide() {
      @Override
      public void onOpen(WebSocket webSocket, Response response) {
        script.run(webSocket);
      }
    }).build();
  }

  /** A server's side of a WebSocket: it answers a close, as RFC 6455 §5.5.1 asks. */
  static class ServerSide extends WebSocketListener {
    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
    }
  }

  interface ServerScript {
    void run(WebSocket webSocket);
  }

  @Test
  void messagesArriveInOrderOnTheDrivingThreadAndAnEndedStreamClosesCleanly() throws Exception {
    server.enqueue(upgrade(ws -> {
      for (int i = 1; i <= 50; i++) ws.send("m" + i);
      ws.send(ByteString.encodeUtf8("binary"));
      ws.send("end");
      ws.close(1000, "done"); // after the last event: a clean end
    }));
    channel(QUICK).run();

    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 50; i++) expected.add("m" + i);
    expected.add("binary");
    expected.add("end");
    assertEquals(expected, recorder.messages);
    assertNull(recorder.failure);
    assertEquals(List.of(), recorder.reconnects);
    assertEquals(1, recorder.opens);
    assertEquals(0, recorder.resumes);
    assertTrue(recorder.closed);
    assertEquals(Collections.singleton(Thread.currentThread().getName()), recorder.threads);
    RecordedRequest upgrade = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("websocket", upgrade.getHeaders().get("Upgrade"));
    assertEquals("t0k3n", upgrade.getUrl().queryParameter("token"));
  }

  @Test
  void aNormalCloseBeforeTheEndIsADropAndTheStreamResumes() {
    server.enqueue(upgrade(ws -> {
      ws.send("a");
      ws.close(1000, "bye");
    }));
    server.enqueue(upgrade(ws -> {
      ws.send("b");
      ws.send("end");
    }));
    channel(QUICK).run();

    assertEquals(List.of("a", "b", "end"), recorder.messages);
    assertEquals(1, recorder.reconnects.size());
    assertTrue(recorder.reconnects.get(0).contains("1000"), recorder.reconnects.get(0));
    assertEquals(2, recorder.opens);
    assertEquals(1, recorder.resumes, "the resumed connection asks what it missed");
    assertNull(recorder.failure);
  }

  @Test
  void aCloseThatRetryingCannotHelpFailsWithoutReconnecting() {
    server.enqueue(upgrade(ws -> ws.close(1008, "token expired")));
    channel(QUICK).run();

    StreamException e = assertInstanceOf(StreamException.class, recorder.failure);
    assertTrue(e.getMessage().contains("1008") && e.getMessage().contains("token expired"), e.getMessage());
    assertEquals(List.of(), recorder.reconnects);
    assertEquals(1, server.getRequestCount());
    assertTrue(recorder.closed);
  }

  @ParameterizedTest
  @CsvSource({
    "401, UNAUTHORIZED, UnauthorizedException",
    "403, FORBIDDEN, PermissionDeniedException",
    "404, NOT_FOUND, NotFoundException",
    "429, RATE_LIMITED, RateLimitException",
    "503, UNAVAILABLE, InternalServerException",
  })
  void aRefusedUpgradeIsItsTypedErrorWithoutReconnecting(int status, String code, String type) {
    // (Retry-After: 1, not 0: OkHttp itself repeats an upgrade answered 503 with Retry-After: 0 once.)
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Retry-After", "1")
        .body("{\"error\":\"" + code + "\",\"message\":\"no\",\"statusCode\":" + status + "}").build());
    channel(QUICK).run();

    FlowApiException e = assertInstanceOf(FlowApiException.class, recorder.failure);
    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(status, e.statusCode());
    assertEquals(code, e.errorCode());
    assertFalse(e.getMessage().contains("t0k3n"), "the query stays out of messages: " + e.getMessage());
    assertEquals(List.of(), recorder.reconnects);
    assertEquals(1, server.getRequestCount());
    assertTrue(recorder.closed);
  }

  @Test
  void anAnswerThatIsNotAnUpgradeIsAStreamException() {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html").body("<html>proxy</html>").build());
    channel(QUICK).run();

    StreamException e = assertInstanceOf(StreamException.class, recorder.failure);
    assertTrue(e.getMessage().contains("101") && e.getMessage().contains("200"), e.getMessage());
    assertFalse(e.getMessage().contains("t0k3n"), "the query stays out of messages: " + e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void pingsKeepAQuietConnectionOpenPastTheStreamReadTimeout() throws Exception {
    List<WebSocket> serverSide = Collections.synchronizedList(new ArrayList<>());
    server.enqueue(upgrade(ws -> {
      serverSide.add(ws);
      // Quiet for five read timeouts, then the end; the server's reader keeps answering pings.
      Thread later = new Thread(() -> {
        sleep(1_500);
        ws.send("end");
      });
      later.setDaemon(true);
      later.start();
    }));
    channel(QUICK).run();

    assertEquals(List.of("end"), recorder.messages);
    assertEquals(List.of(), recorder.reconnects);
    assertNull(recorder.failure);
    int pings = ((RealWebSocket) serverSide.get(0)).receivedPingCount();
    assertTrue(pings >= 5, "the client pinged every 100 ms; the server saw " + pings);
  }

  @Test
  void aDeadPeerIsFoundByItsMissingPongAndTheStreamResumes() {
    server.enqueue(upgrade(ws -> {
      ws.send("a");
      // This server's reader is held here: it never reads the client's pings, so no pong comes.
      await(testOver, 10_000);
    }));
    server.enqueue(upgrade(ws -> {
      ws.send("b");
      ws.send("end");
    }));
    channel(QUICK).run();

    assertEquals(List.of("a", "b", "end"), recorder.messages);
    assertEquals(1, recorder.reconnects.size());
    assertTrue(recorder.reconnects.get(0).contains("pong"), recorder.reconnects.get(0));
    assertNull(recorder.failure);
  }

  @Test
  void aServerThatDropsTheConnectionIsReconnectedAndTheAttemptsStartOverAfterAMessage() {
    // Each connection delivers one message and drops: more drops than the policy's attempts, but
    // never two in a row without a message between them.
    for (int i = 0; i < 5; i++) {
      String message = "m" + i;
      server.enqueue(upgrade(ws -> {
        ws.send(message);
        awaitSent(ws);
        ws.cancel();
      }));
    }
    server.enqueue(upgrade(ws -> ws.send("end")));
    channel(ReconnectPolicy.of(1, Duration.ofMillis(1), Duration.ofMillis(5))).run();

    assertEquals(List.of("m0", "m1", "m2", "m3", "m4", "end"), recorder.messages);
    assertEquals(5, recorder.reconnects.size());
    for (String reconnect : recorder.reconnects) assertTrue(reconnect.startsWith("1 "), reconnect);
    assertNull(recorder.failure);
  }

  @Test
  void aServerThatCannotBeReachedIsTriedAgainThenGivenUp() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = closed.getLocalPort();
    }
    Transport transport = transport(Duration.ofMillis(100));
    Request nowhere = new Request.Builder().url("ws://127.0.0.1:" + port + "/api/ws").build();
    new WebSocketChannel(transport.webSocketClient(), transport.errors(),
        ReconnectPolicy.of(2, Duration.ofMillis(1), Duration.ofMillis(5)), nowhere, recorder).run();

    StreamException e = assertInstanceOf(StreamException.class, recorder.failure);
    assertTrue(e.getMessage().contains("gave up after 2 reconnects"), e.getMessage());
    assertEquals(2, recorder.reconnects.size());
    assertEquals(0, recorder.opens);
  }

  @Test
  void cancelFromAnotherThreadWakesAReaderWaitingForAMessage() throws Exception {
    server.enqueue(upgrade(ws -> {
      // Open, and silent.
    }));
    WebSocketChannel channel = channel(QUICK);
    assertTrue(channel.connect());
    assertEquals(1, recorder.opens);
    CompletableFuture<Boolean> reader = new CompletableFuture<>();
    Thread readerThread = new Thread(() -> reader.complete(channel.pump()));
    readerThread.setDaemon(true);
    readerThread.start();
    sleep(200);
    assertFalse(reader.isDone(), "the reader waits for a message");

    channel.cancel();
    assertFalse(reader.get(2, TimeUnit.SECONDS), "the pump returns: the stream is over");
    assertTrue(recorder.closed);
    assertNull(recorder.failure, "a cancel is not a failure");
    assertFalse(channel.pump(), "over stays over");
  }

  @Test
  void interruptingTheReaderEndsTheStreamAndKeepsTheFlag() throws Exception {
    server.enqueue(upgrade(ws -> {
      // Open, and silent.
    }));
    WebSocketChannel channel = channel(QUICK);
    CompletableFuture<String> outcome = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      boolean more = true;
      for (int pumps = 0; more && pumps < 100; pumps++) more = channel.pump(); // the open, then a wait
      outcome.complete(more + " " + Thread.currentThread().isInterrupted());
    });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (recorder.opens == 0 && System.nanoTime() < deadline) sleep(5);
    reader.interrupt();

    assertEquals("false true", outcome.get(2, TimeUnit.SECONDS));
    assertTrue(channel.isCanceled());
    assertTrue(recorder.closed);
  }

  @Test
  void aSlowReaderHoldsAtMostTheBoundAndStillReadsEverythingInOrder() throws Exception {
    String payload = String.join("", Collections.nCopies(100, "x"));
    server.enqueue(upgrade(ws -> {
      for (int i = 0; i < 200; i++) ws.send(i + ":" + payload);
      ws.send("end");
    }));
    // No pings here: this reader is away on purpose, and a full hand-off holds OkHttp's reader.
    Transport transport = transport(Duration.ZERO);
    WebSocketChannel channel = new WebSocketChannel(
        transport.webSocketClient(), transport.errors(), QUICK, request(), recorder, 1_000);
    assertTrue(channel.connect());
    assertTrue(channel.pump());
    assertEquals(1, recorder.messages.size());
    sleep(300); // the server has sent all 20 KB meanwhile

    assertTrue(channel.pendingChars() <= 1_000, "waiting: " + channel.pendingChars() + " chars");
    int pumps = 0;
    while (channel.pump() && pumps++ < 1_000) {
      // read the rest
    }
    assertEquals(201, recorder.messages.size());
    for (int i = 0; i < 200; i++) assertTrue(recorder.messages.get(i).startsWith(i + ":"), recorder.messages.get(i));
    assertEquals(List.of(), recorder.reconnects);
    assertNull(recorder.failure);
  }

  @Test
  void aHandlerThatThrowsEndsTheStreamWithAStreamException() {
    server.enqueue(upgrade(ws -> {
      ws.send("boom");
      ws.send("end");
    }));
    recorder.throwOn = "boom";
    channel(QUICK).run();

    StreamException e = assertInstanceOf(StreamException.class, recorder.failure);
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(recorder.closed);
    assertEquals(1, server.getRequestCount());
  }

  /** Waits until {@code ws} has written what was queued (bounded). */
  static void awaitSent(WebSocket ws) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (ws.queueSize() > 0 && System.nanoTime() < deadline) sleep(1);
    sleep(20); // the frame is on the wire; let it arrive before the socket goes
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void await(CountDownLatch latch, long millis) {
    try {
      latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records the handler's calls; finished on the message {@code end}. */
  static final class Recorder implements WebSocketChannel.Handler {
    final List<String> messages = new ArrayList<>();
    final List<String> reconnects = new ArrayList<>();
    final java.util.Set<String> threads = new java.util.HashSet<>();
    volatile int opens;
    int resumes;
    @Nullable FlowException failure;
    volatile boolean closed;
    boolean finished;
    @Nullable String throwOn;

    @Override
    public void onOpen(Response response) {
      threads.add(Thread.currentThread().getName());
      opens++;
    }

    @Override
    public void onResumed() {
      resumes++;
    }

    @Override
    public void onMessage(String text) {
      threads.add(Thread.currentThread().getName());
      if (text.equals(throwOn)) throw new IllegalStateException("listener bug");
      messages.add(text);
      if (text.equals("end")) finished = true;
    }

    @Override
    public void onReconnecting(int attempt, Throwable cause) {
      reconnects.add(attempt + " " + cause);
    }

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public void onFailure(FlowException error) {
      failure = error;
    }

    @Override
    public void onClosed() {
      threads.add(Thread.currentThread().getName());
      closed = true;
    }
  }
}
