package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ReferenceServerTest
class FlowOperationsTest {
  private static Map<String, Object> step(String name, String type, Map<String, Object> settings) {
    return Json.obj("name", name, "type", type, "settings", settings);
  }

  private static TestClient.Res op(TestClient c, String id, String type, Map<String, Object> request) {
    return c.post("/api/flows/" + id, Json.obj("type", type, "request", request));
  }

  @Test void buildPublishRunAndEditAFlow(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    Map<String, Object> flow = c.post("/api/flows", Json.obj("displayName", "Built")).json();
    String id = (String) flow.get("id");
    assertEquals("DISABLED", flow.get("status"));
    assertEquals("DRAFT", ((Map<?, ?>) flow.get("version")).get("state"));
    assertEquals(409, op(c, id, "CHANGE_STATUS", Json.obj("status", "ENABLED")).code);

    assertEquals(200, op(c, id, "ADD_ACTION", Json.obj("parentStep", "trigger",
        "action", step("b", "BRANCH", Json.obj("condition", "{{input.vip}}",
            "onTrue", step("vip", "SET", Json.obj("values", Json.obj("tier", "gold"))),
            "onFalse", step("std", "SET", Json.obj("values", Json.obj("tier", "basic"))))))).code);
    assertEquals(200, op(c, id, "ADD_ACTION", Json.obj("parentStep", "b",
        "action", step("out", "SET", Json.obj("values", Json.obj("tier", "{{steps.b.output.tier}}")))))
        .code);
    assertEquals(409, op(c, id, "ADD_ACTION", Json.obj("parentStep", "b", "action", step("out", "SET", Json.obj()))).code);
    Map<String, Object> published = op(c, id, "LOCK_AND_PUBLISH", Json.obj()).json();
    assertEquals("ENABLED", published.get("status"));
    String v1 = (String) published.get("publishedVersionId");

    Map<String, Object> run = c.post("/api/flows/" + id + "/run",
        Json.obj("input", Json.obj("vip", true), "sync", true)).json();
    assertEquals("SUCCEEDED", run.get("status"), run.toString());
    assertEquals(Json.obj("tier", "gold"), run.get("output"));
    run = c.post("/api/flows/" + id + "/run", Json.obj("input", Json.obj("vip", false), "sync", true)).json();
    assertEquals(Json.obj("tier", "basic"), run.get("output"));

    // editing a LOCKED version makes a new DRAFT; the published one keeps running
    Map<String, Object> edited = op(c, id, "UPDATE_ACTION", Json.obj("action",
        step("out", "SET", Json.obj("values", Json.obj("tier", "changed"))))).json();
    Map<?, ?> draft = (Map<?, ?>) edited.get("version");
    assertEquals("DRAFT", draft.get("state"));
    assertNotEquals(v1, draft.get("id"));
    assertEquals(v1, edited.get("publishedVersionId"));
    assertEquals(2, c.get("/api/flows/" + id + "/versions").data().size());
    assertEquals("LOCKED", c.get("/api/flows/" + id + "/versions/" + v1).json().get("state"));
    assertEquals(200, op(c, id, "DELETE_ACTION", Json.obj("name", "out")).code);
    assertEquals(200, op(c, id, "CHANGE_NAME", Json.obj("displayName", "Renamed")).code);
    Map<String, Object> restored = op(c, id, "USE_AS_DRAFT", Json.obj("versionId", v1)).json();
    assertEquals("Built", ((Map<?, ?>) restored.get("version")).get("displayName"));
    Map<String, Object> imported = op(c, id, "IMPORT_FLOW", Json.obj("displayName", "Imported",
        "trigger", step("t", "WEBHOOK", Json.obj()))).json();
    assertEquals("t", ((Map<?, ?>) ((Map<?, ?>) imported.get("version")).get("trigger")).get("name"));
    assertEquals("STEP_NOT_FOUND", op(c, id, "DELETE_ACTION", Json.obj("name", "ghost")).error());
    assertEquals("displayName", ((Map<?, ?>) c.put("/api/flows/" + id, Json.obj()).json().get("details")).get("field"));
    Map<String, Object> put = c.put("/api/flows/" + id, Json.obj("displayName", "Put",
        "trigger", step("trigger", "MANUAL", Json.obj()))).json();
    assertEquals("Put", ((Map<?, ?>) put.get("version")).get("displayName"));
    assertEquals("VALIDATION_ERROR", op(c, id, "NOPE", Json.obj()).error());
    assertEquals(204, c.delete("/api/flows/" + id).code);
    assertEquals(404, c.get("/api/flows/" + id).code);
  }

