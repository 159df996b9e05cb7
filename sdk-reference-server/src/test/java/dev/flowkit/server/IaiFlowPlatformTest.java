package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server as IAI Flow, checked over raw HTTP against the quickstart, the API reference and the
 * schemas page (WorkflowDefinition, ExecutionRun, ExecutionStepLog).
 */
class IaiFlowPlatformTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).start();
  private final TestClient c = new TestClient(server);

  @AfterEach void close() {
    server.close();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> items(TestClient.Res r) {
    assertEquals(Set.of("items"), r.json().keySet(), r.body);
    return (List<Map<String, Object>>) r.json().get("items");
  }

  @Test void quickstartLoginListRunAndReadTheRunAsTheDocumentShows() throws Exception {
    TestClient.Res login = c.post("/api/auth/login",
        Json.obj("email", ReferenceServer.DEMO_EMAIL, "password", ReferenceServer.DEMO_PASSWORD));
    assertEquals(200, login.code);
    assertTrue(login.headers.get("Set-Cookie").startsWith("iai_session="));
    assertEquals(Set.of("authenticated", "user", "workspace"), login.json().keySet());
    assertEquals(true, c.get("/api/auth/session").json().get("authenticated"));

    List<Map<String, Object>> flows = items(c.get("/api/flows"));
    assertEquals(5, flows.size());
    Map<String, Object> hello = flows.stream().filter(f -> "Hello".equals(f.get("name"))).findFirst().orElseThrow();
    assertEquals(Set.of("id", "name", "status", "version", "workspace_id", "definition_json", "created_at",
        "updated_at"), hello.keySet());
    assertEquals("active", hello.get("status"));
    assertEquals(1L, hello.get("version"));
    Map<?, ?> definition = (Map<?, ?>) Json.parse((String) hello.get("definition_json"));
    assertEquals(Set.of("name", "nodes", "edges"), definition.keySet(), "a WorkflowDefinition");
    assertEquals(List.of("manual_trigger", "js_transform"),
        ((List<?>) definition.get("nodes")).stream().map(n -> ((Map<?, ?>) n).get("type")).toList());

    TestClient.Res trigger = c.post("/api/workflows/" + hello.get("id") + "/run",
        Json.obj("input", Json.obj("name", "Ada")));
    assertEquals(201, trigger.code, trigger.body);
    assertEquals(Set.of("run_id", "status", "started_at"), trigger.json().keySet());
    assertEquals("running", trigger.json().get("status"));
    String runId = (String) trigger.json().get("run_id");

    Map<String, Object> run = awaitRun(runId, "success");
    assertEquals(Set.of("id", "workflow_id", "workflow_name", "status", "triggered_by", "input", "output",
        "error_text", "duration_ms", "node_count", "workspace_id", "started_at", "finished_at", "created_at"),
        run.keySet(), "every field of the schemas page's ExecutionRun");
    assertEquals(Json.obj("name", "Ada"), run.get("input"));
    assertEquals(2L, run.get("node_count"));
    assertEquals(hello.get("workspace_id"), run.get("workspace_id"));
    assertTrue(run.get("created_at") instanceof String);
    assertEquals(hello.get("id"), run.get("workflow_id"));
    assertEquals("Hello", run.get("workflow_name"));
    assertEquals("manual", run.get("triggered_by"));
    assertEquals(Json.obj("greeting", "Hello, Ada!"), run.get("output"));
    assertTrue(run.get("duration_ms") instanceof Long);
    assertEquals(null, run.get("error_text"));

    List<Map<String, Object>> succeeded = items(c.get("/api/runs?limit=50&status=success"));
    assertEquals(List.of(runId), succeeded.stream().map(r -> r.get("id")).toList());
    assertEquals(List.of(), items(c.get("/api/runs?status=failed")));
    TestClient.Res stepsRes = c.get("/api/runs/" + runId + "/steps");
    assertEquals(Set.of("steps"), stepsRes.json().keySet(), stepsRes.body);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps = (List<Map<String, Object>>) stepsRes.json().get("steps");
    assertEquals(List.of("trigger", "greet"), steps.stream().map(s -> s.get("node_id")).toList());
    Map<String, Object> greet = steps.get(1);
    assertEquals(Set.of("id", "run_id", "node_id", "node_type", "node_name", "status", "input", "output", "error",
        "duration_ms", "started_at", "finished_at"), greet.keySet(), "every field of ExecutionStepLog");
    assertEquals("success", greet.get("status"));
    assertEquals("js_transform", greet.get("node_type"));
    assertEquals("Greet", greet.get("node_name"));
    assertEquals(runId, greet.get("run_id"));
    assertEquals(Json.obj("name", "Ada"), greet.get("input"));
    assertEquals(Json.obj("greeting", "Hello, Ada!"), greet.get("output"));
    assertEquals(1, items(c.get("/api/dashboard/runs/latest")).size());

    assertEquals(204, c.delete("/api/auth/session").code);
    assertEquals(401, c.get("/api/flows").code);
  }

  @Test void aFailingRunIsFailedWithItsErrorText() throws Exception {
    c.login();
    String runId = (String) c.post("/api/workflows/" + server.flowId("Failing") + "/run", Json.obj()).json()
        .get("run_id");
    Map<String, Object> run = awaitRun(runId, "failed");
    assertEquals("boom", run.get("error_text"));
    assertEquals(null, run.get("output"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps = (List<Map<String, Object>>) c.get("/api/runs/" + runId + "/steps").json().get("steps");
    assertEquals("failed", steps.get(1).get("status"));
    assertEquals("boom", steps.get(1).get("error"));
  }

  @Test void errorsAreAHumanReadableMessageOnly() {
    TestClient.Res anonymous = c.get("/api/flows");
    assertEquals(401, anonymous.code);
    assertEquals(Set.of("error"), anonymous.json().keySet());
    assertTrue(anonymous.error().contains("session cookie"), anonymous.error());

    TestClient.Res withKey = new TestClient(server).withKey(server.demoApiKey()).get("/api/flows");
    assertEquals(401, withKey.code, "IAI Flow has no API keys; only the session cookie signs in");

    c.login();
    TestClient.Res missing = c.get("/api/workflows/flow_nope");
    assertEquals(404, missing.code);
    assertEquals(Json.obj("error", "Flow flow_nope not found"), missing.json());
    TestClient.Res badStatus = c.get("/api/runs?status=SUCCEEDED");
    assertEquals(400, badStatus.code);
    assertEquals(Set.of("error"), badStatus.json().keySet());
    TestClient.Res noName = c.post("/api/flows", Json.obj());
    assertEquals(400, noName.code);
    assertEquals(Json.obj("error", "Field 'name' is invalid: required"), noName.json());
    assertEquals(404, c.get("/api/flows/" + server.flowId("Hello")).code, "the contract's path is not IAI Flow's");
  }

  static String echoDefinition() {
    return Json.write(Json.obj("name", "Echo", "nodes", List.of(
        Json.obj("id", "start", "type", "manual_trigger", "config", Json.obj()),
        Json.obj("id", "echo", "type", "js_transform", "config", Json.obj("fn", "(input) => ({ echo: input.word })"))),
        "edges", List.of(Json.obj("id", "e1", "source", "start", "target", "echo"))));
  }

  @Test void aCreatedFlowIsADraftUntilPutActiveThenRuns() throws Exception {
    c.login();
    String definition = echoDefinition();
    TestClient.Res created = c.post("/api/flows", Json.obj("name", "Echo", "definition_json", definition));
    assertEquals(201, created.code, created.body);
    Map<?, ?> flow = (Map<?, ?>) created.json().get("flow");
    assertEquals("draft", flow.get("status"));
    String id = (String) flow.get("id");
    TestClient.Res draftRun = c.post("/api/workflows/" + id + "/run", Json.obj());
    assertEquals(409, draftRun.code);
    assertEquals(Set.of("error"), draftRun.json().keySet());

    TestClient.Res active = c.put("/api/workflows/" + id, Json.obj("status", "active", "name", "Echo 2"));
    assertEquals(200, active.code, active.body);
    assertEquals("active", ((Map<?, ?>) active.json().get("flow")).get("status"));
    assertEquals("Echo 2", ((Map<?, ?>) active.json().get("flow")).get("name"));
    String runId = (String) c.post("/api/workflows/" + id + "/run", Json.obj("input", Json.obj("word", "hi")))
        .json().get("run_id");
    assertEquals(Json.obj("echo", "hi"), awaitRun(runId, "success").get("output"));
    assertEquals(definition, ((Map<?, ?>) c.get("/api/workflows/" + id).json().get("flow")).get("definition_json"),
        "the definition is kept exactly as written");

    TestClient.Res archived = c.put("/api/workflows/" + id, Json.obj("status", "archived"));
    assertEquals("archived", ((Map<?, ?>) archived.json().get("flow")).get("status"));
    assertEquals(204, c.delete("/api/workflows/" + id).code);
    assertEquals(404, c.get("/api/workflows/" + id).code);
  }

  @Test void flowIdsLookLikeTheDocumentsOnes() {
    c.login();
    // Seeds 000/002 show a flow as "wf_abc123" and a run as "run_abc123".
    assertTrue(server.flowId("Hello").startsWith("wf_"), server.flowId("Hello"));
    Map<?, ?> flow = (Map<?, ?>) c.post("/api/flows", Json.obj("name", "A")).json().get("flow");
    assertTrue(((String) flow.get("id")).startsWith("wf_"), flow.toString());
  }

  @Test void aStatusPutIsTheStatusReachedOrAnError() {
    c.login();
    String draftId = (String) ((Map<?, ?>) c.post("/api/flows", Json.obj("name", "A")).json().get("flow")).get("id");
    assertEquals("draft", status(c.put("/api/workflows/" + draftId, Json.obj("status", "draft"))));
    assertEquals("archived", status(c.put("/api/workflows/" + draftId, Json.obj("status", "archived"))));

    TestClient.Res back = c.put("/api/workflows/" + draftId, Json.obj("status", "draft"));
    assertEquals(409, back.code, back.body);
    assertEquals(Set.of("error"), back.json().keySet());
    assertEquals("archived", ((Map<?, ?>) c.get("/api/workflows/" + draftId).json().get("flow")).get("status"));
    assertEquals("active", status(c.put("/api/workflows/" + draftId, Json.obj("status", "active"))));
  }

  private static Object status(TestClient.Res res) {
    assertEquals(200, res.code, res.body);
    return ((Map<?, ?>) res.json().get("flow")).get("status");
  }

  private Map<String, Object> awaitRun(String runId, String status) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<String, Object> run = null;
    while (System.nanoTime() < deadline) {
      TestClient.Res r = c.get("/api/runs/" + runId);
      assertEquals(Set.of("run"), r.json().keySet(), r.body);
      @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) r.json().get("run");
      run = m;
      if (status.equals(run.get("status"))) return run;
      Thread.sleep(10);
    }
    throw new AssertionError("run never reached " + status + ": " + run);
  }

  @Test void theStandaloneJourneyIsTheQuickstarts() {
    String journey = server.curlJourney();
    assertTrue(journey.contains("/api/auth/login"), journey);
    assertTrue(journey.contains("/api/workflows/" + server.flowId("Hello") + "/run"), journey);
    assertTrue(journey.contains("/api/runs?limit=50&status=success"), journey);
    assertNotNull(ReferenceServerMain.banner(server));
  }
}
