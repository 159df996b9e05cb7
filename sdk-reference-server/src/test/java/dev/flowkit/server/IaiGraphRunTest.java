package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowkit.server.fuzz.SpecDocument;
import dev.flowkit.server.internal.Json;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * IAI Flow definitions run as graphs on the engine, over raw HTTP: edges with conditions pick the
 * path, nodes no path reaches are skipped, an {@code http_request} calls the URL a test gives, a
 * transform runs the JavaScript subset or fails saying what it cannot run, and a definition that
 * is not one is a 400 naming where.
 */
class IaiGraphRunTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).start();
  private final TestClient c = new TestClient(server).login();
  private final MockWebServer target = new MockWebServer();

  @AfterEach void close() throws Exception {
    server.close();
    target.close();
  }

  static Map<String, Object> node(String id, String type, Map<String, Object> config) {
    return Json.obj("id", id, "type", type, "config", config);
  }

  static Map<String, Object> edge(String id, String source, String target, String condition) {
    Map<String, Object> e = Json.obj("id", id, "source", source, "target", target);
    if (condition != null) e.put("condition", condition);
    return e;
  }

  /** Creates and publishes a flow with this definition; returns its id. */
  private String publish(String name, List<Object> nodes, List<Object> edges) {
    String definition = Json.write(Json.obj("name", name, "nodes", nodes, "edges", edges));
    TestClient.Res created = c.post("/api/flows", Json.obj("name", name, "definition_json", definition));
    assertEquals(201, created.code, created.body);
    String id = (String) ((Map<?, ?>) created.json().get("flow")).get("id");
    assertEquals(200, c.put("/api/workflows/" + id, Json.obj("status", "active")).code);
    return id;
  }

  private Map<String, Object> runToEnd(String flowId, Map<String, Object> input) throws InterruptedException {
    return await((String) c.post("/api/workflows/" + flowId + "/run", Json.obj("input", input)).json().get("run_id"));
  }

  /** The run once it ended (bounded: 10 s). */
  Map<String, Object> await(String runId) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      Map<?, ?> run = (Map<?, ?>) c.get("/api/runs/" + runId).json().get("run");
      if (!"running".equals(run.get("status")) && !"pending".equals(run.get("status"))) {
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) run;
        return m;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("run " + runId + " did not end");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> steps(Map<String, Object> run) {
    return (List<Map<String, Object>>) c.get("/api/runs/" + run.get("id") + "/steps").json().get("steps");
  }

  private static Map<String, String> statuses(List<Map<String, Object>> steps) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Map<String, Object> s : steps) out.put((String) s.get("node_id"), (String) s.get("status"));
    return out;
  }

  @Test void edgeConditionsPickThePathAndTheRestIsSkipped() throws Exception {
    String id = publish("Branch", List.of(
        node("start", "manual_trigger", Json.obj()),
        node("check", "condition", Json.obj("field", "amount", "operator", "gt", "value", 100)),
        node("big", "js_transform", Json.obj("fn", "(c, ctx) => ({ size: 'big', amount: ctx.input.amount })")),
        node("small", "js_transform", Json.obj("fn", "(c, ctx) => ({ size: 'small', amount: ctx.input.amount })")),
        node("after_small", "log", Json.obj("message", "small order {{input.amount}}"))),
        List.of(edge("e1", "start", "check", null), edge("e2", "check", "big", "output.result"),
            edge("e3", "check", "small", "!output.result"), edge("e4", "small", "after_small", null)));

    Map<String, Object> big = runToEnd(id, Json.obj("amount", 250));
    assertEquals("success", big.get("status"), big.toString());
    assertEquals(Json.obj("size", "big", "amount", 250L), big.get("output"));
    List<Map<String, Object>> bigSteps = steps(big);
    assertEquals(Map.of("start", "success", "check", "success", "big", "success", "small", "skipped",
        "after_small", "skipped"), statuses(bigSteps));
    Map<String, Object> check = bigSteps.get(1);
    assertEquals(Json.obj("result", true, "field", "amount", "value", 250L), check.get("output"));
    Map<String, Object> skipped = bigSteps.stream().filter(s -> "small".equals(s.get("node_id"))).findFirst().orElseThrow();
    assertEquals(null, skipped.get("output"));
    assertTrue(skipped.get("started_at") instanceof String && skipped.get("finished_at") instanceof String,
        "the schema makes started_at and finished_at required");

    Map<String, Object> small = runToEnd(id, Json.obj("amount", 5));
    assertEquals(Map.of("start", "success", "check", "success", "big", "skipped", "small", "success",
        "after_small", "success"), statuses(steps(small)));
    assertEquals(Json.obj("size", "small", "amount", 5L), small.get("output"), "a log node passes its input on");
    assertTrue(c.get("/api/logs/" + small.get("id")).json().get("items").toString().contains("small order 5"));
  }

  @Test void aNodeAfterTwoPathsGetsBothOutputsByNodeId() throws Exception {
    String id = publish("Join", List.of(
        node("a", "manual_trigger", Json.obj()),
        node("left", "js_transform", Json.obj("fn", "(i) => i.x + 1")),
        node("right", "js_transform", Json.obj("fn", "(i) => i.x * 10")),
        node("join", "js_transform", Json.obj("fn", "(both) => ({ sum: both.left + both.right })"))),
        List.of(edge("e1", "a", "left", null), edge("e2", "a", "right", null),
            edge("e3", "left", "join", null), edge("e4", "right", "join", null)));
    Map<String, Object> run = runToEnd(id, Json.obj("x", 2));
    assertEquals(Json.obj("sum", 23L), run.get("output"));
    assertEquals(4L, run.get("node_count"));
  }

  @Test void anHttpRequestCallsTheUrlTheTestGives() throws Exception {
    target.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
        .body("{\"order\":\"o_1\",\"late\":true}").build());
    target.start(InetAddress.getByName("127.0.0.1"), 0);
    String id = publish("Fetch", List.of(
        node("start", "manual_trigger", Json.obj()),
        node("fetch", "http_request", Json.obj("url", target.url("/orders").toString() + "?id={{input.id}}",
            "method", "POST", "headers", Json.obj("X-Token", "t-{{input.id}}"), "body", Json.obj("id", "{{input.id}}"))),
        node("late", "js_transform", Json.obj("fn", "(r) => `order ${r.body.order} is late (${r.status})`"))),
        List.of(edge("e1", "start", "fetch", null), edge("e2", "fetch", "late", "output.body.late === true")));
    Map<String, Object> run = runToEnd(id, Json.obj("id", "o_1"));
    assertEquals("success", run.get("status"), run.toString());
    assertEquals("order o_1 is late (201)", run.get("output"));

    RecordedRequest sent = target.takeRequest();
    assertEquals("POST", sent.getMethod());
    assertEquals("/orders?id=o_1", sent.getTarget());
    assertEquals("t-o_1", sent.getHeaders().get("X-Token"));
    assertEquals("{\"id\":\"o_1\"}", sent.getBody().utf8());
    Map<String, Object> fetch = steps(run).get(1);
    assertEquals(201L, ((Map<?, ?>) fetch.get("output")).get("status"));
    assertEquals(Json.obj("order", "o_1", "late", true), ((Map<?, ?>) fetch.get("output")).get("body"));
  }

  @Test void anUnreachableUrlFailsTheNodeWithItsReason() throws Exception {
    String id = publish("Down", List.of(node("start", "manual_trigger", Json.obj()),
        node("fetch", "http_request", Json.obj("url", "http://127.0.0.1:1/nothing"))),
        List.of(edge("e1", "start", "fetch", null)));
    Map<String, Object> run = runToEnd(id, Json.obj());
    assertEquals("failed", run.get("status"));
    assertTrue(((String) run.get("error_text")).startsWith("http_request node fetch: calling http://127.0.0.1:1/"),
        String.valueOf(run.get("error_text")));
  }

  @Test void codeOutsideTheSubsetFailsTheRunSayingWhatItCannotRun() throws Exception {
    String loop = publish("Loop", List.of(node("start", "manual_trigger", Json.obj()),
        node("sum", "js_transform", Json.obj("fn", "(i) => { let t = 0; for (const x of i.xs) t += x; return t }"))),
        List.of(edge("e1", "start", "sum", null)));
    Map<String, Object> run = runToEnd(loop, Json.obj("xs", List.of(1, 2)));
    assertEquals("failed", run.get("status"));
    assertTrue(((String) run.get("error_text")).contains("'for'")
        && ((String) run.get("error_text")).contains("not in the JavaScript subset"), String.valueOf(run.get("error_text")));
    Map<String, Object> step = steps(run).get(1);
    assertEquals("failed", step.get("status"));
    assertEquals(run.get("error_text"), step.get("error"));

    String sql = publish("Sql", List.of(node("start", "manual_trigger", Json.obj()),
        node("q", "d1_query", Json.obj("sql", "select 1"))), List.of(edge("e1", "start", "q", null)));
    assertEquals("d1_query node q: the reference server has no D1 database to query", runToEnd(sql, Json.obj()).get("error_text"));
    String future = publish("Future", List.of(node("start", "manual_trigger", Json.obj()),
        node("ocr", "vision.ocr", Json.obj())), List.of(edge("e1", "start", "ocr", null)));
    assertEquals("node ocr has the type 'vision.ocr', which the reference server does not run",
        runToEnd(future, Json.obj()).get("error_text"));
  }

  @Test void aPromptStreamsTokenByTokenIntoTheRunsLogs() throws Exception {
    Map<String, Object> run = runToEnd(server.flowId("Story"), Json.obj("topic", "AI"));
    String runId = (String) run.get("id");
    assertEquals(Json.obj("summary", "Once upon a time, AI quietly changed everything for one small curious town."),
        run.get("output"), run.toString());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> logs = (List<Map<String, Object>>) c.get("/api/logs/" + runId).json().get("items");
    List<Object> tokens = logs.stream().filter(l -> "write".equals(l.get("node_id")) && "debug".equals(l.get("level")))
        .map(l -> l.get("message")).toList();
    assertEquals(List.of("Once", " upon", " a", " time,", " AI", " quietly", " changed", " everything", " for", " one",
        " small", " curious", " town."), tokens);
    assertEquals(Set.of("id", "run_id", "workspace_id", "level", "message", "node_id", "data", "created_at"),
        logs.get(0).keySet());
  }

  @Test void kvNodesWriteAndReadTheWorkspacesStore() throws Exception {
    String id = publish("Kv", List.of(node("start", "manual_trigger", Json.obj()),
        node("put", "kv_set", Json.obj("key", "last-{{input.who}}", "value", "{{input.n}}")),
        node("get", "kv_get", Json.obj("key", "last-{{input.who}}"))),
        List.of(edge("e1", "start", "put", null), edge("e2", "put", "get", null)));
    assertEquals(7L, runToEnd(id, Json.obj("who", "ada", "n", 7)).get("output"));
  }

  @Test void aRunCreatedThroughTheApiIsTriggeredByApi() throws Exception {
    TestClient.Res created = c.post("/api/runs", Json.obj("workflow_id", server.flowId("Hello"), "input",
        Json.obj("name", "Api")));
    assertEquals(201, created.code, created.body);
    Map<?, ?> run = (Map<?, ?>) created.json().get("run");
    assertEquals("api", run.get("triggered_by"));
    assertEquals(Json.obj("name", "Api"), run.get("input"));
    assertEquals(Json.obj("greeting", "Hello, Api!"), await((String) run.get("id")).get("output"));
    assertEquals(400, c.post("/api/runs", Json.obj()).code);
    assertEquals(Json.obj("error", "Field 'workflow_id' is invalid: required"), c.post("/api/runs", Json.obj()).json());
    assertEquals(404, c.post("/api/runs", Json.obj("workflow_id", "wf_nope")).code);
  }

  /** The spec's examples of {@code definition_json} are what the fuzz sends: each is taken, kept as written, and runs. */
  @Test void everyDefinitionTheSpecShowsIsTakenKeptAndRuns() throws Exception {
    JsonNode examples = SpecDocument.load("platforms/iai-flow.yaml").resolve(
        new ObjectMapper().readTree("{\"$ref\":\"#/components/schemas/DefinitionJson\"}")).get("examples");
    assertTrue(examples.size() >= 5, "the spec shows definitions of several shapes");
    for (JsonNode example : examples) {
      String definition = example.asText();
      TestClient.Res created = c.post("/api/flows", Json.obj("name", "Example", "definition_json", definition));
      assertEquals(201, created.code, definition + " -> " + created.body);
      Map<?, ?> flow = (Map<?, ?>) created.json().get("flow");
      assertEquals(definition, flow.get("definition_json"));
      String id = (String) flow.get("id");
      assertEquals(200, c.put("/api/workflows/" + id, Json.obj("status", "active")).code);
      Map<String, Object> run = runToEnd(id, Json.obj("name", "Ada"));
      assertTrue(Set.of("success", "failed").contains(run.get("status")), definition + " -> " + run);
    }
  }

  @Test void aDefinitionThatIsNotOneIsRefusedNamingWhere() {
    String[][] cases = {
      {"{\"trigger\":{\"name\":\"t\",\"type\":\"MANUAL\"}}", "Field 'definition_json' is invalid: must be a WorkflowDefinition {name, nodes, edges}, not a step chain {trigger}"},
      {"{...}", "Field 'definition_json' is invalid: is not valid JSON"},
      {"{\"name\":\"x\",\"nodes\":[],\"edges\":{}}", "Field 'definition_json.edges' is invalid: must be an array"},
      {"{\"name\":\"x\",\"nodes\":[{\"id\":\"a\",\"type\":\"log\",\"config\":{}},{\"id\":\"a\",\"type\":\"log\",\"config\":{}}],\"edges\":[]}",
          "Field 'definition_json.nodes[1].id' is invalid: 'a' is used by another node"},
      {"{\"name\":\"x\",\"nodes\":[{\"id\":\"a\",\"type\":\"log\",\"config\":{}}],\"edges\":[{\"id\":\"e\",\"source\":\"a\",\"target\":\"b\"}]}",
          "Field 'definition_json.edges[0]' is invalid: joins 'b', which is not a node of the definition"},
      {"{\"name\":\"x\",\"nodes\":[{\"id\":\"a\",\"type\":\"log\",\"config\":{}},{\"id\":\"b\",\"type\":\"log\",\"config\":{}}],\"edges\":["
          + "{\"id\":\"e1\",\"source\":\"a\",\"target\":\"b\"},{\"id\":\"e2\",\"source\":\"b\",\"target\":\"a\"}]}",
          "Field 'definition_json.edges' is invalid: form a cycle: a -> b -> a; a run could never end"},
      {"{\"name\":\"x\",\"nodes\":[{\"id\":\"a\",\"type\":\"log\"}],\"edges\":[]}",
          "Field 'definition_json.nodes[0].config' is invalid: required (an object; {} for none)"},
      {"{\"name\":\"x\",\"nodes\":[{\"id\":\"a\",\"type\":\"log\",\"config\":[]}],\"edges\":[]}",
          "Field 'definition_json.nodes[0].config' is invalid: must be an object"},
      {"{\"name\":\"x\",\"entry\":null,\"nodes\":[],\"edges\":[]}",
          "Field 'definition_json.entry' is invalid: must be a string, not null"},
      {"{\"name\":\"x\",\"entry\":\"z\",\"nodes\":[],\"edges\":[]}", "Field 'definition_json.entry' is invalid: 'z' is not a node of the definition"},
    };
    for (String[] x : cases) {
      TestClient.Res r = c.post("/api/flows", Json.obj("name", "Bad", "definition_json", x[0]));
      assertEquals(400, r.code, x[0]);
      assertTrue(r.error().startsWith(x[1]), x[0] + " -> " + r.error());
    }
  }
}
