package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.internal.Transport;
import java.net.InetAddress;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
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

  private Request post(String idempotencyKey) {
    Request.Builder request =
        new Request.Builder().url(server.url("/api/flows/f/run")).post(RequestBody.create("{}", Transport.JSON));
    if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
    return request.build();
  }
}
