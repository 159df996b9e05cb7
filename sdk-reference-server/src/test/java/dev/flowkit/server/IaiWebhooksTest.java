package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server sends IAI Flow's signed webhooks (its webhooks page) to a receiver the test runs on
 * 127.0.0.1: the documented headers and body, an HMAC-SHA256 signature over the exact body, and the
 * retry schedule 30 s / 5 min / 30 min, compressed by a scheduler the test controls.
 */
class IaiWebhooksTest {
  private static final String SECRET = "whsec_test_only";
  private final MockWebServer receiver = new MockWebServer();
  private ReferenceServer server;

  /** A clock the test moves; the scheduler below moves it by each retry's delay. */
  static final class MovingClock extends Clock {
    volatile Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Override public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override public Instant instant() {
      return now;
    }
  }

  @AfterEach void close() throws Exception {
    if (server != null) server.close();
    receiver.close();
  }

  private ReferenceServer start(MovingClock clock, List<Duration> delays) throws Exception {
    receiver.start(InetAddress.getByName("127.0.0.1"), 0);
    server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).clock(clock)
        .webhook(receiver.url("/hooks/iai").toString(), SECRET)
        .webhookScheduler((task, delay) -> {
          delays.add(delay);
          clock.now = clock.now.plus(delay);
          task.run();
        })
        .start();
    return server;
  }

  static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private List<WebhookDelivery> awaitDeliveries(Predicate<List<WebhookDelivery>> done) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<WebhookDelivery> d = server.webhookDeliveries();
      if (done.test(d)) return d;
      Thread.sleep(10);
    }
    throw new AssertionError("deliveries never arrived: " + server.webhookDeliveries());
  }

  @Test void aRunSendsStartedThenCompletedSignedAsThePageShows() throws Exception {
    for (int i = 0; i < 2; i++) receiver.enqueue(new MockResponse.Builder().code(200).build());
    start(new MovingClock(), new CopyOnWriteArrayList<>());
    TestClient c = new TestClient(server).login();
    String runId = (String) c.post("/api/workflows/" + server.flowId("Hello") + "/run",
        Json.obj("input", Json.obj("name", "Ada"))).json().get("run_id");

    List<RecordedRequest> got = new ArrayList<>();
    for (int i = 0; i < 2; i++) got.add(receiver.takeRequest(10, TimeUnit.SECONDS));
    assertEquals(List.of("run.started", "run.completed"), got.stream().map(r -> r.getHeaders().get("X-IAI-Event")).toList());
    for (RecordedRequest r : got) {
      String body = r.getBody().utf8();
      assertEquals("POST", r.getMethod());
      assertEquals("/hooks/iai", r.getTarget());
      assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
      assertEquals(hmac(SECRET, body), r.getHeaders().get("X-IAI-Signature"), "HMAC-SHA256 of the exact body");
      Map<?, ?> json = (Map<?, ?>) Json.parse(body);
      assertEquals(List.of("event", "timestamp", "workspace_id", "data"), new ArrayList<>(json.keySet()));
      assertEquals(r.getHeaders().get("X-IAI-Event"), json.get("event"));
      assertEquals("2026-03-01T10:00:00Z", json.get("timestamp"));
      assertTrue(((String) json.get("workspace_id")).startsWith("ws_"), body);
    }
    Map<?, ?> completed = (Map<?, ?>) ((Map<?, ?>) Json.parse(got.get(1).getBody().utf8())).get("data");
    assertEquals(List.of("run_id", "workflow_id", "workflow_name", "status", "duration_ms", "started_at", "finished_at"),
        new ArrayList<>(completed.keySet()), "the page's data fields");
    assertEquals(runId, completed.get("run_id"));
    assertEquals(server.flowId("Hello"), completed.get("workflow_id"));
    assertEquals("Hello", completed.get("workflow_name"));
    assertEquals("success", completed.get("status"));
    assertEquals(WebhookDelivery.Outcome.DELIVERED, awaitDeliveries(d -> d.size() == 2).get(1).outcome());
    assertTrue(!server.webhookDeliveries().toString().contains(SECRET), "the secret is never reported");
  }

  @Test void aFailedRunAndAFlowUpdateAreSentToo() throws Exception {
    for (int i = 0; i < 3; i++) receiver.enqueue(new MockResponse.Builder().code(204).build());
    start(new MovingClock(), new CopyOnWriteArrayList<>());
    TestClient c = new TestClient(server).login();
    c.post("/api/workflows/" + server.flowId("Failing") + "/run", Json.obj());
    receiver.takeRequest(10, TimeUnit.SECONDS); // run.started
    Map<?, ?> failed = (Map<?, ?>) Json.parse(receiver.takeRequest(10, TimeUnit.SECONDS).getBody().utf8());
    assertEquals("run.failed", failed.get("event"));
    assertEquals("boom", ((Map<?, ?>) failed.get("data")).get("error_text"));

    c.put("/api/workflows/" + server.flowId("Hello"), Json.obj("name", "Hello again"));
    RecordedRequest updated = receiver.takeRequest(10, TimeUnit.SECONDS);
    assertEquals("flow.updated", updated.getHeaders().get("X-IAI-Event"));
    Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) Json.parse(updated.getBody().utf8())).get("data");
    assertEquals("Hello again", data.get("workflow_name"));
    assertEquals(2L, data.get("version"), "renaming a published flow makes version 2");
  }

  @Test void anAgentRunSendsAgentCompleted() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    start(new MovingClock(), new CopyOnWriteArrayList<>());
    TestClient c = new TestClient(server).login();
    Map<String, Object> run = c.post("/api/agent/run", Json.obj("agent_id", "agent_writer", "task", "hi")).json();
    RecordedRequest r = receiver.takeRequest(10, TimeUnit.SECONDS);
    assertEquals("agent.completed", r.getHeaders().get("X-IAI-Event"));
    Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) Json.parse(r.getBody().utf8())).get("data");
    assertEquals("agent_writer", data.get("agent_id"));
    assertEquals(run.get("id"), data.get("agent_run_id"));
    assertEquals(run.get("run_id"), data.get("run_id"));
    assertEquals("success", data.get("status"));
  }

  @Test void aReceiverThatFailsIsRetriedAfter30s5mAnd30mThenGivenUp() throws Exception {
    for (int i = 0; i < 4; i++) receiver.enqueue(new MockResponse.Builder().code(503).build());
    MovingClock clock = new MovingClock();
    List<Duration> delays = new CopyOnWriteArrayList<>();
    start(clock, delays);
    TestClient c = new TestClient(server).login();
    c.put("/api/workflows/" + server.flowId("Hello"), Json.obj("name", "Renamed"));

    List<WebhookDelivery> d = awaitDeliveries(all -> all.size() == 4);
    assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(30)), delays);
    assertEquals(List.of(1, 2, 3, 4), d.stream().map(WebhookDelivery::attempt).toList());
    assertEquals(List.of(503, 503, 503, 503), d.stream().map(WebhookDelivery::status).toList());
    assertEquals(List.of(WebhookDelivery.Outcome.RETRY_SCHEDULED, WebhookDelivery.Outcome.RETRY_SCHEDULED,
        WebhookDelivery.Outcome.RETRY_SCHEDULED, WebhookDelivery.Outcome.FAILED),
        d.stream().map(WebhookDelivery::outcome).toList(), "after the third retry the delivery is failed");
    List<Object> stamps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      RecordedRequest r = receiver.takeRequest(10, TimeUnit.SECONDS);
      String body = r.getBody().utf8();
      assertEquals(hmac(SECRET, body), r.getHeaders().get("X-IAI-Signature"), "each attempt is signed again");
      stamps.add(((Map<?, ?>) Json.parse(body)).get("timestamp"));
    }
    assertEquals(List.of("2026-03-01T10:00:00Z", "2026-03-01T10:00:30Z", "2026-03-01T10:05:30Z", "2026-03-01T10:35:30Z"),
        stamps, "each attempt carries the time it is sent");
  }

  @Test void aReceiverThatRecoversGetsTheEventOnTheRetry() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(500).build());
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    start(new MovingClock(), new CopyOnWriteArrayList<>());
    new TestClient(server).login().put("/api/workflows/" + server.flowId("Hello"), Json.obj("name", "Renamed"));
    List<WebhookDelivery> d = awaitDeliveries(all -> all.size() == 2);
    assertEquals(WebhookDelivery.Outcome.RETRY_SCHEDULED, d.get(0).outcome());
    assertEquals(Duration.ofSeconds(30), d.get(0).retryAfter());
    assertEquals(WebhookDelivery.Outcome.DELIVERED, d.get(1).outcome());
    assertNotEquals(d.get(0).body(), d.get(1).body(), "the retry is stamped with its own time");
  }

  @Test void webhooksAreOnlyForIaiFlowAndNeedAUrlAndASecret() {
    assertThrows(IllegalStateException.class, () -> ReferenceServer.builder().webhook("http://127.0.0.1:9/h", "s").start());
    assertThrows(IllegalArgumentException.class, () -> ReferenceServer.builder().webhook("not a url", "s"));
    assertThrows(IllegalArgumentException.class, () -> ReferenceServer.builder().webhook("http://127.0.0.1:9/h", ""));
  }
}
