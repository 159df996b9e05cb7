package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.iaiflow.AgentMemory;
import dev.flowkit.workflows.iaiflow.AgentRun;
import dev.flowkit.workflows.iaiflow.AsyncIaiFlow;
import dev.flowkit.workflows.iaiflow.CreateWorkflowParams;
import dev.flowkit.workflows.iaiflow.ExecutionRun;
import dev.flowkit.workflows.iaiflow.ExecutionStatus;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import dev.flowkit.workflows.iaiflow.LogEntry;
import dev.flowkit.workflows.iaiflow.Metrics;
import dev.flowkit.workflows.iaiflow.Node;
import dev.flowkit.workflows.iaiflow.NodeConfig;
import dev.flowkit.workflows.iaiflow.NodeType;
import dev.flowkit.workflows.iaiflow.RunAgentParams;
import dev.flowkit.workflows.iaiflow.StepLog;
import dev.flowkit.workflows.iaiflow.StepStatus;
import dev.flowkit.workflows.iaiflow.UpdateWorkflowParams;
import dev.flowkit.workflows.iaiflow.Workflow;
import dev.flowkit.workflows.iaiflow.WorkflowDefinition;
import dev.flowkit.workflows.iaiflow.WorkflowStatus;
import dev.flowkit.workflows.iaiflow.WriteLogParams;
import dev.flowkit.workflows.iaiflow.WriteMemoryParams;
import dev.flowkit.workflows.models.TriggeredBy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code IaiFlow.of(client)} against IAI Flow's documented shapes: each call's exact request (method,
 * path, the platform's own query names, body) and what it decodes. Where the pages show a body
 * (flow, ExecutionRun, ExecutionStepLog, AgentMemory, health, metrics) it is copied from them;
 * where they list a route without a body, the shape is the reference server's (see
 * docs/api-decisions.md).
 */
class IaiFlowNativeSeedTest {
  private final SeedServer seed = new SeedServer();
  private final FlowClient client = FlowClient.builder().platform(Platform.IAI_FLOW).baseUrl(seed.url()).build();
  private final IaiFlow iai = IaiFlow.of(client);

  @AfterEach void close() {
    client.close();
    seed.close();
  }

  private static final String DEFINITION = "{\"name\":\"Greeter\",\"nodes\":["
      + "{\"id\":\"start\",\"type\":\"manual_trigger\",\"config\":{}},"
      + "{\"id\":\"greet\",\"type\":\"js_transform\",\"config\":{\"fn\":\"(i) => i\"}}],"
      + "\"edges\":[{\"id\":\"e1\",\"source\":\"start\",\"target\":\"greet\"}]}";

