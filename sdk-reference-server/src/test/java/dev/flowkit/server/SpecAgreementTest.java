package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** The smaller places where the server and its specs disagreed, each held to the spec now. */
@ReferenceServerTest
class SpecAgreementTest {
  private static TestClient.Res postWithKey(TestClient c, String path, String key) {
    return c.execute(c.request(path).header("Idempotency-Key", key)
        .post(RequestBody.create("{\"name\":\"n\"}", MediaType.get("application/json"))).build());
  }

  @Test void anIdempotencyKeyIsOneTo255Characters(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    TestClient.Res empty = postWithKey(c, "/api/channels", "");
    assertEquals(400, empty.code, empty.body);
    assertEquals("Idempotency-Key", ((Map<?, ?>) empty.json().get("details")).get("field"));
    assertEquals(400, postWithKey(c, "/api/channels", "k".repeat(256)).code);
    assertEquals(201, postWithKey(c, "/api/channels", "k".repeat(255)).code);
    assertEquals(1, c.get("/api/channels").data().size(), "the refused requests stored nothing");
    assertEquals(400, c.execute(c.request("/api/auth/login").header("Idempotency-Key", "")
        .post(RequestBody.create("{\"email\":\"demo@flowkit.dev\",\"password\":\"demo-password\"}",
            MediaType.get("application/json"))).build()).code, "the login checks it too, though it keeps none");
  }

  @Test void anEmptyLogMessageIsAMessage(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    TestClient.Res log = c.post("/api/logs", Json.obj("message", ""));
    assertEquals(201, log.code, log.body);
    assertEquals("", log.json().get("message"));
    assertEquals(400, c.post("/api/logs", Json.obj("level", "INFO")).code, "but it must be there");
  }

  @Test void aConnectionsValueIsRequiredForEveryTypeButNoAuth(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    assertEquals(201, c.post("/api/app-connections", Json.obj("displayName", "open", "pieceName", "p", "type", "NO_AUTH")).code);
    TestClient.Res missing = c.post("/api/app-connections", Json.obj("displayName", "key", "pieceName", "p", "type", "SECRET_TEXT"));
    assertEquals(400, missing.code);
    assertEquals("value", ((Map<?, ?>) missing.json().get("details")).get("field"));
    assertEquals(403, c.post("/api/app-connections", Json.obj("displayName", "k", "pieceName", "p", "type", "NO_AUTH",
        "projectId", "proj_of_someone_else")).code);
  }

  @Test void approvingAStepTheRunIsNotPausedAtIsAConflict(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String runId = (String) c.post("/api/flows/" + server.flowId("Approval") + "/run", Json.obj()).json().get("id");
    c.awaitRun(runId, "PAUSED");
    TestClient.Res wrongStep = c.post("/api/runs/" + runId + "/approve", Json.obj("step", "done"));
    assertEquals(409, wrongStep.code, wrongStep.body);
    assertEquals("CONFLICT", wrongStep.error());
    assertEquals(200, c.post("/api/runs/" + runId + "/approve", Json.obj("step", "approve")).code);
  }

  @Test void aPostThatTakesNoInputRefusesFields(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String runId = (String) c.post("/api/flows/" + server.flowId("Approval") + "/run", Json.obj()).json().get("id");
    c.awaitRun(runId, "PAUSED");
    assertEquals(400, c.post("/api/runs/" + runId + "/cancel", Json.obj("reason", "why not")).code);
    assertEquals(200, c.post("/api/runs/" + runId + "/cancel", Json.obj()).code);
  }

  @Test void aFolderInAnotherProjectIsForbidden(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    assertEquals(403, c.post("/api/folders", Json.obj("displayName", "F", "projectId", "proj_x")).code);
    assertEquals(0, c.get("/api/folders").data().size());
  }

  @Test void aDocumentKeepsAName(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String id = (String) c.post("/api/groups", Json.obj("name", "ops")).json().get("id");
    assertEquals(400, c.put("/api/groups/" + id, Json.obj("name", 5)).code);
    assertEquals(400, c.put("/api/groups/" + id, Json.obj("name", " ")).code);
    assertEquals("ops", c.get("/api/groups/" + id).json().get("name"));
    assertEquals(200, c.put("/api/groups/" + id, Json.obj("size", 3)).code);
  }

  @Test void asFlow8AnUnknownPlayStateIsA400() {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());
      TestClient.Res unknown = c.get("/api/plays?state=SUCCEEDED");
      assertEquals(400, unknown.code, unknown.body);
      assertTrue(unknown.body.contains("state"), unknown.body);
      assertEquals(200, c.get("/api/plays?state=DONE").code);
    }
  }
}
