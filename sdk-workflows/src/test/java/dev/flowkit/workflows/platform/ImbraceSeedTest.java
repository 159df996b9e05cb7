package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.RunEnvironment;
import dev.flowkit.workflows.models.RunStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Imbrace SDK's workflows page (seed 003): its calls, made with this SDK, send the requests
 * of the contract whose shapes the page defines, and a flow and a run with the page's schema
 * fields decode. The page shows TypeScript, not HTTP, so the paths are the contract's.
 */
class ImbraceSeedTest {
  private static final String FLOW = """
      {"id":"flow_1","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","projectId":"project_id",
       "externalId":"ext_1","status":"ENABLED","operationStatus":"NONE",
       "version":{"id":"fv_1","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","flowId":"flow_1",
        "displayName":"New Lead Notification","trigger":{"name":"trigger","type":"MANUAL"},"valid":true,
        "steps":{"notify":{"type":"SET","settings":{"channel":"#leads"}}}}}""";
  private static final String RUN = """
      {"id":"run_1","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","projectId":"project_id",
       "flowId":"flow_1","flowVersionId":"fv_1","status":"FAILED","environment":"PRODUCTION",
       "startTime":"2026-01-01T00:00:00Z","finishTime":"2026-01-01T00:00:01Z","failParentOnFailure":false,"tags":["lead"]}""";

  private final SeedServer seed = new SeedServer();
  private final FlowClient client = FlowClient.builder().platform(Platform.IMBRACE).baseUrl(seed.url()).apiKey("key").build();

  @AfterEach void close() {
    client.close();
    seed.close();
  }

  @Test void theDocumentsCallsSendTheContractsRequests() {
    seed.json("GET /api/flows", 200, "{\"data\":[" + FLOW + "],\"next\":null,\"previous\":null}")
        .json("POST /api/flows", 201, FLOW)
        .json("POST /api/flows/flow_id/run", 201, RUN)
        .json("GET /api/runs", 200, "{\"data\":[" + RUN + "],\"next\":null,\"previous\":null}")
        .json("POST /api/mcp-servers", 201,
            "{\"id\":\"mcp_1\",\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\","
                + "\"projectId\":\"project_id\",\"name\":\"My MCP Server\",\"status\":\"ENABLED\",\"token\":\"t\",\"tools\":[]}");

    Flow flow = client.workflows().listFlows(ListFlowsParams.builder().limit(10).status(FlowStatus.ENABLED)
        .folderId("folder_id").build()).data().get(0);
    assertEquals("GET /api/flows?limit=10&status=ENABLED&folderId=folder_id", seed.last().line());
    assertEquals("New Lead Notification", flow.version().displayName());
    assertEquals("ext_1", flow.externalId());
    // The page's optional "steps object?", as the platform sent it.
    assertEquals(Map.of("notify", Map.of("type", "SET", "settings", Map.of("channel", "#leads"))), flow.version().steps());

    client.workflows().createFlow(CreateFlowParams.builder().displayName("New Lead Notification").projectId("project_id").build());
    assertEquals("POST /api/flows", seed.last().line());
    assertEquals("{\"displayName\":\"New Lead Notification\",\"projectId\":\"project_id\"}", seed.last().body);

    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("contact_id", "contact_123");
    payload.put("event", "lead_created");
    FlowRun run = client.workflows().triggerFlow("flow_id", payload);
    assertEquals("POST /api/flows/flow_id/run", seed.last().line());
    assertEquals("{\"input\":{\"contact_id\":\"contact_123\",\"event\":\"lead_created\"}}", seed.last().body);
    assertEquals(RunEnvironment.PRODUCTION, run.environment());
    assertEquals("fv_1", run.flowVersionId());

    FlowRun failed = client.workflows().listRuns(ListRunsParams.builder().flowId("flow_id").status(RunStatus.FAILED)
        .limit(20).build()).data().get(0);
    assertEquals("GET /api/runs?flowId=flow_id&status=FAILED&limit=20", seed.last().line());
    assertEquals(RunStatus.FAILED, failed.status());
    assertEquals(java.util.List.of("lead"), failed.tags());

    client.workflows().createMcpServer(CreateMcpServerParams.builder().name("My MCP Server").projectId("project_id").build());
    assertEquals("POST /api/mcp-servers", seed.last().line());
    assertEquals("{\"name\":\"My MCP Server\",\"projectId\":\"project_id\",\"tools\":[]}", seed.last().body);
    assertEquals("Bearer key", seed.last().headers.get("Authorization"));
  }
}
