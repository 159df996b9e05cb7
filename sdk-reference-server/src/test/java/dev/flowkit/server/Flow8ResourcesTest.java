package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * flow8's flows, flowlets, groups, KV store, channels and schedules, sent as its developer pages
 * show them (their bodies copied as they are) over real HTTP.
 */
class Flow8ResourcesTest {
  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    volatile Instant now = Instant.parse("2024-01-15T10:00:30Z");

    @Override public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8)
      .clock(clock).scheduleTickMillis(3_600_000).start();
  private final TestClient c = new TestClient(server).withKey(server.demoApiKey());

  @AfterEach void close() {
    server.close();
  }

  @Test void flowsAndFlowletsAsTheFlowsPagesShowThem() {
    TestClient.Res created = c.post("/api/flows",
        Json.obj("name", "Invoice Processing", "enabled", true, "category", "Finance", "groupId", "65group1"));
    assertEquals(201, created.code, created.body);
    Map<String, Object> flow = created.json();
    assertEquals(Json.obj("name", "Invoice Processing", "enabled", true, "category", "Finance", "groupId", "65group1",
        "permanentId", "invoice-processing", "version", 1L), Json.obj("name", flow.get("name"), "enabled",
        flow.get("enabled"), "category", flow.get("category"), "groupId", flow.get("groupId"),
        "permanentId", flow.get("permanentId"), "version", flow.get("version")));
    String id = (String) flow.get("id");

    TestClient.Res layer = c.post("/api/flows/" + id + "/layers", Json.parse("{\"name\": \"Fetch Invoice\","
        + "\"ref\": \"fetchInvoice\", \"appId\": \"curl\", \"index\": 0, \"args\": {\"method\": \"GET\","
        + "\"url\": \"https://api.example.com/invoices/{{ $prev.args.invoiceId }}\","
        + "\"headers\": {\"Authorization\": \"Bearer {{ $kv.get 'apiToken' }}\"}},"
        + "\"timeout\": 15, \"retry\": {\"count\": 2, \"delayMs\": 500, \"backoffMultiplier\": 2}}"));
    assertEquals(201, layer.code, layer.body);
    String layerId = (String) layer.json().get("id");
    assertEquals(id, layer.json().get("flowId"));
    assertEquals(Json.obj("count", 2L, "delayMs", 500L, "backoffMultiplier", 2L), layer.json().get("retry"));

    TestClient.Res updated = c.put("/api/flows/" + id + "/layers/" + layerId, Json.parse("{\"args\": {\"method\": \"GET\","
        + "\"url\": \"https://api.example.com/v2/invoices/{{ $prev.args.invoiceId }}\"}, \"timeout\": 20}"));
    assertEquals(200, updated.code, updated.body);
    assertEquals(20L, updated.json().get("timeout"));
    assertEquals("fetchInvoice", updated.json().get("ref"));

    Map<String, Object> withLayers = c.get("/api/flows/" + id).json();
    assertEquals(3L, withLayers.get("version"), "every change raises the version");
    assertEquals(1, ((List<?>) withLayers.get("layers")).size());
    assertEquals(1L, c.get("/api/flows/" + id + "/layers").json().get("total"));
    assertEquals(1L, c.get("/api/flows?page=0&size=25&category=Finance&enabled=true").json().get("total"));
    assertEquals(0L, c.get("/api/flows?category=Finance&enabled=false").json().get("total"));

    TestClient.Res clash = c.post("/api/flows/" + id + "/layers", Json.obj("ref", "fetchInvoice", "appId", "curl"));
    assertEquals(409, clash.code, "refs are unique in a flow");
    TestClient.Res badFilter = c.post("/api/flows/" + id + "/layers", Json.obj("ref", "x", "appId", "curl",
        "filters", List.of(Json.obj("leftValue", "a", "operator", "like", "rightValue", "b"))));
    assertEquals(400, badFilter.code);
    assertTrue(badFilter.json().get("message").toString().contains("filters[0].operator"), badFilter.body);

    assertEquals(204, c.delete("/api/flows/" + id + "/layers/" + layerId).code);
    assertEquals(200, c.put("/api/flows/" + id, Json.obj("enabled", false)).code);
    TestClient.Res disabled = c.post("/api/flows/" + id + "/run", Json.obj("args", Json.obj()));
    assertEquals(409, disabled.code, disabled.body);
    assertEquals(200, c.post("/api/flows/" + id + "/run", Json.obj("args", Json.obj(), "force", true)).code);
  }

  @Test void filtersAndRetriesDecideWhatALayerDoes() throws Exception {
    String id = (String) c.post("/api/flows", Json.obj("name", "Checks")).json().get("id");
    c.post("/api/flows/" + id + "/layers", Json.obj("ref", "check", "appId", "flaky", "index", 0L,
        "args", Json.obj("failures", 2L), "retry", Json.obj("count", 2L, "delayMs", 5L, "backoffMultiplier", 2L)));
    c.post("/api/flows/" + id + "/layers", Json.obj("ref", "alert", "appId", "send-mail", "index", 1L,
        "filters", List.of(Json.obj("leftValue", "{{ $prev.args.amount }}", "operator", "gte", "rightValue", "1000",
            "cast", "number", "mode", "and"))));
    String small = (String) c.post("/api/flows/" + id + "/run", Json.obj("args", Json.obj("amount", 10L)))
        .json().get("playId");
    awaitState(small, "DONE");
    List<Map<String, Object>> layers = c.layers(small);
    assertEquals(Json.obj("attempts", 3L), layers.get(0).get("out"), "two failures, then the third attempt");
    assertEquals("FILTERED", layers.get(1).get("state"));
    String big = (String) c.post("/api/flows/" + id + "/run", Json.obj("args", Json.obj("amount", 1250L)))
        .json().get("playId");
    awaitState(big, "DONE");
    assertEquals("DONE", c.layers(big).get(1).get("state"));
  }

  @Test void groupsKvAndChannels() {
    TestClient.Res group = c.post("/api/groups", Json.parse("{\"name\": \"Finance Automation\", \"index\": 1}"));
    assertEquals(201, group.code, group.body);
    String groupId = (String) group.json().get("id");
    assertEquals("Finance & Billing Automation", c.put("/api/groups/" + groupId,
        Json.parse("{\"name\": \"Finance & Billing Automation\"}")).json().get("name"));
    assertEquals(1L, c.get("/api/groups").json().get("total"));
    assertEquals(204, c.delete("/api/groups/" + groupId).code);

    // the page's body, with the caller's company (workspace) for its placeholder 65abc000
    String company = (String) ((Map<?, ?>) c.get("/api/auth/me").json().get("workspace")).get("workspaceId");
    TestClient.Res foreign = c.post("/api/kv", Json.parse(
        "{\"key\": \"featureEnabled\", \"value\": \"true\", \"scope\": \"global\", \"companyId\": \"65abc000\"}"));
    assertEquals(403, foreign.code, "another company's entries are not the caller's to write");
    assertEquals("FORBIDDEN", foreign.error());
    TestClient.Res set = c.post("/api/kv", Json.parse(
        "{\"key\": \"featureEnabled\", \"value\": \"true\", \"scope\": \"global\", \"companyId\": \"" + company + "\"}"));
    assertEquals(201, set.code, set.body);
    assertEquals(company, set.json().get("companyId"));
    TestClient.Res replaced = c.post("/api/kv", Json.obj("key", "featureEnabled", "value", "false", "scope", "global"));
    assertEquals(200, replaced.code);
    assertEquals(set.json().get("id"), replaced.json().get("id"));
    assertEquals(400, c.post("/api/kv", Json.obj("key", "k", "value", 1L, "scope", "flow")).code, "flow scope needs scopeKey");
    assertEquals(400, c.post("/api/kv", Json.obj("key", "k", "value", 1L, "scopeKey", "65flow1")).code,
        "a global entry has no scopeKey");
    assertEquals(400, c.post("/api/kv", Json.obj("key", "k", "value", 1L, "companyId", 12345L)).code,
        "companyId is a string");
    assertEquals(403, c.get("/api/kv?scope=global&companyId=65abc000").code);
    TestClient.Res list = c.get("/api/kv?scope=global&companyId=" + company);
    assertEquals(1L, list.json().get("total"));
    assertEquals("false", list.data().get(0).get("value"));
    assertEquals(204, c.delete("/api/kv/" + set.json().get("id")).code);

    TestClient.Res channel = c.post("/api/channels", Json.parse("{\"name\": \"Invoice Webhook Receiver\","
        + "\"kind\": \"http\", \"authMode\": \"header_token\", \"authToken\": \"your-secret-token-here\", \"enabled\": true}"));
    assertEquals(201, channel.code, channel.body);
    assertEquals(7701L, channel.json().get("port"));
    assertTrue(!channel.body.contains("your-secret-token-here"), "the token is write-only");
    String channelId = (String) channel.json().get("id");
    TestClient.Res route = c.post("/api/channels/" + channelId + "/routes", Json.parse("{\"name\": \"Process Invoice\","
        + "\"httpMethod\": \"POST\", \"path\": \"/invoice/process\", \"targetFlowIds\": [\"65flow1\"],"
        + "\"responseMode\": \"sync\", \"timeoutSeconds\": 30}"));
    assertEquals(201, route.code, route.body);
    assertEquals(1, ((List<?>) c.get("/api/channels/" + channelId).json().get("routes")).size());
    assertEquals(false, c.put("/api/channels/" + channelId, Json.obj("enabled", false)).json().get("enabled"));
    assertEquals(204, c.delete("/api/channels/" + channelId).code);
    assertEquals(404, c.get("/api/channels/" + channelId).code);
  }

  @Test void schedulesFireOnTheServersClock() throws Exception {
    String flowId = server.flowId("Hello");
    TestClient.Res every = c.post("/api/schedules", Json.obj("flowId", flowId, "name", "every minute",
        "intervalSeconds", 60L, "args", Json.obj("name", "Cron")));
    assertEquals(201, every.code, every.body);
    assertEquals("2024-01-15T10:01:30.000Z", every.json().get("nextRunAt"));
    TestClient.Res cron = c.post("/api/schedules", Json.obj("flowId", flowId, "cron", "*/15 10 * * 1-5"));
    assertEquals("2024-01-15T10:15:00.000Z", cron.json().get("nextRunAt"), "a Monday: the next quarter hour");
    assertEquals(400, c.post("/api/schedules", Json.obj("flowId", flowId, "cron", "61 * * * *")).code);

    server.fireDueSchedules();
    assertEquals(0L, c.get("/api/plays").json().get("total"), "nothing is due yet");
    clock.now = clock.now.plus(Duration.ofSeconds(61));
    server.fireDueSchedules();
    TestClient.Res plays = c.get("/api/plays?flowId=" + flowId);
    assertEquals(1L, plays.json().get("total"), plays.body);
    String playId = (String) plays.data().get(0).get("id");
    awaitState(playId, "DONE");
    assertEquals(Json.obj("greeting", "Hello, Cron!"), c.layers(playId).get(0).get("out"));
    Map<String, Object> fired = c.get("/api/schedules").data().get(0);
    assertEquals(playId, fired.get("lastPlayId"));
    assertEquals("2024-01-15T10:02:31.000Z", fired.get("nextRunAt"));

    assertEquals(200, c.put("/api/schedules/" + every.json().get("id"), Json.obj("enabled", false)).code);
    clock.now = clock.now.plus(Duration.ofMinutes(5));
    server.fireDueSchedules();
    assertEquals(1L, c.get("/api/plays?flowId=" + flowId).json().get("total"), "a disabled schedule does not fire");
    assertEquals(204, c.delete("/api/schedules/" + cron.json().get("id")).code);
  }

  @Test void schedulesFireByThemselves() throws Exception {
    try (ReferenceServer live = ReferenceServer.builder().platform(ServerPlatform.FLOW8).scheduleTickMillis(20).start()) {
      TestClient k = new TestClient(live).withKey(live.demoApiKey());
      assertEquals(201, k.post("/api/schedules", Json.obj("flowId", live.flowId("Hello"), "intervalSeconds", 1L)).code);
      long deadline = System.nanoTime() + 10_000_000_000L;
      long total = 0;
      while (total < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
        total = (Long) k.get("/api/plays").json().get("total");
      }
      assertTrue(total >= 2, "a 1 s schedule started " + total + " plays");
    }
  }

  private void awaitState(String playId, String state) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<String, Object> play = null;
    while (System.nanoTime() < deadline) {
      play = c.get("/api/plays/" + playId).json();
      if (state.equals(play.get("state"))) return;
      Thread.sleep(10);
    }
    assertNotNull(play);
    throw new AssertionError("play never reached " + state + ": " + play);
  }
}
