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
    TestClient.Res play = keyed.get("/api/plays/run_nope");
    assertEquals("PLAY_NOT_FOUND", play.error());
    assertEquals(404, keyed.get("/api/runs").code, "runs are plays on flow8");
  }

  @Test void triggerFollowAndCancelPlays() throws Exception {
    c.login();
    TestClient.Res trigger = c.post("/api/flows/" + server.flowId("Hello") + "/run",
        Json.obj("input", Json.obj("name", "Ada")));
    assertEquals(201, trigger.code, trigger.body);
    String playId = (String) trigger.json().get("id");
    Map<String, Object> play = awaitPlay(playId, "SUCCEEDED");
    assertEquals(Json.obj("greeting", "Hello, Ada!"), play.get("output"));
    TestClient.Res layers = c.get("/api/plays/" + playId + "/layers");
    assertEquals(List.of("trigger", "greet"), layers.data().stream().map(m -> m.get("name")).toList());
    assertEquals(2L, layers.json().get("total"));

    String waiting = (String) c.post("/api/flows/" + server.flowId("Approval") + "/run", Json.obj()).json().get("id");
    awaitPlay(waiting, "PAUSED");
    TestClient.Res plays = c.get("/api/plays?page=0&size=1");
    assertEquals(2L, plays.json().get("total"));
    assertEquals(waiting, plays.data().get(0).get("id"), "newest first");
    TestClient.Res cancel = c.delete("/api/plays/" + waiting);
    assertEquals(200, cancel.code, cancel.body);
    assertEquals("CANCELED", cancel.json().get("status"));

    TestClient.Res stream = c.post("/api/flows/" + server.flowId("Hello") + "/run", Json.obj("stream", true));
    assertEquals(400, stream.code, "flow8 sends events over its WebSocket");
  }

  @Test void theStandaloneJourneyUsesTheDocumentedBaseUrl() {
    String journey = server.curlJourney();
    String api = server.url().toString() + "api";
    assertTrue(journey.contains("Base URL: " + api + "/"), journey);
    assertTrue(journey.contains(api + "/flows?page=0&size=25"), journey);
    assertTrue(journey.contains("-X DELETE " + api + "/plays/"), journey);
  }

  private Map<String, Object> awaitPlay(String id, String status) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<String, Object> play = null;
    while (System.nanoTime() < deadline) {
      play = c.get("/api/plays/" + id).json();
      if (status.equals(play.get("status"))) return play;
      Thread.sleep(10);
    }
    throw new AssertionError("play never reached " + status + ": " + play);
  }
}
