package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.core.internal.Transport;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials stay with their origin: a redirect to another origin (here: another port, as a
 * port is part of the origin while cookies ignore it) is never followed, whatever the call.
 */
class RedirectTest {
  private static final String KEY = "fk_live_secret_0123456789";

  private MockWebServer home;
  private MockWebServer elsewhere;

  @BeforeEach
  void setUp() throws Exception {
    home = new MockWebServer();
    home.start(InetAddress.getByName("127.0.0.1"), 0);
    elsewhere = new MockWebServer();
    elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    home.close();
    elsewhere.close();
  }

  private Transport transport(ApiKeyHeader header) {
    return new Transport(
        ClientOptions.builder().baseUrl(home.url("/").toString()).apiKey(KEY).apiKeyHeader(header).maxRetries(0).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void crossOriginRedirectIsRefusedAndNothingReachesTheOtherOrigin(int code) {
    Transport transport = transport(ApiKeyHeader.X_API_KEY);
    // The session cookie is for host 127.0.0.1, which would match the other port too.
    home.enqueue(new MockResponse.Builder().addHeader("Set-Cookie", "iai_session=s3cr3t; Path=/").body("{}").build());
    home.enqueue(redirect(code, elsewhere.url("/api/auth/login").toString()));
    elsewhere.enqueue(new MockResponse.Builder().body("{}").build());
    transport.execute(new Request.Builder().url(home.url("/api/auth/session")).build(), Map.class);

    Request login =
        new Request.Builder().url(home.url("/api/auth/login"))
            .post(RequestBody.create("{\"email\":\"a@b.c\",\"password\":\"hunter2\"}", Transport.JSON)).build();
    FlowApiException e = assertThrows(FlowApiException.class, () -> transport.execute(login, Map.class));

    assertEquals(code, e.statusCode());
    assertTrue(e.getMessage().contains("another origin"), e.getMessage());
    assertTrue(e.getMessage().contains(elsewhere.getHostName() + ":" + elsewhere.getPort()), e.getMessage());
    assertEquals(0, elsewhere.getRequestCount(), "no key, cookie or login body went to the other origin");
  }

  @Test
  void crossOriginRedirectIsRefusedOnAsyncCallsToo() {
    Transport transport = transport(ApiKeyHeader.AUTHORIZATION_BEARER);
    home.enqueue(redirect(302, elsewhere.url("/api/flows").toString()));
    Throwable cause =
        assertThrows(
                ExecutionException.class,
                () -> transport.executeAsync(new Request.Builder().url(home.url("/api/flows")).build(), Map.class)
                    .get(5, TimeUnit.SECONDS))
            .getCause();
    assertInstanceOf(FlowApiException.class, cause);
    assertEquals(0, elsewhere.getRequestCount());
  }

  @Test
  void crossOriginRedirectOfAnEventStreamIsRefused() {
    Transport transport = transport(ApiKeyHeader.AUTHORIZATION_BEARER);
    home.enqueue(redirect(307, elsewhere.url("/api/runs/run_1/events").toString()));
    AtomicReference<@Nullable FlowException> failure = new AtomicReference<>();
    Request request = new Request.Builder().url(home.url("/api/runs/run_1/events")).build();
    new ResumableEventStream(
            transport.streamClient(), transport.errors(), ReconnectPolicy.defaults(), request,
            new ResumableEventStream.Handler() {
              @Override
              public void onOpen(Response response) {}

              @Override
              public void onEvent(@Nullable String id, @Nullable String type, String data) {}

              @Override
              public void onReconnect(int attempt, @Nullable String lastEventId, Throwable cause) {}

              @Override
              public boolean isFinished() {
                return false;
              }

              @Override
              public @Nullable Request resumeRequest(@Nullable String lastEventId) {
                return request;
              }

              @Override
              public void onFailure(FlowException error) {
                failure.set(error);
              }

              @Override
              public void onClosed() {}
            })
        .run();
    assertInstanceOf(FlowApiException.class, failure.get());
    assertEquals(0, elsewhere.getRequestCount());
  }

  @Test
  void sameOriginRedirectIsFollowedWithTheKey() throws Exception {
    Transport transport = transport(ApiKeyHeader.AUTHORIZATION_BEARER);
    home.enqueue(redirect(301, "/api/v2/flows"));
    home.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
    Map<?, ?> body = transport.execute(new Request.Builder().url(home.url("/api/flows")).build(), Map.class);
    assertEquals(true, body.get("ok"));
    home.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest followed = home.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/api/v2/flows", followed.getTarget());
    assertEquals("Bearer " + KEY, followed.getHeaders().get("Authorization"));
  }

  @Test
  void sameOrigin307RepeatsTheBodyAnd303TurnsIntoAGet() throws Exception {
    Transport transport = transport(ApiKeyHeader.AUTHORIZATION_BEARER);
    home.enqueue(redirect(307, "/api/flows/f/run2"));
    home.enqueue(redirect(303, "/api/runs/run_1"));
    home.enqueue(new MockResponse.Builder().body("{\"id\":\"run_1\"}").build());
    Request post =
        new Request.Builder().url(home.url("/api/flows/f/run")).post(RequestBody.create("{\"input\":{}}", Transport.JSON)).build();
    assertEquals("run_1", ((Map<?, ?>) transport.execute(post, Map.class)).get("id"));
    home.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest repeated = home.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("POST", repeated.getMethod());
    assertEquals("{\"input\":{}}", repeated.getBody().utf8());
    RecordedRequest get = home.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("GET", get.getMethod());
    assertEquals("/api/runs/run_1", get.getTarget());
    assertNull(get.getHeaders().get("Content-Type"));
  }

  @Test
  void aRedirectLoopEndsAsATypedError() {
    Transport transport = transport(ApiKeyHeader.AUTHORIZATION_BEARER);
    for (int i = 0; i < 25; i++) home.enqueue(redirect(302, "/loop"));
    FlowApiException e =
        assertThrows(FlowApiException.class, () -> transport.execute(new Request.Builder().url(home.url("/loop")).build(), Map.class));
    assertEquals(302, e.statusCode());
    assertEquals(21, home.getRequestCount(), "the first request and 20 redirects");
    assertFalse(e.getMessage().contains(KEY));
  }

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).addHeader("Location", location).build();
  }
}