  /** The API reference's flow object, with a real definition in place of its "{...}". */
  private static String flow(String definition) {
    return "{\"id\": \"wf_abc123\", \"name\": \"My Flow\", \"status\": \"active\", \"version\": 1,"
        + " \"workspace_id\": \"ws_xyz\", \"definition_json\": \"" + definition.replace("\"", "\\\"") + "\","
        + " \"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"}";
  }

  @Test void flowsComeWithTheirDefinitions() {
    seed.json("GET /api/flows", 200, "{\"items\": [" + flow(DEFINITION) + "]}")
        .json("GET /api/workflows/wf_abc123", 200, "{\"flow\": " + flow(DEFINITION) + "}");
    List<Workflow> flows = iai.flows().list();
    assertEquals("GET /api/flows", seed.last().line());
    Workflow w = iai.flows().get("wf_abc123");
    assertEquals("GET /api/workflows/wf_abc123", seed.last().line());
    assertEquals(flows.get(0), w, "the list and the wrapped one decode the same");
    assertEquals("My Flow", w.name());
    assertEquals(WorkflowStatus.ACTIVE, w.status());
    assertEquals(Integer.valueOf(1), w.version());
    assertEquals("ws_xyz", w.workspaceId());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), w.createdAt());
    assertEquals(DEFINITION, w.definitionJson());
    assertEquals(WorkflowDefinition.parse(DEFINITION), w.definition());
    assertEquals("js_transform", w.definition().node("greet").type());
  }

  @Test void aDefinitionThatIsNotOneIsAnInvalidResponseNamingTheFlow() {
    seed.json("GET /api/workflows/wf_abc123", 200, "{\"flow\": " + flow("{...}") + "}");
    Workflow w = iai.flows().get("wf_abc123");
    assertEquals("{...}", w.definitionJson(), "the raw text stays readable");
    InvalidResponseException e = assertThrows(InvalidResponseException.class, w::definition);
    assertTrue(e.getMessage().startsWith("Workflow wf_abc123 has a definition_json that is not a WorkflowDefinition"),
        e.getMessage());
  }

  @Test void createAndUpdateWriteDefinitionJsonAsAString() {
    seed.json("POST /api/flows", 201, "{\"flow\": " + flow(DEFINITION) + "}")
        .json("PUT /api/workflows/wf_abc123", 200, "{\"flow\": " + flow(DEFINITION) + "}");
    WorkflowDefinition d = WorkflowDefinition.parse(DEFINITION);
    iai.flows().create(CreateWorkflowParams.of("Greeter", d));
    assertEquals("POST /api/flows", seed.last().line());
    assertEquals("{\"name\":\"Greeter\",\"definition_json\":\"" + DEFINITION.replace("\"", "\\\"") + "\"}", seed.last().body);

    WorkflowDefinition changed = d.toBuilder().node(Node.of("note", NodeConfig.log("done"))).connect("greet", "note").build();
    iai.flows().update("wf_abc123", UpdateWorkflowParams.builder().definition(changed).status(WorkflowStatus.ACTIVE).build());
    assertEquals("PUT /api/workflows/wf_abc123", seed.last().line());
    assertEquals("{\"definition_json\":\"" + changed.toJson().replace("\"", "\\\"") + "\",\"status\":\"active\"}",
        seed.last().body);
    assertThrows(IllegalStateException.class, () -> UpdateWorkflowParams.builder().build(), "nothing to update");
  }

  private static final String RUN = "{\"id\": \"run_abc123\", \"workflow_id\": \"wf_abc123\", \"workflow_name\": \"My Flow\","
      + " \"status\": \"success\", \"triggered_by\": \"api\", \"input\": {\"topic\": \"AI\"}, \"output\": {\"text\": \"done\"},"
      + " \"error_text\": null, \"duration_ms\": 1240, \"node_count\": 3, \"workspace_id\": \"ws_xyz\","
      + " \"started_at\": \"2026-01-01T00:00:00Z\", \"finished_at\": \"2026-01-01T00:00:01Z\","
      + " \"created_at\": \"2026-01-01T00:00:00Z\"}";

  @Test void runsHaveEveryFieldOfExecutionRun() {
    seed.json("POST /api/runs", 201, "{\"run\": " + RUN + "}")
        .json("GET /api/runs/run_abc123", 200, "{\"run\": " + RUN + "}")
        .json("GET /api/runs?limit=50&status=success", 200, "{\"items\": [" + RUN + "]}")
        .json("GET /api/runs", 200, "{\"items\": [" + RUN + "]}")
        .json("GET /api/dashboard/runs/latest", 200, "{\"items\": [" + RUN + "]}");
    ExecutionRun created = iai.runs().create("wf_abc123", Map.of("topic", "AI"));
    assertEquals("POST /api/runs", seed.last().line());
    assertEquals("{\"workflow_id\":\"wf_abc123\",\"input\":{\"topic\":\"AI\"}}", seed.last().body);
    ExecutionRun run = iai.runs().get("run_abc123");
    assertEquals(created, run);
    assertEquals(ExecutionStatus.SUCCESS, run.status());
    assertTrue(run.isTerminal());
    assertEquals(TriggeredBy.API, run.triggeredBy());
    assertEquals(Map.of("topic", "AI"), run.input());
    assertEquals(Map.of("text", "done"), run.output());
    assertNull(run.errorText());
    assertEquals(Long.valueOf(1240), run.durationMs());
    assertEquals(Integer.valueOf(3), run.nodeCount());
    assertEquals("ws_xyz", run.workspaceId());
    assertEquals(Instant.parse("2026-01-01T00:00:01Z"), run.finishedAt());
    assertEquals(List.of(run), iai.runs().list(50, ExecutionStatus.SUCCESS));
    assertEquals("GET /api/runs?limit=50&status=success", seed.last().line());
    iai.runs().list();
    assertEquals("GET /api/runs", seed.last().line());
    iai.runs().latest();
    assertEquals("GET /api/dashboard/runs/latest", seed.last().line());
    assertThrows(IllegalArgumentException.class, () -> iai.runs().list(501, null), "the platform takes 1..500");
  }

  @Test void stepLogsAreTheSchemasPagesShape() {
    seed.json("GET /api/runs/run_abc123/steps", 200, "{\"steps\": [{\"id\": \"sl_1\", \"run_id\": \"run_abc123\","
        + " \"node_id\": \"notify\", \"node_type\": \"claude\", \"node_name\": \"Notify\", \"status\": \"skipped\","
        + " \"started_at\": \"2026-01-01T00:00:00Z\", \"finished_at\": \"2026-01-01T00:00:00Z\"},"
        + " {\"id\": \"sl_2\", \"run_id\": \"run_abc123\", \"node_id\": \"x\", \"node_type\": \"log\", \"status\": \"retrying\","
        + " \"started_at\": \"2026-01-01T00:00:00Z\", \"finished_at\": \"2026-01-01T00:00:00Z\"}]}");
    List<StepLog> steps = iai.runs().steps("run_abc123");
    assertEquals("GET /api/runs/run_abc123/steps", seed.last().line());
    assertEquals(StepStatus.SKIPPED, steps.get(0).status());
    assertEquals("Notify", steps.get(0).nodeName());
    assertEquals("claude", steps.get(0).nodeType());
    assertEquals("run_abc123", steps.get(0).runId());
    assertEquals(StepStatus.UNKNOWN, steps.get(1).status(), "a new status does not throw");
    assertEquals("retrying", steps.get(1).statusAsString());
  }

  @Test void logsUseThePlatformsQueryNames() {
    String entry = "{\"id\": \"log_1\", \"run_id\": \"run_1\", \"workspace_id\": \"ws_1\", \"level\": \"warn\","
        + " \"message\": \"checked\", \"node_id\": null, \"data\": {\"by\": \"qa\"}, \"created_at\": \"2026-01-01T00:00:00Z\"}";
    seed.json("GET /api/logs?run_id=run_1&limit=20", 200, "{\"items\": [" + entry + "]}")
        .json("GET /api/logs", 200, "{\"items\": [" + entry + "]}")
        .json("POST /api/logs", 201, entry)
        .json("GET /api/logs/run_1", 200, "{\"items\": [" + entry + "]}");
    List<LogEntry> byRun = iai.logs().list("run_1", 20);
    assertEquals("GET /api/logs?run_id=run_1&limit=20", seed.last().line());
    assertEquals("checked", byRun.get(0).message());
    assertEquals(Map.of("by", "qa"), byRun.get(0).data());
    iai.logs().list();
    assertEquals("GET /api/logs", seed.last().line());
    LogEntry written = iai.logs().write(WriteLogParams.builder().message("checked").level("warn").runId("run_1")
        .data(Map.of("by", "qa")).build());
    assertEquals("POST /api/logs", seed.last().line());
    assertEquals("{\"message\":\"checked\",\"level\":\"warn\",\"run_id\":\"run_1\",\"data\":{\"by\":\"qa\"}}", seed.last().body);
    assertEquals(byRun.get(0), written);
    iai.logs().forRun("run_1");
    assertEquals("GET /api/logs/run_1", seed.last().line());
    assertThrows(IllegalArgumentException.class, () -> WriteLogParams.builder().level("loud"));
  }

  @Test void theNodeCatalogIsSearchedByCategory() {
    seed.json("GET /api/nodes?search=http&category=integration", 200, "{\"items\": [{\"type\": \"http_request\","
        + " \"name\": \"HTTP request\", \"category\": \"integration\", \"description\": \"HTTP call\","
        + " \"config\": [\"url\", \"method\", \"headers\", \"body\"]}]}")
        .json("GET /api/nodes", 200, "{\"items\": []}");
    List<NodeType> nodes = iai.nodes("http", "integration");
    assertEquals("GET /api/nodes?search=http&category=integration", seed.last().line());
    assertEquals("http_request", nodes.get(0).type());
    assertEquals(List.of("url", "method", "headers", "body"), nodes.get(0).config());
    assertEquals(List.of(), iai.nodes());
    assertEquals("GET /api/nodes", seed.last().line());
  }

  @Test void agentsRunTasksAndKeepMemory() {
    String agentRun = "{\"id\": \"arun_1\", \"agent_id\": \"agent_writer\", \"run_id\": \"run_9\", \"status\": \"success\","
        + " \"input\": {\"task\": \"note\"}, \"output\": {\"draft\": \"Draft: note\"}, \"error_text\": null,"
        + " \"duration_ms\": 3, \"started_at\": \"2026-01-01T00:00:00Z\", \"finished_at\": \"2026-01-01T00:00:00Z\","
        + " \"created_at\": \"2026-01-01T00:00:00Z\"}";
    String memory = "{\"id\": \"mem_1\", \"agent_id\": \"agent_writer\", \"run_id\": null, \"workspace_id\": \"ws_1\","
        + " \"key\": \"style\", \"value\": {\"tone\": \"formal\"}, \"created_at\": \"2026-01-01T00:00:00Z\","
        + " \"updated_at\": \"2026-01-01T00:00:00Z\"}";
    seed.json("GET /api/agents", 200, "{\"items\": [{\"id\": \"agent_writer\", \"name\": \"Writer\","
        + " \"description\": \"Drafts\", \"system_prompt\": \"You write.\", \"tools\": [\"ai.prompt\"], \"max_iterations\": 1}]}")
        .json("POST /api/agent/run", 200, agentRun)
        .json("GET /api/agent/logs?agent_id=agent_writer", 200, "{\"items\": [" + agentRun + "]}")
        .json("GET /api/agent/memory?agent_id=agent_writer", 200, "{\"items\": [" + memory + "]}")
        .json("POST /api/agent/memory", 201, memory);
    assertEquals("You write.", iai.agents().list().get(0).systemPrompt());
    AgentRun run = iai.agents().run(RunAgentParams.of("agent_writer", "note", null));
    assertEquals("POST /api/agent/run", seed.last().line());
    assertEquals("{\"agent_id\":\"agent_writer\",\"task\":\"note\"}", seed.last().body);
    assertEquals(ExecutionStatus.SUCCESS, run.status());
    assertEquals("run_9", run.runId());
    assertEquals(List.of(run), iai.agents().logs("agent_writer"));
    assertEquals("GET /api/agent/logs?agent_id=agent_writer", seed.last().line());
    AgentMemory m = iai.agents().memory("agent_writer").get(0);
    assertEquals("GET /api/agent/memory?agent_id=agent_writer", seed.last().line());
    assertEquals(Map.of("tone", "formal"), m.value());
    assertEquals(m, iai.agents().writeMemory(WriteMemoryParams.of("agent_writer", "style", Map.of("tone", "formal"))));
    assertEquals("{\"agent_id\":\"agent_writer\",\"key\":\"style\",\"value\":{\"tone\":\"formal\"}}", seed.last().body);
    iai.agents().writeMemory(WriteMemoryParams.of("agent_writer", "style", null).withRunId("run_9"));
    assertEquals("{\"agent_id\":\"agent_writer\",\"key\":\"style\",\"value\":null,\"run_id\":\"run_9\"}", seed.last().body,
        "a null value is sent as JSON's null");
  }

  @Test void templatesMetricsAndHealth() {
    seed.json("GET /api/templates", 200, "{\"items\": [{\"id\": \"tpl_1\", \"name\": \"Hello\", \"description\": \"Greets\","
        + " \"category\": \"starter\", \"definition_json\": \"" + DEFINITION.replace("\"", "\\\"") + "\"}]}")
        .json("GET /api/metrics", 200, "{\"total_runs\": 12, \"success_runs\": 10, \"last_run_at\": \"2026-01-01T00:00:00Z\"}")
        .json("GET /api/health", 200, "{ \"ok\": true, \"ts\": \"2026-01-01T00:00:00Z\" }");
    assertEquals(WorkflowDefinition.parse(DEFINITION), iai.templates().get(0).definition());
    Metrics metrics = iai.metrics();
    assertEquals("GET /api/metrics", seed.last().line());
    assertEquals(Long.valueOf(12), metrics.totalRuns());
    assertEquals(Long.valueOf(10), metrics.successRuns());
    assertNull(metrics.failedRuns(), "the reference lists total_runs, success_runs, last_run_at");
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), metrics.lastRunAt());
    assertTrue(iai.health().ok());
  }

  @Test void errorsAreTheHumanReadableMessage() {
    seed.json("GET /api/runs/run_x", 404, "{ \"error\": \"Run run_x not found\" }");
    NotFoundException e = assertThrows(NotFoundException.class, () -> iai.runs().get("run_x"));
    assertTrue(e.getMessage().contains("Run run_x not found"), e.getMessage());
    assertThrows(InvalidResponseException.class, () -> {
      seed.json("GET /api/agents", 200, "{\"data\": []}");
      iai.agents().list();
    }, "another platform's envelope is not read as an empty list");
    java.util.concurrent.ExecutionException async = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> AsyncIaiFlow.of(client.async()).runs().get("run_x").get(10, java.util.concurrent.TimeUnit.SECONDS));
    assertTrue(async.getCause() instanceof NotFoundException, String.valueOf(async.getCause()));
  }
}
