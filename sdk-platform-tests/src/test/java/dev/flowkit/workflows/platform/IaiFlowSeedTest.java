package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.Page;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.FlowVersionState;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Session;
import dev.flowkit.workflows.models.Step;
import dev.flowkit.workflows.models.StepResult;
import dev.flowkit.workflows.models.StepType;
import dev.flowkit.workflows.models.TriggeredBy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * IAI Flow's quickstart (seed 000) and API reference (seed 002): their JSON, copied from the
 * documents, decodes to the expected models, and the SDK's requests are the documents' paths,
 * methods and bodies. Where a document writes {@code { ... }} for an object, a concrete object
 * stands in (it is not JSON).
 */
class IaiFlowSeedTest {
  private final SeedServer seed = new SeedServer();
  private final FlowClient client = FlowClient.builder().platform(Platform.IAI_FLOW).baseUrl(seed.url()).build();

  @AfterEach void close() {
    client.close();
    seed.close();
  }

  @Test void quickstartLoginListRunAndReadTheRun() {
    seed.json("POST /api/auth/login", 200, """
        {
        "authenticated": true,
        "user": {
        "id": "usr_...",
        "email": "you@company.com",
        "name": "Your Name"
        },
        "workspace": {
        "workspaceId": "ws_...",
        "name": "My Workspace",
        "role": "owner"
        }
        }""", "Set-Cookie", "iai_session=abc; Path=/; HttpOnly")
        .json("GET /api/flows", 200, """
        {
        "items": [
        {
        "id": "wf_...",
        "name": "My Flow",
        "status": "active",
        "version": 1,
        "updated_at": "2026-01-01T00:00:00Z"
        }
        ]
        }""")
        .json("POST /api/workflows/wf_.../run", 200, """
        {
        "run_id": "run_...",
        "status": "running",
        "started_at": "2026-01-01T00:00:00Z"
        }""")
        .json("GET /api/runs/run_...", 200, """
        {
        "run": {
        "id": "run_...",
        "status": "success",
        "duration_ms": 1240,
        "output": { "text": "AI trends 2026 in one page" }
        }
        }""");

    // 1. Login
    Session session = client.auth().login("you@company.com", "your-password");
    assertTrue(session.authenticated());
    assertEquals("usr_...", session.user().id());
    assertEquals("ws_...", session.workspace().workspaceId());
    SeedServer.Sent login = seed.last();
    assertEquals("POST /api/auth/login", login.line());
    assertEquals("{\"email\":\"you@company.com\",\"password\":\"your-password\"}", login.body);

    // 2. List flows
    Page<Flow> flows = client.workflows().listFlows();
    assertEquals("GET /api/flows", seed.last().line());
    assertEquals("iai_session=abc", seed.last().headers.get("Cookie"), "credentials: \"include\"");
    assertFalse(flows.hasNextPage());
    Flow flow = flows.data().get(0);
    assertEquals("wf_...", flow.id());
    assertEquals("My Flow", flow.version().displayName());
    assertEquals(FlowStatus.ENABLED, flow.status());
    assertEquals(Integer.valueOf(1), flow.version().number());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), flow.updated());

    // 3. Run first flow
    FlowRun started = client.workflows().triggerFlow(flow.id(), Map.of("topic", "AI trends 2026"));
    SeedServer.Sent run = seed.last();
    assertEquals("POST /api/workflows/wf_.../run", run.line());
    assertEquals("{\"input\":{\"topic\":\"AI trends 2026\"}}", run.body);
    assertEquals("run_...", started.id());
    assertEquals(RunStatus.RUNNING, started.status());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), started.startTime());
    assertEquals("wf_...", started.flowId());

    // Read the run: status is success or failed
    FlowRun finished = client.workflows().getRun("run_...");
    assertEquals("GET /api/runs/run_...", seed.last().line());
    assertEquals(RunStatus.SUCCEEDED, finished.status());
    assertEquals(Long.valueOf(1240), finished.durationMs());
    assertEquals(Map.of("text", "AI trends 2026 in one page"), finished.output());
    assertTrue(finished.isTerminal());
  }

  @Test void referenceFlowAndRunObjectsDecodeWithEveryField() {
    seed.json("GET /api/workflows/wf_abc123", 200, """
        {
          "id": "wf_abc123",
          "name": "My Flow",
          "status": "active",
          "version": 1,
          "workspace_id": "ws_xyz",
          "definition_json": "{...}",
          "created_at": "2026-01-01T00:00:00Z",
          "updated_at": "2026-01-01T00:00:00Z"
        }""")
        .json("GET /api/runs/run_abc123", 200, """
        {
          "id": "run_abc123",
          "workflow_id": "wf_abc123",
          "workflow_name": "My Flow",
          "status": "success",
          "triggered_by": "manual",
          "duration_ms": 1240,
          "started_at": "2026-01-01T00:00:00Z",
          "finished_at": "2026-01-01T00:00:01Z",
          "output": { "answer": 42 },
          "error_text": null
        }""");
    Flow flow = client.workflows().getFlow("wf_abc123");
    assertEquals("GET /api/workflows/wf_abc123", seed.last().line());
    assertEquals("ws_xyz", flow.projectId());
    assertEquals(FlowStatus.ENABLED, flow.status());
    assertEquals(FlowVersionState.LOCKED, flow.version().state());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), flow.created());
    assertFalse(flow.version().valid(), "\"{...}\" is not a definition the SDK can read");

    FlowRun run = client.workflows().getRun("run_abc123");
    assertEquals("wf_abc123", run.flowId());
    assertEquals("My Flow", run.flowName());
    assertEquals(TriggeredBy.MANUAL, run.triggeredBy());
    assertEquals(Instant.parse("2026-01-01T00:00:01Z"), run.finishTime());
    assertEquals(Map.of("answer", 42L), run.output(), "an integer stays an integer");
    assertNull(run.error());
  }

  @Test void aFailedRunsErrorTextIsItsError() {
    seed.json("GET /api/runs/run_x", 200, """
        {"run": {"id": "run_x", "workflow_id": "wf_abc123", "status": "failed", "duration_ms": 3, "error_text": "Step fetch timed out"}}""");
    FlowRun run = client.workflows().getRun("run_x");
    assertEquals(RunStatus.FAILED, run.status());
    assertEquals("Step fetch timed out", run.error().message());
  }

  @Test void runsAreListedWithTheDocumentsQuery() {
    seed.json("GET /api/runs", 200, """
        {"items": [{"id": "run_abc123", "workflow_id": "wf_abc123", "status": "success"}]}""");
    List<FlowRun> runs = client.workflows().listRuns(ListRunsParams.builder().limit(50).status(RunStatus.SUCCEEDED).build()).data();
    assertEquals("GET /api/runs?limit=50&status=success", seed.last().line());
    assertEquals(RunStatus.SUCCEEDED, runs.get(0).status());
  }

  @Test void logoutIsDeleteSession() {
    seed.noContent("DELETE /api/auth/session");
    client.auth().logout();
    assertEquals("DELETE /api/auth/session", seed.last().line());
  }

  @Test void errorsAreAHumanReadableMessage() {
    seed.json("GET /api/workflows/wf_missing", 404, "{ \"error\": \"Human-readable error message\" }")
        .json("GET /api/flows", 401, "{ \"error\": \"Unauthorized — no valid session cookie\" }");
    NotFoundException missing = assertThrows(NotFoundException.class, () -> client.workflows().getFlow("wf_missing"));
    assertEquals("NOT_FOUND", missing.errorCode());
    assertTrue(missing.getMessage().contains("Human-readable error message"), missing.getMessage());
    assertEquals("{ \"error\": \"Human-readable error message\" }", ((NotFoundException) missing.getSuppressed()[0]).rawBody(),
        "the platform's own body stays reachable");
    UnauthorizedException denied = assertThrows(UnauthorizedException.class, () -> client.workflows().listFlows());
    assertEquals("UNAUTHENTICATED", denied.errorCode());
  }

  /** The examples page's step logs (its example 3) in the schemas page's ExecutionStepLog shape. */
  @Test void stepLogsAreReadWithEveryFieldAndSkippedIsKnown() {
    seed.json("GET /api/runs/run_abc123/steps", 200, """
        {"steps": [
          {"id": "sl_1", "run_id": "run_abc123", "node_id": "start", "node_type": "manual_trigger", "node_name": "Start",
           "status": "success", "input": {"id": "o7"}, "output": {"id": "o7"}, "duration_ms": 1,
           "started_at": "2026-01-01T00:00:00Z", "finished_at": "2026-01-01T00:00:00.001Z"},
          {"id": "sl_2", "run_id": "run_abc123", "node_id": "fetch", "node_type": "http_request",
           "status": "failed", "input": {"id": "o7"}, "error": "HTTP 500 from the shop", "duration_ms": 120,
           "started_at": "2026-01-01T00:00:00.001Z", "finished_at": "2026-01-01T00:00:00.121Z"},
          {"id": "sl_3", "run_id": "run_abc123", "node_id": "notify", "node_type": "claude", "node_name": "Notify",
           "status": "skipped", "started_at": "2026-01-01T00:00:00.121Z", "finished_at": "2026-01-01T00:00:00.121Z"}
        ]}""");
    List<StepResult> steps = client.workflows().listRunSteps("run_abc123");
    assertEquals("GET /api/runs/run_abc123/steps", seed.last().line());
    assertEquals(List.of("start", "fetch", "notify"), steps.stream().map(StepResult::name).toList());
    assertEquals(List.of(RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.SKIPPED),
        steps.stream().map(StepResult::status).toList());
    assertEquals(StepType.MANUAL, steps.get(0).type(), "manual_trigger means MANUAL");
    assertEquals(StepType.HTTP, steps.get(1).type(), "http_request means HTTP");
    assertEquals(StepType.UNKNOWN, steps.get(2).type(), "claude has no shared type");
    assertEquals("Start", steps.get(0).displayName());
    assertEquals("HTTP 500 from the shop", steps.get(1).error());
    assertEquals(Map.of("id", "o7"), steps.get(0).input());
    assertEquals(Long.valueOf(120), steps.get(1).durationMs());
    assertEquals(Instant.parse("2026-01-01T00:00:00.121Z"), steps.get(1).finishTime());
    assertNull(steps.get(2).output());
  }

  /** The schemas page's ExecutionRun: input, node_count, workspace_id, created_at, triggered_by api. */
  @Test void runsCarryEveryDocumentedField() {
    seed.json("GET /api/runs/run_abc123", 200, """
        {"run": {"id": "run_abc123", "workflow_id": "wf_abc123", "workflow_name": "My Flow", "status": "running",
          "triggered_by": "api", "input": {"topic": "AI"}, "output": null, "error_text": null, "duration_ms": null,
          "node_count": 4, "workspace_id": "ws_xyz", "started_at": "2026-01-01T00:00:00Z", "finished_at": null,
          "created_at": "2025-12-31T23:59:59Z"}}""");
    FlowRun run = client.workflows().getRun("run_abc123");
    assertEquals(TriggeredBy.API, run.triggeredBy());
    assertEquals(Map.of("topic", "AI"), run.input());
    assertEquals(Integer.valueOf(4), run.nodeCount());
    assertEquals("ws_xyz", run.projectId(), "the workspace is the shared model's project");
    assertEquals(Instant.parse("2025-12-31T23:59:59Z"), run.created());
    assertEquals(RunStatus.RUNNING, run.status());
  }

  static final String CHAIN = "{\"name\":\"Greeter\",\"nodes\":["
      + "{\"id\":\"start\",\"type\":\"manual_trigger\",\"name\":\"Start\",\"config\":{}},"
      + "{\"id\":\"fetch\",\"type\":\"http_request\",\"config\":{\"url\":\"https://x.example\"}},"
      + "{\"id\":\"shape\",\"type\":\"js_transform\",\"config\":{\"fn\":\"(r) => r.body\"}}],"
      + "\"edges\":[{\"id\":\"e1\",\"source\":\"start\",\"target\":\"fetch\"},"
      + "{\"id\":\"e2\",\"source\":\"fetch\",\"target\":\"shape\"}]}";

  private static String flowWith(String definition) {
    return "{\"flow\": {\"id\": \"wf_1\", \"name\": \"Greeter\", \"status\": \"draft\", \"version\": 1,"
        + " \"workspace_id\": \"ws_1\", \"definition_json\": " + quote(definition)
        + ", \"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"}}";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test void aDefinitionWhoseGraphIsAChainIsTheSharedStepChain() {
    seed.json("GET /api/workflows/wf_1", 200, flowWith(CHAIN));
    Flow flow = client.workflows().getFlow("wf_1");
    assertTrue(flow.version().valid());
    Step trigger = flow.version().trigger();
    assertEquals("start", trigger.name());
    assertEquals(StepType.MANUAL, trigger.type());
    assertEquals("Start", trigger.displayName());
    assertEquals("fetch", trigger.nextAction().name());
    assertEquals(StepType.HTTP, trigger.nextAction().type());
    assertEquals(Map.of("url", "https://x.example"), trigger.nextAction().settings());
    assertEquals("shape", trigger.nextAction().nextAction().name());
    assertEquals(StepType.UNKNOWN, trigger.nextAction().nextAction().type(), "js_transform has no shared type");
  }

  @Test void aBranchingDefinitionIsValidButHasNoStepChain() {
    String branching = CHAIN.replace("{\"id\":\"e2\",\"source\":\"fetch\",\"target\":\"shape\"}",
        "{\"id\":\"e2\",\"source\":\"fetch\",\"target\":\"shape\",\"condition\":\"output.status === 200\"}");
    seed.json("GET /api/workflows/wf_1", 200, flowWith(branching));
    Flow flow = client.workflows().getFlow("wf_1");
    assertTrue(flow.version().valid(), "a definition the SDK reads");
    assertNull(flow.version().trigger(), "conditions on edges: not a chain; IaiFlow.of(client) has the graph");
  }

  @Test void createFlowWritesThePlatformsDefinitionFormat() {
    seed.json("POST /api/flows", 201, flowWith(CHAIN));
    client.workflows().createFlow(CreateFlowParams.builder().displayName("Greeter")
        .trigger(Step.manualTrigger("start").then(Step.builder().name("fetch").type(StepType.HTTP)
            .setting("url", "https://x.example").build()))
        .build());
    SeedServer.Sent sent = seed.last();
    assertEquals("POST /api/flows", sent.line());
    assertEquals("{\"name\":\"Greeter\",\"definition_json\":" + quote("{\"name\":\"Greeter\",\"nodes\":["
        + "{\"id\":\"start\",\"type\":\"manual_trigger\",\"name\":\"start\",\"config\":{}},"
        + "{\"id\":\"fetch\",\"type\":\"http_request\",\"name\":\"fetch\",\"config\":{\"url\":\"https://x.example\"}}],"
        + "\"edges\":[{\"id\":\"e1\",\"source\":\"start\",\"target\":\"fetch\"}]}") + "}", sent.body,
        "a WorkflowDefinition, never {\"trigger\":…}");
  }

  @Test void aStepIaiFlowHasNoNodeForIsRefusedBeforeAnyRequest() {
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () ->
        client.workflows().createFlow(CreateFlowParams.builder().displayName("x")
            .trigger(Step.manualTrigger("t").then(Step.delay("wait", 10))).build()));
    assertTrue(e.getMessage().contains("IAI_FLOW") && e.getMessage().contains("DELAY step (\"wait\")"), e.getMessage());
    assertTrue(seed.sent().isEmpty());
  }
}
