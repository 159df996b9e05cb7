package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.Page;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * flow8's developer pages (API overview, Flows & Groups, Executions, Execution & Plays): the
 * documented base URL, both ways to authenticate, page+size lists, the error format, and each
 * shared call's exact request and the decoding of the example answers those pages show.
 */
class Flow8SeedTest {
  /** The flow of the Flows & Groups page, with a flowlet as "Add a Flowlet" answers it. */
  private static final String FLOW = """
      {"id": "65flow1", "name": "Invoice Processing", "enabled": true, "category": "Finance",
       "groupId": "65group1", "permanentId": "invoice-processing", "version": 1,
       "createdAt": "2024-01-15T10:00:00Z", "updatedAt": "2024-01-15T10:00:00Z",
       "layers": [{"id": "65layer1", "flowId": "65flow1", "name": "Fetch Invoice", "ref": "fetchInvoice",
         "appId": "curl", "index": 0, "args": {"method": "GET"}, "timeout": 15,
         "retry": {"count": 2, "delayMs": 500, "backoffMultiplier": 2}}]}""";
  /** The play of the Executions page. */
  private static final String PLAY = """
      {"id": "65play1", "flowId": "65flow1", "state": "DONE", "startedAt": "2024-01-15T10:05:00Z",
       "completedAt": "2024-01-15T10:05:03Z", "duration": 3241, "args": {"invoiceId": "INV-2024-001"}}""";
  /** The step results of the Executions page: a bare array. */
  private static final String LAYERS = """
      [{"id": "65pl1", "ref": "fetchInvoice", "state": "DONE", "startedAt": "2024-01-15T10:05:00Z",
        "completedAt": "2024-01-15T10:05:01Z", "out": {"statusCode": 200, "body": {"id": "INV-2024-001"}}},
       {"id": "65pl2", "ref": "sendNotification", "state": "DONE", "out": {"messageId": "<abc@mail.example.com>"}}]""";

  private final SeedServer seed = new SeedServer();
  /** The base URL exactly as the overview writes it: {@code http://your-host:4454/api/}. */
  private final String base = seed.url() + "api/";

  @AfterEach void close() {
    seed.close();
  }

