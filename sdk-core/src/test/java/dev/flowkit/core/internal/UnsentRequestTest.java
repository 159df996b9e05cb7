package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.FlowIoException;
import dev.flowkit.core.FlowTimeoutException;
import dev.flowkit.core.ReconnectPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that ends each answer cleanly and then closes the socket leaves a stale connection in
 * the pool; the next request on it never reaches the server. It is sent again at once, for every
 * method, without counting as a retry or a reconnect.
 */
class UnsentRequestTest {
  private MockWebServer server;
  private final Attempts attempts = new Attempts();

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  /** No retries at all, and a long backoff: only the immediate repeat can make a call succeed. */
  private Transport transport(ConnectionPool pool, int maxConcurrent) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(maxConcurrent);
    OkHttpClient base =
        new OkHttpClient.Builder().connectionPool(pool).dispatcher(dispatcher).eventListener(attempts).build();
    return new Transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .okHttpClient(base)
        .maxRetries(0)
        .retryBackoff(Duration.ofSeconds(30), Duration.ofSeconds(30))
        .readTimeout(Duration.ofMillis(500))
        .streamReadTimeout(Duration.ofSeconds(5))
        .build());
  }

  private Transport transport() {
    return transport(new ConnectionPool(), 5);
  }

  /** An answer after which the server closes the connection, without saying so. */
  private static MockResponse closingAfter(String body) {
    return new MockResponse.Builder().body(body).onResponseEnd(new SocketEffect.CloseSocket()).build();
  }

  private Request get() {
    return new Request.Builder().url(server.url("/api/flows")).build();
  }

  private Request post(@Nullable String idempotencyKey) {
    Request.Builder post = new Request.Builder().url(server.url("/api/flows/f/run")).post(RequestBody.create("{}", Transport.JSON));
    if (idempotencyKey != null) post.header("Idempotency-Key", idempotencyKey);
    return post.build();
  }

  @Test
  void aGetOnAConnectionTheServerClosedIsSentAgainAtOnce() throws Exception {
    Transport transport = transport();
    for (int i = 0; i < 3; i++) server.enqueue(closingAfter("{\"n\":" + i + "}"));
    for (int i = 0; i < 3; i++) assertEquals((long) i, transport.<Map<?, ?>>execute(get(), Map.class).get("n"));

    assertEquals(3, server.getRequestCount(), "each request reached the server once");
    assertEquals(2, attempts.unsent(3), "the second and third went first into a closed pooled connection");
    assertEquals(3, attempts.connects.get());
  }

  @Test
  void aPostWithoutAnIdempotencyKeyIsSentAgainBecauseItNeverArrived() throws Exception {
    Transport transport = transport();
    for (int i = 0; i < 3; i++) server.enqueue(closingAfter("{\"n\":" + i + "}"));
    for (int i = 0; i < 3; i++) {
      assertEquals((long) i, transport.<Map<?, ?>>execute(post(null), Map.class).get("n"));
      afterTheServersClose();
    }

    assertEquals(3, server.getRequestCount());
    assertEquals(2, attempts.unsent(3));
    for (int i = 0; i < 3; i++) assertEquals("{}", server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
  }

  @Test
  void aPostWithAnIdempotencyKeyIsSentAgainWithItsKey() throws Exception {
    Transport transport = transport();
    for (int i = 0; i < 2; i++) server.enqueue(closingAfter("{\"n\":" + i + "}"));
    transport.<Map<?, ?>>execute(post("key-0"), Map.class);
    afterTheServersClose();
    transport.<Map<?, ?>>execute(post("key-1"), Map.class);

    assertEquals(2, server.getRequestCount());
    assertEquals(1, attempts.unsent(2));
    assertEquals("key-0", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Idempotency-Key"));
    assertEquals("key-1", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Idempotency-Key"));
  }

  @Test
  void anAsyncCallIsSentAgainToo() throws Exception {
    Transport transport = transport();
    for (int i = 0; i < 2; i++) server.enqueue(closingAfter("{\"n\":" + i + "}"));
    transport.executeAsync(post(null), Map.class).get(5, TimeUnit.SECONDS);
    afterTheServersClose();
    Map<?, ?> second = transport.<Map<?, ?>>executeAsync(post(null), Map.class).get(5, TimeUnit.SECONDS);
    assertEquals(1L, second.get("n"));
    assertEquals(2, server.getRequestCount());
    assertEquals(1, attempts.unsent(2));
  }

  @Test
  void everyStaleConnectionOfThePoolIsPassedOverUntilAFreshOne() throws Exception {
    Transport transport = transport(new ConnectionPool(), 5);
    fillThePoolWithStaleConnections(transport, 5);
    server.enqueue(closingAfter("{\"n\":\"last\"}"));

    assertEquals("last", transport.<Map<?, ?>>execute(post(null), Map.class).get("n"));
    assertEquals(5, attempts.unsent(6), "all five pooled connections were closed");
    assertEquals(6, attempts.connects.get());
    assertEquals(6, server.getRequestCount());
  }

  @Test
  void theImmediateRepeatsAreBoundedThenTheFailureIsTheCallers() throws Exception {
    int stale = UnsentRequests.MAX_REPEATS + 2;
    Transport transport = transport(new ConnectionPool(stale, 5, TimeUnit.MINUTES), stale);
    fillThePoolWithStaleConnections(transport, stale);
    server.enqueue(closingAfter("{}"));

    FlowIoException e = assertThrows(FlowIoException.class, () -> transport.<Map<?, ?>>execute(post(null), Map.class));
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(!(e.getCause() instanceof UnsentRequests.UnsentException), "the original failure: " + e.getCause());
    assertEquals(stale + 1 + UnsentRequests.MAX_REPEATS, attempts.acquired.get(), "one attempt, then the repeats");
    assertEquals(stale, server.getRequestCount(), "the failed post never reached the server");
  }

  @Test
  void aPostTheServerGotOnAReusedConnectionAndClosedWithoutAnswerIsNotRepeated() throws Exception {
    Transport transport = transport();
    server.enqueue(new MockResponse.Builder().body("{}").build()); // keeps the connection
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    transport.<Map<?, ?>>execute(post(null), Map.class);

    // The server read it (and may have run it): only a check before writing tells "never sent".
    assertThrows(FlowIoException.class, () -> transport.<Map<?, ?>>execute(post(null), Map.class));
    assertEquals(2, server.getRequestCount());
    assertEquals(1, attempts.connects.get());
    assertEquals(0, attempts.unsent(2));
  }

  @Test
  void aRequestTheServerGotButDidNotAnswerInTimeIsNotRepeated() throws Exception {
    Transport transport = transport();
    server.enqueue(new MockResponse.Builder().body("{}").build()); // keeps the connection
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    transport.<Map<?, ?>>execute(post(null), Map.class);

    assertThrows(FlowTimeoutException.class, () -> transport.<Map<?, ?>>execute(post(null), Map.class));
    assertEquals(2, server.getRequestCount());
    assertEquals(1, attempts.connects.get(), "the same connection, and no second attempt");
  }

  @Test
  void aFreshConnectionClosedBeforeTheAnswerIsNotRepeated() throws Exception {
    Transport transport = transport();
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    assertThrows(FlowIoException.class, () -> transport.<Map<?, ?>>execute(post(null), Map.class));
    assertEquals(1, server.getRequestCount());
    assertEquals(1, attempts.connects.get());
  }

  @Test
  void anEventStreamResumedOnAStaleConnectionSpendsNoReconnectAttempt() throws Exception {
    Transport transport = transport();
    // The first body ends before the final event; the server then closes the connection.
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream")
        .body(new Buffer().writeUtf8("retry: 1\nid: 1\nevent: msg\ndata: a\n\n"))
        .onResponseEnd(new SocketEffect.CloseSocket())
        .build());
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream")
        .body(new Buffer().writeUtf8("id: 2\nevent: output\ndata: b\n\n"))
        .build());
    ResumableEventStreamTest.Recorder recorder = new ResumableEventStreamTest.Recorder().with(server);
    new ResumableEventStream(
            transport.streamClient(), transport.errors(),
            ReconnectPolicy.of(1, Duration.ofMillis(1), Duration.ofMillis(5)),
            new Request.Builder().url(server.url("/stream")).build(), recorder)
        .run();

    assertNull(recorder.failure);
    assertEquals(List.of("1 msg a", "2 output b"), recorder.events);
    assertEquals(List.of("1@1"), recorder.reconnects, "one reconnect: the stale connection was not one");
    assertEquals(1, attempts.unsent(2), "the resume went first into the closed connection");
    server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest resume = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("1", resume.getHeaders().get("Last-Event-ID"));
  }

  /** Opens {@code count} connections at once, each answered and then closed by the server. */
  private void fillThePoolWithStaleConnections(Transport transport, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      // Slow answers keep every call on a connection of its own.
      server.enqueue(new MockResponse.Builder().body("{}").headersDelay(300, TimeUnit.MILLISECONDS)
          .onResponseEnd(new SocketEffect.CloseSocket()).build());
    }
    List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
    for (int i = 0; i < count; i++) calls.add(transport.executeAsync(get(), Map.class));
    for (CompletableFuture<Map<String, Object>> call : calls) call.get(10, TimeUnit.SECONDS);
    assertEquals(count, attempts.connects.get());
    assertEquals(0, attempts.unsent(count));
    afterTheServersClose();
  }

  /**
   * A POST is checked for the server's close before it is written; the test lets that close
   * arrive first, as it does between a program's calls (on loopback, within microseconds).
   */
  private static void afterTheServersClose() throws InterruptedException {
    Thread.sleep(100);
  }

  /** Counts new connections, and attempts (each takes a connection). */
  static final class Attempts extends EventListener {
    final AtomicInteger connects = new AtomicInteger();
    final AtomicInteger acquired = new AtomicInteger();

    @Override
    public void connectStart(Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
      connects.incrementAndGet();
    }

    @Override
    public void connectionAcquired(Call call, okhttp3.Connection connection) {
      acquired.incrementAndGet();
    }

    /** The attempts beyond one per request: those that went into a closed connection. */
    int unsent(int requests) {
      return acquired.get() - requests;
    }
  }
}
