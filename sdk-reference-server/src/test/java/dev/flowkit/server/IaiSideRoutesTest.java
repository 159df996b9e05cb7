package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rest of IAI Flow's API reference over raw HTTP: logs (list by run, write, all of a run), the
 * node catalog with search and category, agents that run for real on the engine (with their logs
 * and memory), templates and metrics.
 */
class IaiSideRoutesTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).start();
  private final TestClient c = new TestClient(server).login();

  @AfterEach void close() {
    server.close();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(TestClient.Res r) {
    assertEquals(200, r.code, r.body);
    assertEquals(Set.of("items"), r.json().keySet(), r.body);
    return (List<Map<String, Object>>) r.json().get("items");
  }

  private String helloRun() throws InterruptedException {
    String runId = (String) c.post("/api/workflows/" + server.flowId("Hello") + "/run",
        Json.obj("input", Json.obj("name", "A"))).json().get("run_id");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if ("success".equals(((Map<?, ?>) c.get("/api/runs/" + runId).json().get("run")).get("status"))) return runId;
      Thread.sleep(10);
    }
    throw new AssertionError("the run did not succeed");
  }

  @Test void logsAreListedByRunWrittenAndReadForARun() throws Exception {
    String runId = helloRun();
    TestClient.Res written = c.post("/api/logs", Json.obj("run_id", runId, "message", "checked", "level", "warn",
        "data", Json.obj("by", "qa")));
    assertEquals(201, written.code, written.body);
    assertEquals(Set.of("id", "run_id", "workspace_id", "level", "message", "node_id", "data", "created_at"),
        written.json().keySet());
    assertEquals("warn", written.json().get("level"));
    assertEquals(Json.obj("by", "qa"), written.json().get("data"));

    List<Map<String, Object>> byRun = items(c.get("/api/logs?run_id=" + runId + "&limit=2"));
    assertEquals(2, byRun.size(), "?limit= bounds the list");
    assertEquals("checked", byRun.get(0).get("message"), "newest first");
    List<Map<String, Object>> all = items(c.get("/api/logs/" + runId));
    assertEquals("Run started", all.get(0).get("message"), "a run's logs are oldest first");
    assertEquals("checked", all.get(all.size() - 1).get("message"));
    assertTrue(all.stream().anyMatch(l -> "Node greet succeeded".equals(l.get("message"))), all.toString());

    assertEquals(400, c.get("/api/logs?limit=501").code);
    assertEquals(Json.obj("error", "Field 'message' is invalid: required"), c.post("/api/logs", Json.obj()).json());
    assertEquals(400, c.post("/api/logs", Json.obj("message", "x", "level", "loud")).code);
    assertEquals(404, c.post("/api/logs", Json.obj("message", "x", "run_id", "run_nope")).code);
    assertEquals(404, c.get("/api/logs/run_nope").code);
  }

  @Test void theNodeCatalogHasTheFifteenDocumentedTypesAndFilters() {
    List<Map<String, Object>> all = items(c.get("/api/nodes"));
    assertEquals(List.of("claude", "ai.agent", "ai.prompt", "http_request", "js_transform", "condition", "d1_query",
        "kv_get", "kv_set", "log", "manual_trigger", "schedule", "webhook", "http_trigger", "classify"),
        all.stream().map(n -> n.get("type")).toList());
    assertEquals(Json.obj("type", "http_request", "name", "HTTP request", "category", "integration",
        "description", "HTTP call", "config", List.of("url", "method", "headers", "body")), all.get(3));
    assertEquals(List.of("manual_trigger", "schedule", "webhook", "http_trigger"),
        items(c.get("/api/nodes?category=trigger")).stream().map(n -> n.get("type")).toList());
    assertEquals(List.of("kv_get", "kv_set"), items(c.get("/api/nodes?search=KV")).stream().map(n -> n.get("type")).toList());
    assertEquals(List.of("claude"), items(c.get("/api/nodes?search=claude&category=ai")).stream().map(n -> n.get("type")).toList());
  }

  @Test void agentsRunTheirDefinitionOnTheEngineAndRememberWhatTheyAreTold() throws Exception {
    List<Map<String, Object>> agents = items(c.get("/api/agents"));
    assertEquals(List.of("agent_writer", "agent_fetcher"), agents.stream().map(a -> a.get("id")).toList());
    assertEquals(Set.of("id", "name", "description", "system_prompt", "tools", "max_iterations"), agents.get(0).keySet());

    TestClient.Res remembered = c.post("/api/agent/memory", Json.obj("agent_id", "agent_writer", "key", "style",
        "value", "formal"));
    assertEquals(201, remembered.code, remembered.body);
    assertEquals(Set.of("id", "agent_id", "run_id", "workspace_id", "key", "value", "created_at", "updated_at"),
        remembered.json().keySet());
    TestClient.Res again = c.post("/api/agent/memory", Json.obj("agent_id", "agent_writer", "key", "style", "value", "terse"));
    assertEquals(200, again.code, "the same key is a new value, not a second entry");
    assertEquals(remembered.json().get("id"), again.json().get("id"));
    List<Map<String, Object>> memory = items(c.get("/api/agent/memory?agent_id=agent_writer"));
    assertEquals(1, memory.size());
    assertEquals("terse", memory.get(0).get("value"));

    TestClient.Res ran = c.post("/api/agent/run", Json.obj("agent_id", "agent_writer", "task", "a thank-you note"));
    assertEquals(200, ran.code, ran.body);
    Map<String, Object> run = ran.json();
    assertEquals(Set.of("id", "agent_id", "run_id", "status", "input", "output", "error_text", "duration_ms",
        "started_at", "finished_at", "created_at"), run.keySet());
    assertEquals("success", run.get("status"));
    assertEquals(Json.obj("draft", "Draft (terse): a thank-you note"), run.get("output"), "its prompt read its memory");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps = (List<Map<String, Object>>) c.get("/api/runs/" + run.get("run_id") + "/steps")
        .json().get("steps");
    assertEquals(List.of("trigger", "draft", "shape"), steps.stream().map(s -> s.get("node_id")).toList());

    List<Map<String, Object>> logs = items(c.get("/api/agent/logs?agent_id=agent_writer"));
    assertEquals(List.of(run.get("id")), logs.stream().map(l -> l.get("id")).toList());
    assertEquals(List.of(), items(c.get("/api/agent/logs?agent_id=agent_fetcher")));
    assertEquals(List.of(), items(c.get("/api/runs")), "an agent's run is not a flow's run");
    assertEquals(0L, c.get("/api/metrics").json().get("total_runs"));

    assertEquals(404, c.post("/api/agent/run", Json.obj("agent_id", "agent_nope")).code);
    assertEquals(Json.obj("error", "Field 'agent_id' is invalid: required"), c.post("/api/agent/run", Json.obj()).json());
    assertEquals(400, c.post("/api/agent/memory", Json.obj("agent_id", "agent_writer", "key", "k")).code, "value is required");
  }

  @Test void theFetcherAgentCallsTheUrlItIsGiven() throws Exception {
    try (MockWebServer target = new MockWebServer()) {
      target.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body("{\"temp\":21}").build());
      target.start(InetAddress.getByName("127.0.0.1"), 0);
      TestClient.Res ran = c.post("/api/agent/run", Json.obj("agent_id", "agent_fetcher", "input",
          Json.obj("url", target.url("/weather").toString())));
      assertEquals("success", ran.json().get("status"), ran.body);
      assertEquals(Json.obj("status", 200L, "ok", true, "body", Json.obj("temp", 21L)), ran.json().get("output"));
      assertEquals("/weather", target.takeRequest().getTarget());
    }
  }

  @Test void templatesCarryDefinitionsAndMetricsCountFlowRuns() throws Exception {
    List<Map<String, Object>> templates = items(c.get("/api/templates"));
    assertEquals(Set.of("id", "name", "description", "category", "definition_json"), templates.get(0).keySet());
    for (Map<String, Object> t : templates) {
      TestClient.Res made = c.post("/api/flows", Json.obj("name", t.get("name"), "definition_json", t.get("definition_json")));
      assertEquals(201, made.code, "a template is a definition the server takes: " + made.body);
    }
    String runId = helloRun();
    Map<String, Object> metrics = c.get("/api/metrics").json();
    assertEquals(Set.of("total_runs", "success_runs", "failed_runs", "last_run_at"), metrics.keySet());
    assertEquals(1L, metrics.get("total_runs"));
    assertEquals(1L, metrics.get("success_runs"));
    assertEquals(0L, metrics.get("failed_runs"));
    assertEquals(((Map<?, ?>) c.get("/api/runs/" + runId).json().get("run")).get("created_at"), metrics.get("last_run_at"));
  }
}
