package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

@ReferenceServerTest
class EndToEndTest {
  @Test void loginCookieSessionListTriggerSucceedsWithStepOutputs(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server);
    TestClient.Res login = c.post("/api/auth/login",
        Json.obj("email", ReferenceServer.DEMO_EMAIL, "password", ReferenceServer.DEMO_PASSWORD));
    assertEquals(200, login.code);
    String setCookie = login.headers.get("Set-Cookie");
    assertTrue(setCookie.startsWith("iai_session="), setCookie);
    assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
    assertFalse(setCookie.contains("Secure"), setCookie);
    assertEquals(true, login.json().get("authenticated"));

    Map<String, Object> session = c.get("/api/auth/session").json();
    assertEquals(ReferenceServer.DEMO_EMAIL, ((Map<?, ?>) session.get("user")).get("email"));
    assertEquals(200, c.get("/api/auth/me").code);

    TestClient.Res list = c.get("/api/flows");
    assertEquals(200, list.code);
    assertEquals(5, list.data().size());
    assertTrue(list.json().containsKey("next") && list.json().get("next") == null);

    TestClient.Res trigger = c.post("/api/flows/" + server.flowId("Hello") + "/run",
        Json.obj("input", Json.obj("name", "Ada")));
    assertEquals(201, trigger.code);
    String runId = (String) trigger.json().get("id");
    assertNotNull(trigger.headers.get("X-Request-Id"));
    Map<String, Object> run = c.awaitRun(runId, "SUCCEEDED");
    assertEquals(Json.obj("greeting", "Hello, Ada!"), run.get("output"));
    Map<?, ?> steps = (Map<?, ?>) run.get("steps");
    assertEquals(Json.obj("greeting", "Hello, Ada!"), ((Map<?, ?>) steps.get("greet")).get("output"));
    assertEquals(Json.obj("name", "Ada"), ((Map<?, ?>) steps.get("trigger")).get("output"));
    assertEquals("SUCCEEDED", ((Map<?, ?>) steps.get("greet")).get("status"));
    assertNotNull(run.get("durationMs"));
    assertEquals("manual", run.get("triggeredBy"));

    List<Map<String, Object>> stepList = c.get("/api/runs/" + runId + "/steps").data();
    assertEquals(List.of("trigger", "greet"), stepList.stream().map(m -> m.get("name")).toList());

    // logout invalidates the session and expires the cookie
    TestClient.Res logout = c.delete("/api/auth/session");
    assertEquals(204, logout.code);
    assertTrue(logout.headers.get("Set-Cookie").contains("Max-Age=0"));
    assertEquals(401, c.get("/api/auth/session").code);
  }

  @Test void threeStepSetLlmSetFlowRunsEndToEndOverHttp(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    TestClient.Res res = c.post("/api/flows/" + server.flowId("Story") + "/run",
        Json.obj("input", Json.obj("topic", "robots"), "sync", true));
    assertEquals(200, res.code, res.body);
    Map<String, Object> run = res.json();
    assertEquals("SUCCEEDED", run.get("status"));
    String text = "Once upon a time, robots quietly changed everything for one small curious town.";
    assertEquals(Json.obj("summary", text), run.get("output"));
    Map<?, ?> steps = (Map<?, ?>) run.get("steps");
    assertEquals(List.of("trigger", "prepare", "write", "summarize"), List.copyOf(steps.keySet()));
    assertEquals(text, ((Map<?, ?>) steps.get("write")).get("output"));
    assertEquals("api", run.get("triggeredBy"));
  }

  @Test void credentialsAreRequiredAndChecked(ReferenceServer server) {
    TestClient anon = new TestClient(server);
    TestClient.Res r = anon.get("/api/flows");
    assertEquals(401, r.code);
    assertEquals("UNAUTHENTICATED", r.error());
    assertEquals(r.headers.get("X-Request-Id"), r.json().get("requestId"));
    assertEquals(401, new TestClient(server).withKey("fk_wrong").get("/api/flows").code);
    assertEquals(200, anon.get("/api/health").code);

    // X-API-KEY works as well as Bearer
    TestClient.Res viaHeader = anon.execute(new Request.Builder()
        .url(server.url().resolve("/api/flows")).header("X-API-KEY", server.demoApiKey()).build());
    assertEquals(200, viaHeader.code);

    // wrong password
    assertEquals(401, anon.post("/api/auth/login",
        Json.obj("email", ReferenceServer.DEMO_EMAIL, "password", "nope")).code);
  }

  @Test void otherWorkspaceIsForbidden(ReferenceServer server) {
    TestClient other = new TestClient(server);
    assertEquals(200, other.post("/api/auth/login",
        Json.obj("email", ReferenceServer.OTHER_EMAIL, "password", ReferenceServer.OTHER_PASSWORD)).code);
    TestClient.Res r = other.get("/api/flows/" + server.flowId("Hello"));
    assertEquals(403, r.code);
    assertEquals("FORBIDDEN", r.error());
    assertEquals(0, other.get("/api/flows").data().size());
    assertEquals(404, other.get("/api/flows/flow_nope").code);
    assertEquals("FLOW_NOT_FOUND", other.get("/api/flows/flow_nope").error());
  }

  @Test void apiKeysShowTheKeyOnceAndRevokeAtOnce(ReferenceServer server) {
    TestClient c = new TestClient(server).login();
    TestClient.Res created = c.post("/api/auth/api-keys", Json.obj("name", "ci"));
    assertEquals(201, created.code);
    String key = (String) created.json().get("key");
    String id = (String) created.json().get("id");
    assertNotNull(key);
    for (Map<String, Object> k : c.get("/api/auth/api-keys").data()) assertNull(k.get("key"));
    TestClient withKey = new TestClient(server).withKey(key);
    assertEquals(200, withKey.get("/api/flows").code);
    assertEquals(204, c.delete("/api/auth/api-keys/" + id).code);
    assertEquals(401, withKey.get("/api/flows").code);
    assertEquals("API_KEY_NOT_FOUND", c.delete("/api/auth/api-keys/" + id).error());
  }

  @Test void seedAliasesAnswerWithTheSameHandlers(ReferenceServer server) {
    TestClient c = new TestClient(server).login();
    String hello = server.flowId("Hello");
    assertEquals(hello, c.get("/api/workflows/" + hello).json().get("id"));
    assertEquals(201, c.post("/api/workflows/" + hello + "/run", Json.obj("input", Json.obj())).code);
    TestClient.Res flowAi = c.execute(new Request.Builder()
        .url(server.url().resolve("/v1/api/workflow/run/" + server.flowId("Story")))
        .header("X-API-KEY", server.demoApiKey())
        .post(okhttp3.RequestBody.create("{\"input\":{\"topic\":\"cats\"}}", null))
        .build());
    assertEquals(200, flowAi.code, flowAi.body);
    assertTrue(flowAi.json().get("total_time") instanceof java.math.BigDecimal, "seconds, with a fraction");
    assertEquals("SUCCEEDED", flowAi.json().get("status"));
    List<String> routes = server.routes();
    assertTrue(routes.contains("POST /v1/api/workflow/run/{id}"));
    assertTrue(routes.contains("GET /api/workflows/{id}"));
    assertTrue(routes.contains("POST /api/flows/{id}/run"));
    assertTrue(routes.contains("GET /api/runs/{id}/events"));
  }
}
