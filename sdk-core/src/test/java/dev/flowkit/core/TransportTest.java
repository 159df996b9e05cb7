package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.internal.Transport;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransportTest {
  private static final String KEY = "fk_test_abcdef0123456789";

  private MockWebServer server;
  private Transport transport;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    // No retries: these tests are about how one answer maps (RetryTest covers retrying).
    transport =
        new Transport(ClientOptions.builder().baseUrl(server.url("/").toString()).apiKey(KEY).maxRetries(0).build());
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
    "400, VALIDATION_ERROR, BadRequestException",
    "401, UNAUTHENTICATED, UnauthorizedException",
    "403, FORBIDDEN, PermissionDeniedException",
    "404, FLOW_NOT_FOUND, NotFoundException",
    "409, FLOW_IN_USE, ConflictException",
    "422, IDEMPOTENCY_KEY_REUSED, UnprocessableEntityException",
    "429, RATE_LIMITED, RateLimitException",
    "500, INTERNAL_ERROR, InternalServerException",
    "503, UNAVAILABLE, InternalServerException",
    "405, METHOD_NOT_ALLOWED, FlowApiException",
  })
  void eachStatusMapsToItsException(int status, String code, String type) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .addHeader("Retry-After", "7")
            .body(
                "{\"error\":\"" + code + "\",\"message\":\"It went wrong\",\"statusCode\":" + status
                    + ",\"requestId\":\"req_123\",\"details\":{\"field\":\"displayName\"}}")
            .build());

    FlowApiException e = assertThrows(FlowApiException.class, () -> get("api/flows/flow_1"));
    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(status, e.statusCode());
    assertEquals(code, e.errorCode());
    assertEquals("req_123", e.requestId());
    assertEquals("displayName", e.details().get("field"));
    assertTrue(e.getMessage().contains("It went wrong"), e.getMessage());
    assertTrue(e.getMessage().contains("GET " + server.url("/api/flows/flow_1")), e.getMessage());
    if (e instanceof RateLimitException) {
      assertEquals(Duration.ofSeconds(7), ((RateLimitException) e).retryAfter());
    }
  }

  @Test
  void requestIdHeaderWinsOverBody() {
    server.enqueue(
        new MockResponse.Builder().code(404).addHeader("X-Request-Id", "req_header")
            .body("{\"error\":\"RUN_NOT_FOUND\",\"message\":\"no\",\"requestId\":\"req_body\"}").build());
    NotFoundException e = assertThrows(NotFoundException.class, () -> get("api/runs/x"));
    assertEquals("req_header", e.requestId());
  }

  @Test
  void htmlBadGatewayPageIsATypedExceptionWithASnippet() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>" + "x".repeat(20_000) + "</body></html>";
    server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(html).build());

    InternalServerException e = assertThrows(InternalServerException.class, () -> get("api/flows"));
    assertEquals(502, e.statusCode());
    assertNull(e.errorCode());
    assertTrue(e.rawBody().startsWith("<html><head><title>502 Bad Gateway"));
    assertEquals(8 * 1024, e.rawBody().length(), "the snippet is bounded");
    assertTrue(e.getMessage().contains("non-JSON response body: <html>"), e.getMessage());
  }

  @Test
  void emptyServerErrorIsATypedException() {
    server.enqueue(new MockResponse.Builder().code(500).build());
    InternalServerException e = assertThrows(InternalServerException.class, () -> get("api/flows"));
    assertEquals("", e.rawBody());
    assertTrue(e.getMessage().contains("empty response body"), e.getMessage());
  }

  @Test
  void truncatedJsonOkIsAnInvalidResponseNamingThePath() {
    server.enqueue(new MockResponse.Builder().body("{\"data\":[{\"id\":\"flow_1\"},{\"id\":\"fl").build());
    InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> get("api/flows"));
    assertTrue(e.getMessage().contains("$.data[1]"), e.getMessage());
  }

  @Test
  void wrongShapeIsAnInvalidResponseNamingThePath() {
    server.enqueue(new MockResponse.Builder().body("{\"data\":[{\"id\":\"flow_1\"}, 7]}").build());
    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> transport.execute(
                new Request.Builder().url(transport.url("api", "flows")).build(),
                com.squareup.moshi.Types.newParameterizedType(
                    Map.class, String.class,
                    com.squareup.moshi.Types.newParameterizedType(java.util.List.class, Map.class))));
    assertTrue(e.getMessage().contains("$.data[1]"), e.getMessage());
  }

  @Test
  void refusedConnectionIsAFlowIoExceptionWithoutTheQuery() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    Transport closed =
        new Transport(ClientOptions.builder().baseUrl("http://127.0.0.1:" + port + "/").build());
    Request request = new Request.Builder().url("http://127.0.0.1:" + port + "/api/flows?token=hidden").build();
    FlowIoException e = assertThrows(FlowIoException.class, () -> closed.execute(request, Map.class));
    assertFalse(e instanceof FlowTimeoutException);
    assertTrue(e.getMessage().startsWith("GET http://127.0.0.1:" + port + "/api/flows failed"), e.getMessage());
    assertFalse(e.getMessage().contains("hidden"));
  }

  @Test
  void slowServerIsAFlowTimeoutException() {
    Transport impatient =
        new Transport(
            ClientOptions.builder().baseUrl(server.url("/").toString()).readTimeout(Duration.ofMillis(200)).build());
    server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());
    FlowTimeoutException e =
        assertThrows(
            FlowTimeoutException.class,
            () -> impatient.execute(new Request.Builder().url(impatient.url("api", "flows")).build(), Map.class));
    assertTrue(e.getMessage().contains("GET " + server.url("/api/flows") + " timed out"), e.getMessage());
  }

  @Test
  void apiKeyGoesInTheBearerHeaderByDefault() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    get("api/flows");
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
    assertNull(request.getHeaders().get("X-API-KEY"));
    assertTrue(request.getHeaders().get("User-Agent").startsWith("flowkit-java/0."), request.getHeaders().get("User-Agent"));
  }

  @Test
  void apiKeyGoesInXApiKeyWhenAsked() throws Exception {
    Transport xApiKey =
        new Transport(
            ClientOptions.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
                .apiKeyHeader(ApiKeyHeader.X_API_KEY).defaultHeader("X-Team", "growth").build());
    server.enqueue(new MockResponse.Builder().body("{}").build());
    xApiKey.execute(new Request.Builder().url(xApiKey.url("api", "flows")).build(), Map.class);
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(KEY, request.getHeaders().get("X-API-KEY"));
    assertNull(request.getHeaders().get("Authorization"));
    assertEquals("growth", request.getHeaders().get("X-Team"));
  }

  @Test
  void apiKeyNeverAppearsInMessagesOrToString() {
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"UNAUTHENTICATED\",\"message\":\"bad key\"}").build());
    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> get("api/flows"));
    assertFalse(e.getMessage().contains(KEY));
    assertFalse(e.toString().contains(KEY));
    assertFalse(transport.options().toString().contains(KEY), transport.options().toString());
    assertTrue(transport.options().toString().contains("apiKey=<redacted>"));
  }

  @Test
  void asyncCallsMapErrorsToo() {
    server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"FLOW_NOT_FOUND\",\"message\":\"gone\"}").build());
    Throwable cause =
        assertThrows(
                java.util.concurrent.ExecutionException.class,
                () -> transport.executeAsync(new Request.Builder().url(transport.url("api", "flows", "x")).build(), Map.class)
                    .get(5, TimeUnit.SECONDS))
            .getCause();
    assertInstanceOf(NotFoundException.class, cause);
  }

  @Test
  void pathSegmentsAreEncoded() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    transport.execute(new Request.Builder().url(transport.url("api", "flows", "a/b?c")).build(), Map.class);
    assertEquals("/api/flows/a%2Fb%3Fc", server.takeRequest(5, TimeUnit.SECONDS).getTarget());
  }

  private void get(String path) {
    transport.execute(new Request.Builder().url(server.url("/" + path)).build(), Map.class);
  }
}
