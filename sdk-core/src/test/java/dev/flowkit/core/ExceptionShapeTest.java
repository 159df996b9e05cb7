package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.internal.Transport;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an API error carries, how one is made in a test, and what an interrupt becomes. */
class ExceptionShapeTest {
  private MockWebServer server;
  private Transport transport;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    transport = new Transport(ClientOptions.builder().baseUrl(server.url("/").toString()).maxRetries(0).build());
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  @Test
  void apiErrorsExposeTheResponseHeaders() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7")
        .addHeader("X-RateLimit-Remaining", "0").addHeader("X-Request-Id", "req_1")
        .body("{\"error\":\"RATE_LIMITED\",\"message\":\"slow down\"}").build());
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> transport.execute(new Request.Builder().url(transport.url("api", "flows")).build(), Map.class));
    assertEquals("0", e.headers().get("X-RateLimit-Remaining"));
    assertEquals(Duration.ofSeconds(7), e.retryAfter());
    assertEquals("slow down", e.response().message());
    assertEquals("req_1", e.requestId());
  }

  @Test
  void aTestCanMakeAnApiExceptionFromAResponse() {
    ErrorResponse response = ErrorResponse.builder(404).errorCode("FLOW_NOT_FOUND").message("no such flow")
        .details(Collections.singletonMap("id", "flow_x")).headers(Headers.of("X-Request-Id", "req_2")).build();
    NotFoundException e = new NotFoundException("404 FLOW_NOT_FOUND: no such flow", response);
    assertEquals(404, e.statusCode());
    assertEquals("FLOW_NOT_FOUND", e.errorCode());
    assertEquals(Collections.singletonMap("id", "flow_x"), e.details());
    assertEquals("", e.rawBody());
  }

  @Test
  void anInterruptedCallIsNotATimeout() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    CompletableFuture<Object> outcome = new CompletableFuture<>();
    CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      Thread.currentThread().interrupt(); // as if interrupted while the call runs
      try {
        outcome.complete(transport.execute(new Request.Builder().url(transport.url("api", "flows")).build(), Map.class));
      } catch (Throwable e) {
        outcome.complete(e);
      }
      stillInterrupted.complete(Thread.currentThread().isInterrupted());
    });
    thread.start();
    Object result = outcome.get(5, TimeUnit.SECONDS);
    FlowIoException e = assertInstanceOf(FlowIoException.class, result);
    assertFalse(e instanceof FlowTimeoutException, e.toString());
    assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    assertTrue(stillInterrupted.get(5, TimeUnit.SECONDS), "the interrupt flag is kept");
    thread.join(5_000);
  }
}
