package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server as flow8, checked over raw HTTP against its API overview. */
class Flow8PlatformTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start();
  private final TestClient c = new TestClient(server);

  @AfterEach void close() {
    server.close();
  }

  @Test void listsArePagedByPageAndSizeWithTotals() {
    c.login();
    TestClient.Res first = c.get("/api/flows?page=0&size=2");
    assertEquals(200, first.code, first.body);
    assertEquals(Set.of("data", "total", "page", "size", "pages"), first.json().keySet());
    assertEquals(Json.obj("total", 5L, "page", 0L, "size", 2L, "pages", 3L),
        Json.obj("total", first.json().get("total"), "page", first.json().get("page"),
            "size", first.json().get("size"), "pages", first.json().get("pages")));
    List<Object> ids = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      for (Map<String, Object> f : c.get("/api/flows?page=" + page + "&size=2").data()) ids.add(f.get("id"));
    }
    assertEquals(5, Set.copyOf(ids).size());
    assertEquals(List.of(), c.get("/api/flows?page=3&size=2").data());
    assertEquals(25L, c.get("/api/flows").json().get("size"));

    TestClient.Res tooBig = c.get("/api/flows?size=101");
    assertEquals(400, tooBig.code);
    assertEquals(Set.of("error", "message", "statusCode"), tooBig.json().keySet());
    assertEquals("VALIDATION_ERROR", tooBig.error());
    assertEquals(400L, tooBig.json().get("statusCode"));
  }

  @Test void sessionLoginMeAndLogout() {
    c.login();
    assertEquals(ReferenceServer.DEMO_EMAIL, ((Map<?, ?>) c.get("/api/auth/me").json().get("user")).get("email"));
    assertEquals(204, c.post("/api/auth/logout", Json.obj()).code);
    TestClient.Res after = c.get("/api/auth/me");
    assertEquals(401, after.code);
    assertEquals("UNAUTHORIZED", after.error());
    assertEquals(404, c.get("/api/auth/session").code, "flow8 has /api/auth/me, not the session route");
  }

  @Test void apiKeyAsBearerAndErrorsAsTheOverviewShows() {
    TestClient keyed = new TestClient(server).withKey(server.demoApiKey());
    assertEquals(200, keyed.get("/api/flows").code);
    TestClient.Res anonymous = new TestClient(server).get("/api/flows");
    assertEquals(401, anonymous.code);
    assertEquals(Set.of("error", "message", "statusCode"), anonymous.json().keySet());
    assertEquals("UNAUTHORIZED", anonymous.error());
    assertEquals(401L, anonymous.json().get("statusCode"));
    TestClient.Res missing = keyed.get("/api/flows/65abc123");
    assertEquals(Json.obj("error", "FLOW_NOT_FOUND", "message", "Flow 65abc123 not found", "statusCode", 404L),
        missing.json());
    TestClient.Res play = keyed.get("/api/plays/play_nope");
    assertEquals("PLAY_NOT_FOUND", play.error());
    assertEquals(404, keyed.get("/api/runs").code, "runs are plays on flow8");
  }

  @Test void triggerAsTheExecutionsPageShowsThenReadThePlayAndItsLayers() throws Exception {
    c.login();
    TestClient.Res trigger = c.post("/api/flows/" + server.flowId("Hello") + "/run",
        Json.obj("args", Json.obj("name", "Ada")));
    assertEquals(200, trigger.code, trigger.body);
    assertEquals(Set.of("playId", "state", "startedAt"), trigger.json().keySet());
    assertEquals("RUN", trigger.json().get("state"));
    String playId = (String) trigger.json().get("playId");
    Map<String, Object> play = awaitPlay(playId, "DONE");
    assertEquals(Set.of("id", "flowId", "state", "startedAt", "completedAt", "duration", "args"), play.keySet());
    assertEquals(Json.obj("name", "Ada"), play.get("args"));
    TestClient.Res layers = c.get("/api/plays/" + playId + "/layers");
    assertTrue(layers.body.startsWith("["), "a bare array: " + layers.body);
    Map<String, Object> greet = c.layers(playId).get(0);
    assertEquals("greet", greet.get("ref"));
    assertEquals("DONE", greet.get("state"));
    assertEquals(Json.obj("greeting", "Hello, Ada!"), greet.get("out"));

    TestClient.Res again = c.post("/api/flows/" + server.flowId("Hello") + "/run",
        Json.obj("args", Json.obj("name", "Bo"), "idempotencyKey", "k-1"));
    TestClient.Res repeat = c.post("/api/flows/" + server.flowId("Hello") + "/run",
        Json.obj("args", Json.obj("name", "Bo"), "idempotencyKey", "k-1"));
    assertEquals(again.json().get("playId"), repeat.json().get("playId"), "one play per idempotency key");

    TestClient.Res old = c.post("/api/flows/" + server.flowId("Hello") + "/run", Json.obj("input", Json.obj()));
    assertEquals(400, old.code, "flow8 takes args, not input");
    assertEquals("VALIDATION_ERROR", old.error());
  }

  @Test void approvalWaitsThenDecisionsAndCancel() throws Exception {
    c.login();
    String waiting = (String) c.post("/api/flows/" + server.flowId("Approval") + "/run", Json.obj("args", Json.obj()))
        .json().get("playId");
    awaitPlay(waiting, "WAIT");
    Map<String, Object> layer = c.layers(waiting).get(0);
    assertEquals("WAIT", layer.get("state"));
    TestClient.Res wrong = c.post("/api/plays/" + waiting + "/approve", Json.obj("layerId", "nope", "decision", "approved"));
    assertEquals(409, wrong.code, "the play does not wait at that layer");
    assertEquals("PLAY_NOT_WAITING", wrong.error());
    TestClient.Res ok = c.post("/api/plays/" + waiting + "/approve",
        Json.obj("layerId", layer.get("id"), "decision", "approved", "note", "Looks good"));
    assertEquals(200, ok.code, ok.body);
    awaitPlay(waiting, "DONE");
    assertEquals(Json.obj("decision", "approved", "note", "Looks good"), c.layers(waiting).get(0).get("approval"));

    String declined = (String) c.post("/api/flows/" + server.flowId("Approval") + "/run", Json.obj()).json().get("playId");
    awaitPlay(declined, "WAIT");
    c.post("/api/plays/" + declined + "/approve", Json.obj("layerId", c.layers(declined).get(0).get("flowletId"),
        "decision", "declined", "note", "Amount exceeds limit"));
    Map<String, Object> failed = awaitPlay(declined, "FAIL");
    assertEquals("Declined: Amount exceeds limit", ((Map<?, ?>) failed.get("error")).get("message"));

    String slow = (String) c.post("/api/flows/" + server.flowId("Slow") + "/run", Json.obj()).json().get("playId");
    TestClient.Res plays = c.get("/api/plays?page=0&size=1");
    assertEquals(3L, plays.json().get("total"));
    assertEquals(slow, plays.data().get(0).get("id"), "newest first");
    TestClient.Res cancel = c.delete("/api/plays/" + slow);
    assertEquals(200, cancel.code, cancel.body);
    assertEquals("FAIL", cancel.json().get("state"));
    assertEquals(409, c.delete("/api/plays/" + slow).code);
    assertEquals(1L, c.get("/api/plays?state=FAIL&flowId=" + server.flowId("Slow")).json().get("total"));
    assertEquals(2L, c.get("/api/flows/" + server.flowId("Approval") + "/plays?page=0&size=10").json().get("total"));
    assertEquals(0L, c.get("/api/plays?from=2000-01-01&to=2000-01-31").json().get("total"));
  }

  @Test void theStandaloneJourneyUsesTheDocumentedBaseUrl() {
    String journey = server.curlJourney();
    String api = server.url().toString() + "api";
    assertTrue(journey.contains("Base URL: " + api + "/"), journey);
    assertTrue(journey.contains(api + "/flows?page=0&size=25"), journey);
    assertTrue(journey.contains(api.replace("http", "ws") + "/ws?token="), journey);
  }

  private Map<String, Object> awaitPlay(String id, String status) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<String, Object> play = null;
    while (System.nanoTime() < deadline) {
      play = c.get("/api/plays/" + id).json();
      if (status.equals(play.get("state"))) return play;
      Thread.sleep(10);
    }
    throw new AssertionError("play never reached " + status + ": " + play);
  }
}
