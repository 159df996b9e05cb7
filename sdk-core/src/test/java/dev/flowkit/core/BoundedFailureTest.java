package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.internal.Transport;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every failure is typed and bounded; Flowkit's retry policy is the only one deciding. */
class BoundedFailureTest {
  private MockWebServer server;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private ClientOptions.Builder options() {
    return ClientOptions.builder().baseUrl(server.url("/").toString());
  }

  /** A JSON body that arrives one byte every 100 ms: each read is quick, the whole is not. */
  private static MockResponse trickling() {
    StringBuilder json = new StringBuilder("{\"a\":\"");
    for (int i = 0; i < 600; i++) json.append('x');
    return new MockResponse.Builder()
        .body(json.append("\"}").toString())
        .throttleBody(1, 100, TimeUnit.MILLISECONDS)
        .build();
  }

  @Test
  void callTimeoutBoundsTheBodyRead() {
    Transport transport =
        new Transport(options().readTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofSeconds(1)).build());
    server.enqueue(trickling());
    Request request = new Request.Builder().url(transport.url("api", "flows")).build();
    FlowTimeoutException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> assertThrows(FlowTimeoutException.class, () -> transport.execute(request, Map.class)));
    assertTrue(e.getMessage().contains("callTimeout of 1000 ms"), e.getMessage());
  }

  @Test
  void callTimeoutBoundsTheBodyReadOfAsyncCalls() {
    Transport transport =
        new Transport(options().readTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofSeconds(1)).build());
    server.enqueue(trickling());
    CompletableFuture<Map<String, Object>> future =
        transport.executeAsync(new Request.Builder().url(transport.url("api", "flows")).build(), Map.class);
    ExecutionException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS)));
    assertInstanceOf(FlowTimeoutException.class, e.getCause());
  }

  @Test
  void callTimeoutCoversRetriesAndTheirWaits() {
    Transport transport = new Transport(options().callTimeout(Duration.ofMillis(500)).maxRetries(3).build());
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "20").body("{}").build());
    }
    Request request = new Request.Builder().url(transport.url("api", "flows")).build();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> assertThrows(FlowTimeoutException.class, () -> transport.execute(request, Map.class)));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void hugeRetryAfterIsATypedServerErrorNotANumberFormatException() {
    Transport transport = new Transport(options().maxRetries(3).build());
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "99999999999999999999").body("{}").build());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "99999999999999999999").body("{}").build());
    Request request = new Request.Builder().url(transport.url("api", "flows")).build();
    InternalServerException e = assertThrows(InternalServerException.class, () -> transport.execute(request, Map.class));
    assertEquals(503, e.statusCode());
    RateLimitException limited = assertThrows(RateLimitException.class, () -> transport.execute(request, Map.class));
    assertTrue(limited.retryAfter().toDays() >= 365, String.valueOf(limited.retryAfter()));
    assertEquals(2, server.getRequestCount(), "a wait this long is the caller's to decide");
  }

  @Test
  void runtimeExceptionFromInsideTheHttpStackIsAFlowException() throws Exception {
    Interceptor broken =
        chain -> {
          throw new IllegalStateException("bug in an interceptor");
        };
    OkHttpClient shared = new OkHttpClient.Builder().addNetworkInterceptor(broken).build();
    Transport transport = new Transport(options().okHttpClient(shared).build());
    Request request = new Request.Builder().url(transport.url("api", "flows")).build();
    FlowIoException sync = assertThrows(FlowIoException.class, () -> transport.execute(request, Map.class));
    assertInstanceOf(IllegalStateException.class, sync.getCause());
    ExecutionException async =
        assertThrows(ExecutionException.class, () -> transport.executeAsync(request, Map.class).get(5, TimeUnit.SECONDS));
    assertInstanceOf(FlowIoException.class, async.getCause());
  }

  @Test
  void postWhoseConnectionDropsAfterTheServerReadItIsNotResent() {
    // Without a key nothing says a repeat is harmless: OkHttp's own retry must not send it again.
    Transport transport = new Transport(options().maxRetries(3).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"run_2\"}").build());
    Request post =
        new Request.Builder().url(transport.url("api", "flows", "f", "run")).post(RequestBody.create("{}", Transport.JSON)).build();
    assertThrows(FlowIoException.class, () -> transport.execute(post, Map.class));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void postWithAKeyIsResentAfterADroppedConnection() throws Exception {
    Transport transport = new Transport(options().maxRetries(3).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"run_2\"}").build());
    Request post =
        new Request.Builder().url(transport.url("api", "flows", "f", "run")).header("Idempotency-Key", "k-1")
            .post(RequestBody.create("{}", Transport.JSON)).build();
    assertEquals("run_2", ((Map<?, ?>) transport.execute(post, Map.class)).get("id"));
    assertEquals("k-1", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Idempotency-Key"));
    assertEquals("k-1", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Idempotency-Key"));
  }

  @Test
  void requestTimeoutIsRetriedEvenForAPlainPost() {
    // 408: the server never got the whole request, so it did nothing.
    Transport transport = new Transport(options().maxRetries(3).build());
    server.enqueue(new MockResponse.Builder().code(408).addHeader("Retry-After", "0").body("{}").build());
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"run_3\"}").build());
    Request post =
        new Request.Builder().url(transport.url("api", "flows", "f", "run")).post(RequestBody.create("{}", Transport.JSON)).build();
    assertEquals("run_3", ((Map<?, ?>) transport.execute(post, Map.class)).get("id"));
  }

  @Test
  void rateLimitSpacesRequestsOfSyncAsyncAndRetriesAlike() throws Exception {
    List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            arrivals.add(System.nanoTime());
            if (request.getUrl().encodedPath().equals("/stream")) return new MockResponse.Builder().code(204).build();
            return arrivals.size() == 1
                ? new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("{}").build()
                : new MockResponse.Builder().body("{}").build();
          }
        });
    Transport transport = new Transport(options().maxRequestsPerSecond(20).build());
    Request request = new Request.Builder().url(transport.url("api", "flows")).build();
    // A cold JVM spends longer on its first request (class loading) than on the ones after, which
    // would shrink the first measured gap: warm up on another client, then measure.
    Transport warm = new Transport(options().build());
    warm.execute(request, Map.class); // the 503 (Retry-After: 0) and its retry
    warm.executeAsync(request, Map.class).get(10, TimeUnit.SECONDS);
    arrivals.clear();
    List<CompletableFuture<Map<String, Object>>> async = new ArrayList<>();
    for (int i = 0; i < 4; i++) async.add(transport.executeAsync(request, Map.class));
    Thread stream =
        new Thread(
            () ->
                new dev.flowkit.core.internal.ResumableEventStream(
                        transport.streamClient(), transport.errors(), ReconnectPolicy.never(),
                        new Request.Builder().url(transport.url("stream")).build(),
                        new Quiet())
                    .run());
    stream.start();
    for (int i = 0; i < 4; i++) transport.execute(request, Map.class);
    for (CompletableFuture<Map<String, Object>> future : async) future.get(10, TimeUnit.SECONDS);
    stream.join(10_000);

    assertEquals(10, arrivals.size(), "8 calls, one retry and one stream");
    List<Long> sorted = new ArrayList<>(arrivals);
    Collections.sort(sorted);
    // 20 per second: the i-th arrival comes at least i * 50 ms after the first. Measured from the
    // first rather than gap by gap, so that one request the machine delays in transit (which
    // shortens the gap after it, not the schedule) cannot fail the test; 25 ms covers that delay.
    // Without the limit all ten would arrive within a few milliseconds.
    for (int i = 1; i < sorted.size(); i++) {
      long sinceFirst = TimeUnit.NANOSECONDS.toMillis(sorted.get(i) - sorted.get(0));
      assertTrue(sinceFirst >= i * 50L - 25, "request " + i + " came " + sinceFirst + " ms after the first, not ~" + i * 50);
    }
  }

  @Test
  void noRateLimitByDefault() {
    assertEquals(0.0, options().build().maxRequestsPerSecond());
    assertFalse(options().build().toString().contains("maxRequestsPerSecond"));
  }

  /** A stream handler that only lets the stream run to its end. */
  private static final class Quiet implements dev.flowkit.core.internal.ResumableEventStream.Handler {
    @Override
    public void onOpen(okhttp3.Response response) {}

    @Override
    public void onEvent(@org.jspecify.annotations.Nullable String id, @org.jspecify.annotations.Nullable String type, String data) {}

    @Override
    public void onReconnect(int attempt, @org.jspecify.annotations.Nullable String lastEventId, Throwable cause) {}

    @Override
    public boolean isFinished() {
      return false;
    }

    @Override
    public @org.jspecify.annotations.Nullable Request resumeRequest(@org.jspecify.annotations.Nullable String lastEventId) {
      return null;
    }

    @Override
    public void onFailure(FlowException error) {}

    @Override
    public void onClosed() {}
  }
}