  @Test void foldersCountFlowsAndUnfileThemOnDelete(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String folder = (String) c.post("/api/folders", Json.obj("displayName", "Ops")).json().get("id");
    String hello = server.flowId("Hello");
    assertEquals(folder, op(c, hello, "CHANGE_FOLDER", Json.obj("folderId", folder)).json().get("folderId"));
    assertEquals(1L, c.get("/api/folders/" + folder).json().get("numberOfFlows"));
    assertEquals(1, c.get("/api/flows?folderId=" + folder).data().size());
    assertEquals("Ops2", c.put("/api/folders/" + folder, Json.obj("displayName", "Ops2")).json().get("displayName"));
    assertEquals(204, c.delete("/api/folders/" + folder).code);
    assertNull(c.get("/api/flows/" + hello).json().get("folderId"));
    assertEquals("FOLDER_NOT_FOUND", c.get("/api/folders/" + folder).error());
  }

  @Test void connectionsUpsertByExternalIdAndNeverReturnTheValue(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    Map<String, Object> body = Json.obj("externalId", "slack-main", "displayName", "Slack",
        "pieceName", "slack", "type", "SECRET_TEXT", "value", Json.obj("api_key", "xoxb-1"));
    TestClient.Res created = c.post("/api/app-connections", body);
    assertEquals(201, created.code);
    body.put("displayName", "Slack 2");
    TestClient.Res updated = c.post("/api/app-connections", body);
    assertEquals(200, updated.code);
    assertEquals(created.json().get("id"), updated.json().get("id"));
    assertFalse(created.body.contains("xoxb") || updated.body.contains("xoxb"));
    assertFalse(created.json().containsKey("value"));
    assertEquals(1, c.get("/api/app-connections?pieceName=slack").data().size());
    assertEquals("value", ((Map<?, ?>) c.post("/api/app-connections", Json.obj("displayName", "x",
        "pieceName", "p", "type", "OAUTH2")).json().get("details")).get("field"));
    String id = (String) created.json().get("id");
    assertEquals(204, c.delete("/api/app-connections/" + id).code);
    assertEquals("CONNECTION_NOT_FOUND", c.get("/api/app-connections/" + id).error());
  }

  @Test void mcpTokenRotationStopsTheOldToken(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    Map<String, Object> mcp = c.post("/api/mcp-servers", Json.obj("name", "tools",
        "tools", java.util.List.of(Json.obj("name", "hello", "flowId", server.flowId("Hello"))))).json();
    String id = (String) mcp.get("id");
    String oldToken = (String) mcp.get("token");
    TestClient mcpClient = new TestClient(server).withKey(oldToken);
    assertEquals(200, mcpClient.get("/api/mcp/" + id + "/tools").code);
    String newToken = (String) c.post("/api/mcp-servers/" + id + "/rotate", Json.obj()).json().get("token");
    assertNotEquals(oldToken, newToken);
    assertEquals(401, mcpClient.get("/api/mcp/" + id + "/tools").code);
    assertEquals(200, new TestClient(server).withKey(newToken).get("/api/mcp/" + id + "/tools").code);
    assertTrue(c.get("/api/mcp-servers").data().size() == 1);
  }

  @Test void sideSurfacesAnswer(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    assertEquals(201, c.post("/api/channels", Json.obj("name", "general")).code);
    assertEquals(1, c.get("/api/channels").data().size());
    assertEquals(200, c.post("/api/kv", Json.obj("key", "a", "value", 1)).code);
    assertEquals(204, c.delete("/api/kv/a").code);
    assertEquals(true, c.get("/api/health").json().get("ok"));
    assertTrue(c.get("/api/nodes?category=ai").data().size() == 1);
  }
}
