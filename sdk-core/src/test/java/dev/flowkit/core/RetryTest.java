package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.internal.ErrorMapper;
import dev.flowkit.core.internal.Transport;
import java.net.InetAddress;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
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

  private Transport transport(int maxRetries) {
    return new Transport(ClientOptions.builder().baseUrl(server.url("/").toString()).maxRetries(maxRetries).build());
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).addHeader("Retry-After", "1").body("{\"error\":\"X\",\"message\":\"m\"}").build();
  }

  @Test
  void retriesOn503ThenSucceeds() {
    server.enqueue(status(503));
    server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
    Map<?, ?> body = transport(2).execute(new Request.Builder().url(server.url("/api/flows")).build(), Map.class);
    assertEquals(true, body.get("ok"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void rateLimitedPostIsRetriedBecauseTheServerDidNothing() {
    server.enqueue(status(429));
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"run_1\"}").build());
    Map<?, ?> body = transport(2).execute(post(null), Map.class);
    assertEquals("run_1", body.get("id"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void serverErrorOnAPlainPostIsNotRetried() {
    server.enqueue(status(500));
    assertThrows(InternalServerException.class, () -> transport(2).execute(post(null), Map.class));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void serverErrorOnAPostWithAnIdempotencyKeyIsRetried() {
    server.enqueue(status(500));
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"run_1\"}").build());
    transport(2).execute(post("key-1"), Map.class);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void droppedConnectionOnAGetIsRetried() {
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
    Map<?, ?> body = transport(2).execute(new Request.Builder().url(server.url("/api/flows")).build(), Map.class);
    assertEquals(true, body.get("ok"));
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    for (int i = 0; i < 3; i++) server.enqueue(status(503));
    InternalServerException e =
        assertThrows(InternalServerException.class,
            () -> transport(2).execute(new Request.Builder().url(server.url("/api/flows")).build(), Map.class));
    assertEquals(503, e.statusCode());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void zeroRetriesMeansOneAttempt() {
    server.enqueue(status(503));
    assertThrows(InternalServerException.class,
        () -> transport(0).execute(new Request.Builder().url(server.url("/api/flows")).build(), Map.class));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRetryAfterBeyondThirtySecondsIsLeftToTheCaller() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").body("{}").build());
    RateLimitException e =
        assertThrows(RateLimitException.class,
            () -> transport(2).execute(new Request.Builder().url(server.url("/api/flows")).build(), Map.class));
    assertEquals(120, e.retryAfter().getSeconds());
    assertEquals(1, server.getRequestCount());
    assertTrue(e.getMessage().startsWith("429"), e.getMessage());
  }

  @Test
  void retryAfterIsReadInEachOfTheThreeHttpDateForms() {
    // RFC 9110 5.6.7: a recipient must accept IMF-fixdate, the obsolete RFC 850 form and asctime.
    ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120);
    for (String pattern : new String[] {
        "EEE, dd MMM yyyy HH:mm:ss 'GMT'", "EEEE, dd-MMM-yy HH:mm:ss 'GMT'", "EEE MMM ppd HH:mm:ss yyyy"}) {
      String value = DateTimeFormatter.ofPattern(pattern, Locale.US).format(at);
      Duration wait = ErrorMapper.retryAfter(Headers.of("Retry-After", value));
      assertTrue(wait != null && wait.getSeconds() >= 115 && wait.getSeconds() <= 120, value + " -> " + wait);
    }
    // The standard's own examples are long past: no wait, but read (not ignored).
    for (String past : new String[] {
        "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"}) {
      assertEquals(Duration.ZERO, ErrorMapper.retryAfter(Headers.of("Retry-After", past)), past);
    }
    assertEquals(null, ErrorMapper.retryAfter(Headers.of("Retry-After", "soon")));
    assertEquals(null, ErrorMapper.retryAfter(Headers.of()));
  }

  @Test
  void anAsctimeRetryAfterIsWaitedFor() {
    String inTwoSeconds = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
        .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", inTwoSeconds).body("{}").build());
    server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
    long started = System.nanoTime();
    transport(1).execute(new Request.Builder().url(server.url("/api/flows")).build(), Map.class);
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    // The date has whole seconds, so the wait is over 1 s; the backoff alone would be under 0.5 s.
    assertTrue(waited >= 1_000, "waited " + waited + " ms");
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aKeyStillInFlightOnTheServerIsAskedAgain() {
    server.enqueue(new MockResponse.Builder().code(409).addHeader("Retry-After", "0")
        .body("{\"error\":\"IDEMPOTENCY_IN_PROGRESS\",\"message\":\"still in flight\"}").build());
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"run_1\"}").build());
    Map<?, ?> body = transport(2).execute(post("key-1"), Map.class);
    assertEquals("run_1", body.get("id"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anyOtherConflictOrOneWithoutAKeyIsNotRetried() {
    server.enqueue(new MockResponse.Builder().code(409).body("{\"error\":\"CONFLICT\",\"message\":\"disabled\"}").build());
    ConflictException conflict = assertThrows(ConflictException.class, () -> transport(2).execute(post("key-1"), Map.class));
    assertEquals("CONFLICT", conflict.errorCode());
    server.enqueue(new MockResponse.Builder().code(409).body("{\"error\":\"IDEMPOTENCY_IN_PROGRESS\"}").build());
    assertThrows(ConflictException.class, () -> transport(2).execute(post(null), Map.class));
    server.enqueue(new MockResponse.Builder().code(409).body("<html>conflict</html>").build());
    assertThrows(ConflictException.class, () -> transport(2).execute(post("key-2"), Map.class));
    assertEquals(3, server.getRequestCount());
  }

  private Request post(String idempotencyKey) {
    Request.Builder request =
        new Request.Builder().url(server.url("/api/flows/f/run")).post(RequestBody.create("{}", Transport.JSON));
    if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
    return request.build();
  }
}