  @Test void apiKeyAndPageAndSizeListsWithTotals() {
    seed.json("GET /api/flows?page=0&size=25&enabled=true", 200,
        "{\n\"data\": [" + FLOW + "],\n\"total\": 142,\n\"page\": 0,\n\"size\": 25,\n\"pages\": 6\n}")
        .json("GET /api/flows?page=1&size=25&enabled=true", 200,
        "{\"data\": [], \"total\": 142, \"page\": 1, \"size\": 25, \"pages\": 6}");
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).apiKey("eyJ.test").build()) {
      Page<Flow> page = client.workflows().listFlows(ListFlowsParams.builder().limit(25)
          .status(dev.flowkit.workflows.models.FlowStatus.ENABLED).build());
      SeedServer.Sent sent = seed.last();
      assertEquals("GET /api/flows?page=0&size=25&enabled=true", sent.line());
      assertEquals("Bearer eyJ.test", sent.headers.get("Authorization"));
      assertEquals(Long.valueOf(142), page.totalCount());
      assertEquals(Integer.valueOf(6), page.pageCount());
      Flow flow = page.data().get(0);
      assertEquals("Invoice Processing", flow.version().displayName());
      assertEquals(Integer.valueOf(1), flow.version().number());
      assertEquals(dev.flowkit.workflows.models.FlowStatus.ENABLED, flow.status());
      assertEquals("65group1", flow.folderId());
      assertEquals("fetchInvoice", flow.version().trigger().nextAction().name());
      assertEquals(dev.flowkit.workflows.models.StepType.HTTP, flow.version().trigger().nextAction().type());
      assertTrue(page.hasNextPage());
      page.nextPage();
      assertEquals("GET /api/flows?page=1&size=25&enabled=true", seed.last().line());
    }
  }

  @Test void sessionLoginMeAndLogout() {
    seed.json("POST /api/auth/login", 200,
        "{\"authenticated\":true,\"user\":{\"id\":\"usr_1\",\"email\":\"user@example.com\",\"name\":\"U\"},"
            + "\"workspace\":{\"workspaceId\":\"ws_1\",\"name\":\"W\",\"role\":\"owner\"}}", "Set-Cookie", "iai_session=s; Path=/")
        .json("GET /api/auth/me", 200,
        "{\"authenticated\":true,\"user\":{\"id\":\"usr_1\",\"email\":\"user@example.com\",\"name\":\"U\"}}")
        .noContent("POST /api/auth/logout");
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).build()) {
      client.auth().login("user@example.com", "password");
      assertEquals("POST /api/auth/login", seed.last().line());
      assertEquals("{\"email\":\"user@example.com\",\"password\":\"password\"}", seed.last().body);
      assertEquals("user@example.com", client.auth().getSession().user().email());
      assertEquals("GET /api/auth/me", seed.last().line());
      assertEquals("iai_session=s", seed.last().headers.get("Cookie"), "cookies.txt is sent back");
      client.auth().logout();
      assertEquals("POST /api/auth/logout", seed.last().line());
    }
  }

  @Test void playsAreRunsLayersAreStepsAndCancelIsDelete() {
    String waiting = PLAY.replace("\"DONE\"", "\"WAIT\"");
    seed.json("GET /api/plays?page=0&flowId=65flow1&state=DONE", 200,
            "{\"data\":[" + PLAY + "],\"total\":1,\"page\":0,\"size\":25,\"pages\":1}")
        .json("GET /api/plays/65play1", 200, PLAY)
        .json("DELETE /api/plays/65play1", 200, PLAY.replace("\"DONE\"", "\"FAIL\""))
        .json("POST /api/plays/65play1/approve", 200, waiting.replace("\"WAIT\"", "\"RUN\""))
        .json("GET /api/plays/65play1/layers", 200, LAYERS);
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).apiKey("eyJ.test").build()) {
      FlowRun listed = client.workflows().listRuns(dev.flowkit.workflows.models.ListRunsParams.builder()
          .flowId("65flow1").status(RunStatus.SUCCEEDED).build()).data().get(0);
      assertEquals("GET /api/plays?page=0&flowId=65flow1&state=DONE", seed.last().line());
      assertEquals("65play1", listed.id());
      FlowRun play = client.workflows().getRun("65play1");
      assertEquals(RunStatus.SUCCEEDED, play.status());
      assertEquals(Long.valueOf(3241), play.durationMs());
      assertEquals(java.util.Map.of("invoiceId", "INV-2024-001"), play.input());
      assertEquals(java.time.Instant.parse("2024-01-15T10:05:03Z"), play.finishTime());
      FlowRun canceled = client.workflows().cancelRun("65play1");
      assertEquals("DELETE /api/plays/65play1", seed.last().line());
      assertEquals("", seed.last().body);
      assertEquals(RunStatus.FAILED, canceled.status());
      FlowRun approved = client.workflows().approveRun("65play1", dev.flowkit.workflows.models.ApproveRunParams.builder()
          .step("65layer3").payload(java.util.Map.of("note", "Looks good")).build());
      assertEquals("POST /api/plays/65play1/approve", seed.last().line());
      assertEquals("{\"layerId\":\"65layer3\",\"decision\":\"approved\",\"note\":\"Looks good\"}", seed.last().body);
      assertEquals(RunStatus.RUNNING, approved.status());
      java.util.List<dev.flowkit.workflows.models.StepResult> steps = client.workflows().listRunSteps("65play1");
      assertEquals("GET /api/plays/65play1/layers", seed.last().line(), "a bare array: no paging");
      assertEquals(java.util.List.of("fetchInvoice", "sendNotification"),
          steps.stream().map(r -> r.name()).collect(java.util.stream.Collectors.toList()));
      assertEquals(Long.valueOf(1000), steps.get(0).durationMs());
      assertEquals(java.util.Map.of("messageId", "<abc@mail.example.com>"), steps.get(1).output());
    }
  }

  @Test void theStepsOfALongPlayAreReadWhole() {
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 120; i++) {
      many.append(i == 0 ? "" : ",").append("{\"id\":\"pl").append(i).append("\",\"ref\":\"step").append(i)
          .append("\",\"state\":\"DONE\",\"out\":{\"i\":").append(i).append("}}");
    }
    seed.json("GET /api/plays/65play1/layers", 200, many.append("]").toString());
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).apiKey("eyJ.test").build()) {
      assertEquals(120, client.workflows().listRunSteps("65play1").size());
    }
  }

  @Test void triggerSendsArgsAndItsKeyInTheBody() {
    seed.json("POST /api/flows/65flow1/run", 200, "{\"playId\": \"65play1\", \"state\": \"RUN\", "
        + "\"startedAt\": \"2024-01-15T10:05:00Z\"}");
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).apiKey("eyJ.test").build()) {
      FlowRun run = client.workflows().triggerFlow("65flow1", java.util.Map.of("invoiceId", "INV-2024-001"),
          dev.flowkit.workflows.models.TriggerFlowParams.builder().idempotencyKey("process-INV-2024-001").build());
      assertEquals("POST /api/flows/65flow1/run", seed.last().line());
      assertEquals("{\"args\":{\"invoiceId\":\"INV-2024-001\"},\"idempotencyKey\":\"process-INV-2024-001\"}",
          seed.last().body);
      assertEquals("65play1", run.id());
      assertEquals("65flow1", run.flowId());
      assertEquals(RunStatus.RUNNING, run.status());
      client.workflows().triggerFlow("65flow1", null);
      assertTrue(seed.last().body.matches("\\{\"args\":\\{},\"idempotencyKey\":\"[0-9a-f-]{36}\"}"),
          "the SDK's own key goes in the body, so a retried trigger is safe: " + seed.last().body);
      UnsupportedOperationException tags = assertThrows(UnsupportedOperationException.class, () ->
          client.workflows().triggerFlow("65flow1", null, dev.flowkit.workflows.models.TriggerFlowParams.builder()
              .tag("a").build()));
      assertTrue(tags.getMessage().contains("tags"), tags.getMessage());
    }
  }

  @Test void errorsUseTheDocumentedFormat() {
    seed.json("GET /api/flows/65abc123", 404, """
        {
        "error": "FLOW_NOT_FOUND",
        "message": "Flow with ID 65abc123 not found",
        "statusCode": 404
        }""")
        .json("GET /api/flows?page=0", 401, "{\"error\":\"UNAUTHORIZED\",\"message\":\"Missing credentials\",\"statusCode\":401}");
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).build()) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> client.workflows().getFlow("65abc123"));
      assertEquals("FLOW_NOT_FOUND", e.errorCode());
      assertTrue(e.getMessage().contains("Flow with ID 65abc123 not found"), e.getMessage());
      UnauthorizedException u = assertThrows(UnauthorizedException.class, () -> client.workflows().listFlows());
      assertEquals("UNAUTHORIZED", u.errorCode());
    }
  }
}
