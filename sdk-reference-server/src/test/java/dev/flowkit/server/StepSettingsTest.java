package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flowkit.server.fuzz.SpecDocument;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Steps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Steps are checked on every write as the spec describes them: triggers and actions have their
 * own types, each action type its settings. What is stored always reads back as the spec says,
 * and a refused edit leaves the flow as it was.
 */
@ReferenceServerTest
class StepSettingsTest {
  private static SpecDocument spec;

  @BeforeAll
  static void loadSpec() {
    spec = SpecDocument.load("flow-api.yaml");
  }

  private static Map<String, Object> step(String name, String type, Map<String, Object> settings) {
    return Json.obj("name", name, "type", type, "settings", settings);
  }

  private static TestClient.Res op(TestClient c, String id, String type, Map<String, Object> request) {
    return c.post("/api/flows/" + id, Json.obj("type", type, "request", request));
  }

  /** The answer at {@code path} as the spec describes it, or the spec's complaints. */
  private static void assertReadsAsTheSpecSays(TestClient c, String path) {
    TestClient.Res r = c.get(path);
    assertEquals(200, r.code, r.body);
    ValidationReport report = spec.validator().validateResponse(path.replaceAll("\\?.*", ""), Request.Method.GET,
        SimpleResponse.Builder.status(200).withContentType("application/json").withBody(r.body)
            .withHeader("X-Request-Id", r.headers.get("X-Request-Id")).build());
    List<String> errors = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) errors.add(m.getKey() + ": " + m.getMessage());
    }
    assertEquals(List.of(), errors, path + " -> " + r.body);
  }

  @Test void theSpecsStepTypesAreTheServers() {
    JsonNode triggerTypes = schema("TriggerType").get("enum");
    JsonNode actionTypes = schema("ActionType").get("enum");
    assertEquals(Steps.TRIGGER_TYPES, strings(triggerTypes));
    assertEquals(Steps.ACTION_TYPES, strings(actionTypes));
  }

  private static JsonNode schema(String name) {
    return spec.resolve(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("$ref", "#/components/schemas/" + name));
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test void aTriggerTakesOnlyATriggerTypeAndAnActionOnlyAnActionType(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    TestClient.Res actionAsTrigger = c.post("/api/flows", Json.obj("displayName", "x", "trigger", step("t", "SET", Json.obj())));
    assertEquals(400, actionAsTrigger.code);
    assertEquals("trigger.type", ((Map<?, ?>) actionAsTrigger.json().get("details")).get("field"));
    assertTrue(actionAsTrigger.body.contains("'SET' is an action type; a trigger is one of MANUAL, SCHEDULE, WEBHOOK"),
        actionAsTrigger.body);
    String id = (String) c.post("/api/flows", Json.obj("displayName", "x")).json().get("id");
    TestClient.Res triggerAsAction = op(c, id, "ADD_ACTION", Json.obj("parentStep", "trigger", "action", step("a", "WEBHOOK", Json.obj())));
    assertEquals(400, triggerAsAction.code);
    assertTrue(triggerAsAction.body.contains("'WEBHOOK' is a trigger type; an action is one of"), triggerAsAction.body);
    assertEquals(200, op(c, id, "ADD_ACTION", Json.obj("parentStep", "trigger",
        "action", step("h", "HTTP", Json.obj("url", "http://127.0.0.1:9/x")))).code, "HTTP is an action type");
  }

  @Test void settingsAreCheckedForEveryActionTypeOnEveryWrite(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String id = (String) c.post("/api/flows", Json.obj("displayName", "x")).json().get("id");
    List<Map<String, Object>> bad = List.of(
        step("s", "SET", Json.obj("values", "not an object")),
        step("d", "DELAY", Json.obj("ms", "soon")),
        step("d", "DELAY", Json.obj("ms", 600_001)),
        step("f", "FAIL", Json.obj("message", Json.obj())),
        step("l", "LLM", Json.obj()),
        step("l", "LLM", Json.obj("text", "   ")),
        step("l", "LLM", Json.obj("text", "hi", "tokenDelayMs", -1)),
        step("b", "BRANCH", Json.obj("condition", 1)),
        step("b", "BRANCH", Json.obj("condition", "x", "onTrue", Json.obj("name", "y"))),
        step("h", "HTTP", Json.obj("url", Json.obj())),
        step("h", "HTTP", Json.obj("url", "http://x", "method", "TRACE")),
        step("h", "HTTP", Json.obj("url", "http://x", "headers", Json.obj("X-A", 1))),
        step("h", "HTTP", Json.obj("url", "http://x", "timeoutMs", 0)));
    for (Map<String, Object> action : bad) {
      Map<String, Object> trigger = Steps.defaultTrigger();
      trigger.put("nextAction", action);
      assertEquals(400, c.post("/api/flows", Json.obj("displayName", "x", "trigger", trigger)).code, action.toString());
      assertEquals(400, c.put("/api/flows/" + id, Json.obj("displayName", "x", "trigger", trigger)).code, action.toString());
      assertEquals(400, op(c, id, "IMPORT_FLOW", Json.obj("displayName", "x", "trigger", trigger)).code, action.toString());
      assertEquals(400, op(c, id, "UPDATE_TRIGGER", Json.obj("trigger", trigger)).code, action.toString());
      assertEquals(400, op(c, id, "ADD_ACTION", Json.obj("parentStep", "trigger", "action", action)).code, action.toString());
    }
    assertEquals(1, c.get("/api/flows/" + id + "/versions").data().size(), "no refused edit made a version");
    assertReadsAsTheSpecSays(c, "/api/flows/" + id);
  }

  @Test void whatIsStoredReadsBackAsTheSpecSays(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    // A trigger's settings are kept as given, whatever their keys; an action keeps unknown keys too.
    Map<String, Object> trigger = step("t", "WEBHOOK", Json.obj("url", Json.obj(), "ms", "any"));
    trigger.put("nextAction", step("b", "BRANCH", Json.obj("condition", true, "extra", List.of(1, 2),
        "onTrue", step("h", "HTTP", Json.obj("url", "{{input.url}}", "method", "POST", "body", Json.obj("a", 1))),
        "onFalse", null)));
    TestClient.Res created = c.post("/api/flows", Json.obj("displayName", "kept", "trigger", trigger));
    assertEquals(201, created.code, created.body);
    String id = (String) created.json().get("id");
    assertEquals(200, op(c, id, "ADD_ACTION", Json.obj("parentStep", "b",
        "action", step("l", "LLM", Json.obj("text", "hi", "tokenDelayMs", 0, "model", "any")))).code);
    assertEquals(200, op(c, id, "LOCK_AND_PUBLISH", Json.obj()).code);
    assertReadsAsTheSpecSays(c, "/api/flows/" + id);
    assertReadsAsTheSpecSays(c, "/api/flows");
    assertReadsAsTheSpecSays(c, "/api/flows/" + id + "/versions");
  }

  @Test void aRefusedEditLeavesTheFlowAsItWas(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String hello = server.flowId("Hello"); // published: an edit would first copy it into a new draft
    Map<String, Object> before = c.get("/api/flows/" + hello).json();
    assertEquals(404, op(c, hello, "ADD_ACTION", Json.obj("parentStep", "ghost", "action", step("a", "SET", Json.obj()))).code);
    assertEquals(409, op(c, hello, "ADD_ACTION", Json.obj("parentStep", "trigger", "action", step("greet", "SET", Json.obj()))).code);
    assertEquals(404, op(c, hello, "UPDATE_ACTION", Json.obj("action", step("ghost", "SET", Json.obj()))).code);
    assertEquals(404, op(c, hello, "DELETE_ACTION", Json.obj("name", "ghost")).code);
    assertEquals(404, op(c, hello, "USE_AS_DRAFT", Json.obj("versionId", "fv_ghost")).code);
    assertEquals(before, c.get("/api/flows/" + hello).json());
    assertEquals(1, c.get("/api/flows/" + hello + "/versions").data().size());
  }

  @Test void aChainTooDeepToAnswerIsRefusedWhetherSentWholeOrGrownStepByStep(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    List<Map<String, Object>> steps = new ArrayList<>();
    steps.add(Steps.defaultTrigger());
    for (int i = 1; i < 98; i++) steps.add(step("s" + i, "SET", Json.obj()));
    Map<String, Object> chain = steps.get(0);
    for (int i = 0; i + 1 < steps.size(); i++) steps.get(i).put("nextAction", steps.get(i + 1));
    // Answers nest a flow's steps two levels deeper than a request may; read them as text here.
    TestClient.Res created = c.post("/api/flows", Json.obj("displayName", "long", "trigger", chain));
    assertEquals(201, created.code, created.body);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"(flow_[0-9]+)\"").matcher(created.body);
    assertTrue(m.find());
    String id = m.group(1);
    String before = c.get("/api/flows/" + id).body;
    Map<String, Object> two = step("x1", "SET", Json.obj());
    two.put("nextAction", step("x2", "SET", Json.obj()));
    TestClient.Res grown = op(c, id, "ADD_ACTION", Json.obj("parentStep", "s97", "action", two));
    assertEquals(400, grown.code, grown.body);
    assertTrue(grown.body.contains("steps nest deeper than 100 levels"), grown.body);
    assertEquals(before, c.get("/api/flows/" + id).body);
    assertReadsAsTheSpecSays(c, "/api/flows");
  }

  @Test void aTemplatedValueTooDeepToKeepFailsTheStepNotTheRunList(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    Object deepSetting = "{{input.deep}}";
    for (int i = 0; i < 60; i++) deepSetting = Json.obj("d", deepSetting);
    Map<String, Object> trigger = Steps.defaultTrigger();
    trigger.put("nextAction", step("nest", "SET", Json.obj("values", deepSetting)));
    String id = (String) c.post("/api/flows", Json.obj("displayName", "deep", "trigger", trigger)).json().get("id");
    op(c, id, "LOCK_AND_PUBLISH", Json.obj());
    Object deepInput = "end";
    for (int i = 0; i < 60; i++) deepInput = List.of(deepInput);
    TestClient.Res run = c.post("/api/flows/" + id + "/run", Json.obj("input", Json.obj("deep", deepInput), "sync", true));
    assertEquals(200, run.code, run.body);
    assertEquals("FAILED", run.json().get("status"));
    assertTrue(((Map<?, ?>) run.json().get("error")).get("message").toString().contains("nest deeper than 100 levels"));
    assertReadsAsTheSpecSays(c, "/api/runs");
    assertEquals(200, c.get("/api/dashboard/runs/latest").code);
  }
}
