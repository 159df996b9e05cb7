package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.internal.HttpLogger;
import dev.flowkit.core.internal.Transport;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The access-token credential, as the Imbrace SDK's transport ({@code ts/src/http.ts}) sends it:
 * {@code x-access-token}, or {@code Authorization: Bearer} for a JWT with an organization, and
 * {@code x-organization-id} with any credential. Neither secret shows in logs, messages or
 * {@code toString()}.
 */
class AccessTokenTest {
  private static final String TOKEN = "acc_secret_token_42";
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3IifQ.c2lnbmF0dXJl";
  private static final String ORG = "org_secret_77";

  private MockWebServer server;
  private final List<String> log = new ArrayList<>();
  private final Logger logger = Logger.getLogger(HttpLogger.LOGGER_NAME);
  private final Handler capture = new Handler() {
    @Override public void publish(LogRecord record) {
      log.add(record.getMessage());
    }

    @Override public void flush() {}

    @Override public void close() {}
  };

  @BeforeEach void start() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
  }

  @AfterEach void stop() {
    server.close();
    logger.removeHandler(capture);
    logger.setUseParentHandlers(true);
  }

  private RecordedRequest send(ClientOptions.Builder options) throws Exception {
    Transport transport = new Transport(options.baseUrl(server.url("/").toString()).maxRetries(0).build());
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body("{}").build());
    transport.execute(new Request.Builder().url(transport.url("v1", "flows")).build(), Map.class);
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  @Test void anOpaqueTokenGoesInXAccessTokenWithTheOrganization() throws Exception {
    RecordedRequest request = send(ClientOptions.builder().accessToken(TOKEN, ORG));
    assertEquals(TOKEN, request.getHeaders().get("x-access-token"));
    assertEquals(ORG, request.getHeaders().get("x-organization-id"));
    assertNull(request.getHeaders().get("Authorization"));
    assertNull(request.getHeaders().get("X-API-KEY"));
  }

  @Test void aJwtWithAnOrganizationIsABearerToken() throws Exception {
    RecordedRequest request = send(ClientOptions.builder().accessToken(JWT, ORG));
    assertEquals("Bearer " + JWT, request.getHeaders().get("Authorization"));
    assertEquals(ORG, request.getHeaders().get("x-organization-id"));
    assertNull(request.getHeaders().get("x-access-token"));
  }

  @Test void aJwtWithoutAnOrganizationStaysAnAccessToken() throws Exception {
    RecordedRequest request = send(ClientOptions.builder().accessToken(JWT));
    assertEquals(JWT, request.getHeaders().get("x-access-token"));
    assertNull(request.getHeaders().get("x-organization-id"));
    assertNull(request.getHeaders().get("Authorization"));
  }

  @Test void anApiKeyCanCarryAnOrganizationToo() throws Exception {
    RecordedRequest request = send(ClientOptions.builder().apiKey("key_1").apiKeyHeader(ApiKeyHeader.X_API_KEY)
        .organizationId(ORG));
    assertEquals("key_1", request.getHeaders().get("x-api-key"));
    assertEquals(ORG, request.getHeaders().get("x-organization-id"));
  }

  @Test void anApiKeyAndAnAccessTokenAreOneTooMany() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClientOptions.builder()
        .baseUrl("https://gw.example.com").apiKey("key_1").accessToken(TOKEN).build());
    assertTrue(e.getMessage().contains("apiKey and accessToken"), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN));
  }

  @Test void badTokensAreRejectedWithoutRepeatingThem() {
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().accessToken(" "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClientOptions.builder().accessToken(TOKEN + "\n"));
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().organizationId("org\r\n"));
    assertThrows(NullPointerException.class, () -> ClientOptions.builder().accessToken(null, ORG));
  }

  @Test void neitherSecretIsPrintedOrLogged() throws Exception {
    ClientOptions options = ClientOptions.builder().baseUrl("https://gw.example.com").accessToken(TOKEN, ORG).build();
    assertFalse(options.toString().contains(TOKEN), options.toString());
    assertFalse(options.toString().contains(ORG), options.toString());
    assertTrue(options.toString().contains("accessToken=<redacted>, organizationId=<redacted>"), options.toString());
    assertEquals(TOKEN, options.toBuilder().build().accessToken());

    send(ClientOptions.builder().accessToken(TOKEN, ORG).httpLogLevel(HttpLogLevel.HEADERS));
    String text = String.join("\n", log);
    assertTrue(text.contains("x-access-token: ██"), text);
    assertTrue(text.contains("x-organization-id: ██"), text);
    assertFalse(text.contains(TOKEN), text);
    assertFalse(text.contains(ORG), text);
  }

  @Test void aRefusalNeverRepeatsTheToken() throws Exception {
    Transport transport = new Transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .accessToken(TOKEN, ORG).maxRetries(0).build());
    server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
        .body("{\"code\":\"AUTHENTICATION\",\"params\":{}}").build());
    FlowApiException e = assertThrows(FlowApiException.class,
        () -> transport.execute(new Request.Builder().url(transport.url("v1", "flows")).build(), Map.class));
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    assertFalse(e.toString().contains(ORG), e.toString());
  }
}
