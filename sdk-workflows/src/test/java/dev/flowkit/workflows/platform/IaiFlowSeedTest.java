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
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.FlowVersionState;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Session;
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
}
