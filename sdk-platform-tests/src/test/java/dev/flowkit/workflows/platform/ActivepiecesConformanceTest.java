package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.BadRequestException;
import dev.flowkit.core.ConflictException;
import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.ApFlowOperation;
import dev.flowkit.workflows.activepieces.ApStep;
import dev.flowkit.workflows.activepieces.BulkRunsParams;
import dev.flowkit.workflows.activepieces.ChannelAutomation;
import dev.flowkit.workflows.activepieces.Piece;
import dev.flowkit.workflows.activepieces.RetryStrategy;
import dev.flowkit.workflows.activepieces.TableRecord;
import dev.flowkit.workflows.activepieces.TriggerEvent;
import dev.flowkit.workflows.activepieces.TriggerRunStatus;
import dev.flowkit.workflows.activepieces.UserInvitation;
import dev.flowkit.workflows.activepieces.WebhookAcceptance;
import dev.flowkit.workflows.activepieces.WebhookResponse;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.ConnectionType;
import dev.flowkit.workflows.models.ConnectionValue;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.StepResult;
import dev.flowkit.workflows.models.StepType;
import dev.flowkit.workflows.models.UpdateFolderParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every call of the official Imbrace SDK's {@code workflows} resource ({@code
 * ts/src/resources/workflows.ts}, {@code py/src/imbrace/resources/workflows.py} of
 * imbraceltd/api-sdk), made with this SDK, sends the request that SDK sends (method, path,
 * query, headers, body) and decodes the answers in the shapes of the SDK's {@code
 * specs/workflow.json} and Activepieces' controllers, errors included. Query parameters are
 * compared as a set: their order carries no meaning.
 */
class ActivepiecesConformanceTest {
  private static final String T = "2026-01-01T00:00:00.000Z";
  private static final String TRIGGER = "{\"name\":\"trigger\",\"valid\":true,\"displayName\":\"Webhook\",\"type\":\"PIECE_TRIGGER\","
      + "\"settings\":{\"pieceName\":\"@activepieces/piece-webhook\",\"pieceVersion\":\"0.1.24\",\"triggerName\":\"catch_webhook\","
      + "\"input\":{},\"propertySettings\":{}},\"nextAction\":{\"name\":\"step_1\",\"valid\":true,\"displayName\":\"Loop\","
      + "\"type\":\"LOOP_ON_ITEMS\",\"settings\":{\"items\":\"{{trigger.body.items}}\"}}}";
  private static final String FLOW = "{\"id\":\"flow_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\",\"projectId\":\"proj_1\","
      + "\"externalId\":\"flow_1\",\"folderId\":null,\"status\":\"ENABLED\",\"publishedVersionId\":\"fv_1\",\"metadata\":null,"
      + "\"operationStatus\":\"NONE\",\"version\":{\"id\":\"fv_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\","
      + "\"flowId\":\"flow_1\",\"displayName\":\"New Lead Notification\",\"trigger\":" + TRIGGER + ",\"updatedBy\":null,"
      + "\"valid\":true,\"schemaVersion\":null,\"agentIds\":[],\"state\":\"LOCKED\",\"connectionIds\":[],\"backupFiles\":null}}";
  private static final String RUN = "{\"id\":\"run_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\",\"projectId\":\"proj_1\","
      + "\"flowId\":\"flow_1\",\"failParentOnFailure\":false,\"tags\":[\"lead\"],\"flowVersionId\":\"fv_1\","
      + "\"flowVersion\":{\"displayName\":\"New Lead Notification\"},\"logsFileId\":null,\"status\":\"FAILED\","
      + "\"startTime\":\"" + T + "\",\"finishTime\":\"2026-01-01T00:00:02.000Z\",\"environment\":\"PRODUCTION\","
      + "\"failedStep\":{\"name\":\"step_1\",\"displayName\":\"Compute\"},\"archivedAt\":null,"
      + "\"steps\":{\"trigger\":{\"type\":\"PIECE_TRIGGER\",\"status\":\"SUCCEEDED\",\"input\":{},\"output\":{\"body\":{\"a\":1}},"
      + "\"duration\":3},\"step_1\":{\"type\":\"CODE\",\"status\":\"FAILED\",\"input\":{\"a\":1},\"errorMessage\":\"division by zero\","
      + "\"duration\":5}}}";
  private static final String FOLDER = "{\"id\":\"fld_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\",\"projectId\":\"proj_1\","
      + "\"displayName\":\"CRM Automations\",\"displayOrder\":0,\"numberOfFlows\":2}";
  private static final String CONNECTION = "{\"id\":\"conn_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\","
      + "\"externalId\":\"slack-main\",\"displayName\":\"Slack\",\"type\":\"SECRET_TEXT\",\"pieceName\":\"@activepieces/piece-slack\","
      + "\"projectIds\":[\"proj_1\"],\"platformId\":\"plat_1\",\"scope\":\"PROJECT\",\"status\":\"ACTIVE\",\"ownerId\":null,"
      + "\"owner\":null,\"metadata\":null,\"flowIds\":[]}";
  private static final String MCP = "{\"id\":\"mcp_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\",\"name\":\"My MCP\","
      + "\"projectId\":\"proj_1\",\"token\":\"tok_1\",\"externalId\":\"x_1\",\"tools\":[{\"type\":\"FLOW\",\"id\":\"t_1\","
      + "\"created\":\"" + T + "\",\"updated\":\"" + T + "\",\"externalId\":\"t\",\"toolName\":\"notify\",\"mcpId\":\"mcp_1\","
      + "\"flowId\":\"flow_1\"}]}";
  private static final String PAGE = "{\"data\":[%s],\"next\":%s,\"previous\":null}";

  private final SeedServer seed = new SeedServer();
  private final FlowClient imbrace = FlowClient.builder().platform(Platform.IMBRACE).baseUrl(seed.url()).apiKey("test_key")
      .maxRetries(0).build();

  @AfterEach void close() {
    imbrace.close();
    seed.close();
  }

  /** Asserts the last request: method, path, query (as a set), and JSON body when given. */
  private void sent(String method, String path, String query, String body) {
    SeedServer.Sent s = seed.last();
    assertEquals(method + " " + path, s.method + " " + s.path, s.toString());
    assertEquals(params(query), params(s.query), s.toString());
    if (body != null) assertEquals(json(body), json(s.body), s.toString());
    assertEquals("test_key", s.headers.get("x-api-key"), "the official SDK's x-api-key");
    assertNull(s.headers.get("Authorization"));
  }

  private static Object json(String text) {
    try {
      return dev.flowkit.core.internal.FlowJson.moshi().adapter(Object.class).fromJson(text);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static Map<String, List<String>> params(String query) {
    Map<String, List<String>> out = new TreeMap<>();
    if (query == null || query.isEmpty()) return out;
    HttpUrl url = HttpUrl.get("http://x/?" + query);
    for (String name : url.queryParameterNames()) out.put(name, url.queryParameterValues(name));
    return out;
  }

  private static String page(String item, String next) {
    return String.format(PAGE, item, next == null ? "null" : "\"" + next + "\"");
  }

  @Test void flowsAsTheOfficialSdkCallsThem() {
    String ap = "/activepieces/v1";
    seed.json("GET " + ap + "/flows", 200, page(FLOW, "c2"))
        .json("GET " + ap + "/flows/flow_1", 200, FLOW)
        .json("POST " + ap + "/flows", 201, FLOW)
        .json("POST " + ap + "/flows/flow_1", 200, FLOW)
        .json("GET " + ap + "/flows/flow_1/versions", 200,
            page("{\"id\":\"fv_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\",\"flowId\":\"flow_1\","
                + "\"displayName\":\"New Lead Notification\",\"valid\":true,\"state\":\"LOCKED\",\"agentIds\":[],"
                + "\"connectionIds\":[]}", null));
    seed.noContent("DELETE " + ap + "/flows/flow_1");
    Workflows w = imbrace.workflows();

    // listFlows({limit, cursor, projectId, folderId, status})
    Flow flow = w.listFlows(ListFlowsParams.builder().limit(10).cursor("c1").projectId("proj_1").folderId("fld_1")
        .status(FlowStatus.ENABLED).build()).data().get(0);
    sent("GET", ap + "/flows", "limit=10&cursor=c1&projectId=proj_1&folderId=fld_1&status=ENABLED", null);
    assertEquals("New Lead Notification", flow.version().displayName());
    assertEquals(StepType.PIECE_TRIGGER, flow.version().trigger().type());
    assertEquals(StepType.LOOP_ON_ITEMS, flow.version().trigger().nextAction().type());
    assertEquals("fv_1", flow.publishedVersionId());

    w.getFlow("flow_1");
    sent("GET", ap + "/flows/flow_1", "", null);
    // createFlow({displayName, projectId})
    w.createFlow(CreateFlowParams.builder().displayName("New Lead Notification").projectId("proj_1").build());
    sent("POST", ap + "/flows", "", "{\"displayName\":\"New Lead Notification\",\"projectId\":\"proj_1\"}");
    w.deleteFlow("flow_1");
    sent("DELETE", ap + "/flows/flow_1", "", null);
    // applyFlowOperation(flowId, {type: "CHANGE_NAME", request: {displayName}})
    w.applyFlowOperation("flow_1", FlowOperation.changeName("Renamed"));
    sent("POST", ap + "/flows/flow_1", "", "{\"type\":\"CHANGE_NAME\",\"request\":{\"displayName\":\"Renamed\"}}");
    w.applyFlowOperation("flow_1", FlowOperation.deleteAction("step_1"));
    sent("POST", ap + "/flows/flow_1", "", "{\"type\":\"DELETE_ACTION\",\"request\":{\"names\":[\"step_1\"]}}");
    w.applyFlowOperation("flow_1", FlowOperation.changeFolder(null));
    sent("POST", ap + "/flows/flow_1", "", "{\"type\":\"CHANGE_FOLDER\",\"request\":{\"folderId\":null}}");
    w.listVersions("flow_1");
    sent("GET", ap + "/flows/flow_1/versions", "", null);
    assertEquals("fv_1", w.getVersion("flow_1", "fv_1").id());
    sent("GET", ap + "/flows/flow_1", "versionId=fv_1", null);
  }

  @Test void theOfficialSdksFlowBuilderBodiesAreApStepsOperations() {
    seed.json("POST /activepieces/v1/flows/flow_1", 200, FLOW);
    Activepieces ap = Activepieces.of(imbrace);
    // buildFlow's buildTriggerRequest for {kind: "piece", …, input: {hour_of_the_day: 9}}
    ap.applyFlowOperation("flow_1", ApFlowOperation.updateTrigger(ApStep.pieceTrigger("Sched",
        "@activepieces/piece-schedule", "0.1.13", "every_hour", Map.of("hour_of_the_day", 9))));
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"UPDATE_TRIGGER\",\"request\":{\"name\":\"trigger\","
        + "\"valid\":true,\"displayName\":\"Sched\",\"type\":\"PIECE_TRIGGER\",\"settings\":{\"pieceName\":"
        + "\"@activepieces/piece-schedule\",\"pieceVersion\":\"0.1.13\",\"triggerName\":\"every_hour\",\"input\":"
        + "{\"hour_of_the_day\":9},\"propertySettings\":{\"hour_of_the_day\":{\"type\":\"MANUAL\"}},\"inputUiInfo\":{},"
        + "\"packageType\":\"REGISTRY\",\"pieceType\":\"OFFICIAL\"}}}");
    // applySteps' ADD_ACTION for {kind: "code"}, then {kind: "loop"} and a piece INSIDE_LOOP
    ap.applyFlowOperation("flow_1", ApFlowOperation.addAction("trigger", ApFlowOperation.Location.AFTER, null,
        ApStep.code("step_1", "A", "x", Map.of())));
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"ADD_ACTION\",\"request\":{\"parentStep\":\"trigger\","
        + "\"stepLocationRelativeToParent\":\"AFTER\",\"action\":{\"name\":\"step_1\",\"valid\":true,\"displayName\":\"A\","
        + "\"type\":\"CODE\",\"settings\":{\"sourceCode\":{\"code\":\"x\",\"packageJson\":\"{}\"},\"input\":{},"
        + "\"inputUiInfo\":{},\"errorHandlingOptions\":{\"continueOnFailure\":{\"value\":false},"
        + "\"retryOnFailure\":{\"value\":false}}}}}}");
    ap.applyFlowOperation("flow_1", ApFlowOperation.addAction("step_1", ApFlowOperation.Location.AFTER, null,
        ApStep.loopOnItems("step_2", "L", "{{ step_1.items }}")));
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"ADD_ACTION\",\"request\":{\"parentStep\":\"step_1\","
        + "\"stepLocationRelativeToParent\":\"AFTER\",\"action\":{\"name\":\"step_2\",\"valid\":true,\"displayName\":\"L\","
        + "\"type\":\"LOOP_ON_ITEMS\",\"settings\":{\"items\":\"{{ step_1.items }}\",\"inputUiInfo\":{}}}}}");
    ap.applyFlowOperation("flow_1", ApFlowOperation.addAction("step_2", ApFlowOperation.Location.INSIDE_LOOP, null,
        ApStep.piece("step_3", "C", "@activepieces/piece-store", "0.6.10", "put", Map.of("k", 1))));
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"ADD_ACTION\",\"request\":{\"parentStep\":\"step_2\","
        + "\"stepLocationRelativeToParent\":\"INSIDE_LOOP\",\"action\":{\"name\":\"step_3\",\"valid\":true,"
        + "\"displayName\":\"C\",\"type\":\"PIECE\",\"settings\":{\"pieceName\":\"@activepieces/piece-store\","
        + "\"pieceVersion\":\"0.6.10\",\"actionName\":\"put\",\"input\":{\"k\":1},\"propertySettings\":{\"k\":"
        + "{\"type\":\"MANUAL\"}},\"inputUiInfo\":{},\"packageType\":\"REGISTRY\",\"pieceType\":\"OFFICIAL\"}}}}");
    // The docs' LOCK_AND_PUBLISH, and one of each request shape Activepieces adds.
    ap.applyFlowOperation("flow_1", ApFlowOperation.lockAndPublish());
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"LOCK_AND_PUBLISH\",\"request\":{}}");
    ap.applyFlowOperation("flow_1", ApFlowOperation.importFlow("Copy", ApStep.emptyTrigger(), null));
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"IMPORT_FLOW\",\"request\":{\"displayName\":\"Copy\","
        + "\"trigger\":{\"name\":\"trigger\",\"valid\":false,\"displayName\":\"Select Trigger\",\"type\":\"EMPTY\","
        + "\"settings\":{}},\"schemaVersion\":null,\"notes\":null}}");
    ap.applyFlowOperation("flow_1", ApFlowOperation.moveBranch("step_4", 0, 1));
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"MOVE_BRANCH\",\"request\":{\"sourceBranchIndex\":0,"
        + "\"targetBranchIndex\":1,\"stepName\":\"step_4\"}}");
    ap.applyFlowOperation("flow_1", ApFlowOperation.updateMinutesSaved(null));
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"UPDATE_MINUTES_SAVED\",\"request\":{\"timeSavedPerRun\":null}}");
    ap.applyFlowOperation("flow_1", ApFlowOperation.addBranch("step_4", 1, "Hot", List.of(List.of(
        ApStep.condition("{{trigger.body.score}}", ApStep.Operator.TEXT_STARTS_WITH, "9", false)))));
    sent("POST", "/activepieces/v1/flows/flow_1", "", "{\"type\":\"ADD_BRANCH\",\"request\":{\"branchIndex\":1,"
        + "\"stepName\":\"step_4\",\"conditions\":[[{\"firstValue\":\"{{trigger.body.score}}\",\"operator\":"
        + "\"TEXT_START_WITH\",\"secondValue\":\"9\",\"caseSensitive\":false}]],\"branchName\":\"Hot\"}}");
  }

  @Test void webhooksAnswerWhatActivepiecesAnswers() {
    seed.json("POST /activepieces/v1/webhooks/flow_1", 200, "{}", "x-webhook-id", "whk_1")
        .json("POST /activepieces/v1/webhooks/flow_1/sync", 201, "{\"ok\":true}", "x-webhook-id", "whk_2")
        .json("POST /activepieces/v1/webhooks/flow_failed/sync", 500,
            "{\"message\":\"The flow has failed and there is no response returned\"}")
        .json("POST /activepieces/v1/webhooks/flow_slow/sync", 504, "{\"message\":\"The request took too long to reply\"}")
        .json("POST /activepieces/v1/webhooks/flow_off", 404, "{}")
        .json("POST /activepieces/v1/webhooks/flow_gone/sync", 410, "{}")
        .json("POST /activepieces/v1/webhooks/flow_off/sync", 404, "{}")
        .json("POST /activepieces/v1/webhooks/flow_poor", 402, "{\"code\":\"QUOTA_EXCEEDED\",\"params\":{\"metric\":\"tasks\"}}");
    seed.noContent("POST /activepieces/v1/webhooks/flow_silent/sync");
    Activepieces ap = Activepieces.of(imbrace);
    Instant before = Instant.now().minusSeconds(1);
    // triggerFlow(flowId, payload): the payload is the body
    WebhookAcceptance accepted = ap.triggerWebhook("flow_1", Map.of("contactId", "contact_xxx", "event", "lead_qualified"));
    sent("POST", "/activepieces/v1/webhooks/flow_1", "", "{\"contactId\":\"contact_xxx\",\"event\":\"lead_qualified\"}");
    assertEquals("whk_1", accepted.webhookId());
    assertTrue(!accepted.acceptedAt().isAfter(Instant.now()) && accepted.acceptedAt().isAfter(before.minusSeconds(5)),
        accepted.toString());
    ap.triggerWebhook("flow_1", null);
    sent("POST", "/activepieces/v1/webhooks/flow_1", "", "{}");

    WebhookResponse response = ap.triggerWebhookSync("flow_1", Map.of("x", 1));
    sent("POST", "/activepieces/v1/webhooks/flow_1/sync", "", "{\"x\":1}");
    assertEquals(201, response.statusCode());
    assertEquals(WebhookResponse.Outcome.RESPONDED, response.outcome());
    assertEquals(Map.of("ok", true), response.body());
    assertEquals("whk_2", response.webhookId());
    assertEquals(WebhookResponse.Outcome.FLOW_FAILED, ap.triggerWebhookSync("flow_failed", null).outcome());
    assertEquals(WebhookResponse.Outcome.TIMED_OUT, ap.triggerWebhookSync("flow_slow", null).outcome());
    WebhookResponse silent = ap.triggerWebhookSync("flow_silent", null);
    assertEquals(204, silent.statusCode());
    assertEquals(WebhookResponse.Outcome.NO_RESPONSE, silent.outcome());

    NotFoundException disabled = assertThrows(NotFoundException.class, () -> ap.triggerWebhook("flow_off", null));
    assertTrue(disabled.getMessage().contains("not enabled"), disabled.getMessage());
    assertThrows(NotFoundException.class, () -> ap.triggerWebhookSync("flow_off", null),
        "a disabled flow's 404 {} is the platform's refusal, not the flow's answer");
    FlowApiException gone = assertThrows(FlowApiException.class, () -> ap.triggerWebhookSync("flow_gone", null));
    assertEquals(410, gone.statusCode());
    assertTrue(gone.getMessage().contains("no flow has this id"), gone.getMessage());
    FlowApiException quota = assertThrows(FlowApiException.class, () -> ap.triggerWebhook("flow_poor", null));
    assertEquals(402, quota.statusCode());
    assertEquals("QUOTA_EXCEEDED", quota.errorCode());
    assertEquals(Map.of("metric", "tasks"), quota.details());
    assertEquals("{\"code\":\"QUOTA_EXCEEDED\",\"params\":{\"metric\":\"tasks\"}}", quota.rawBody());

    UnsupportedOperationException shared = assertThrows(UnsupportedOperationException.class,
        () -> imbrace.workflows().triggerFlow("flow_1", null));
    assertTrue(shared.getMessage().contains("Activepieces.of(client).triggerWebhook"), shared.getMessage());
  }

  @Test void runsAsTheOfficialSdkListsThemAndActivepiecesRetriesThem() {
    seed.json("GET /activepieces/v1/flow-runs", 200, page(RUN, null))
        .json("GET /activepieces/v1/flow-runs/run_1", 200, RUN)
        .json("POST /activepieces/v1/flow-runs/run_1/retry", 200, RUN)
        .json("POST /activepieces/v1/flow-runs/retry", 200, "[" + RUN + ",null]")
        .json("POST /activepieces/v1/flow-runs/cancel", 200, "");
    Workflows w = imbrace.workflows();
    // listRuns({flowId, status, projectId, tags, createdAfter, limit})
    FlowRun run = w.listRuns(ListRunsParams.builder().flowId("flow_1").status(RunStatus.FAILED).projectId("proj_1")
        .tags(List.of("lead", "vip")).createdAfter(Instant.parse("2026-01-01T00:00:00Z")).limit(20).build()).data().get(0);
    sent("GET", "/activepieces/v1/flow-runs",
        "flowId=flow_1&status=FAILED&projectId=proj_1&tags=lead&tags=vip&createdAfter=2026-01-01T00:00:00Z&limit=20", null);
    assertEquals(RunStatus.FAILED, run.status());
    assertEquals("New Lead Notification", run.flowName());
    assertEquals("step_1", run.failedStep().name());
    assertEquals("Compute", run.failedStep().displayName());
    assertEquals("division by zero", run.error().message());
    assertEquals("step_1", run.error().step());

    FlowRun got = w.getRun("run_1");
    sent("GET", "/activepieces/v1/flow-runs/run_1", "", null);
    assertEquals(Long.valueOf(5), got.steps().get("step_1").durationMs());
    List<StepResult> steps = w.listRunSteps("run_1");
    assertEquals(List.of("trigger", "step_1"), steps.stream().map(StepResult::name).collect(java.util.stream.Collectors.toList()));
    assertEquals(RunStatus.FAILED, steps.get(1).status());

    Activepieces ap = Activepieces.of(imbrace);
    assertEquals("run_1", ap.retryRun("run_1", RetryStrategy.FROM_FAILED_STEP, null).id());
    sent("POST", "/activepieces/v1/flow-runs/run_1/retry", "", "{\"strategy\":\"FROM_FAILED_STEP\"}");
    assertEquals(1, ap.retryRuns(BulkRunsParams.builder().projectId("proj_1").flowIds("flow_1").status(RunStatus.FAILED)
        .build(), RetryStrategy.ON_LATEST_VERSION).size(), "a run Activepieces could not retry (null) is left out");
    sent("POST", "/activepieces/v1/flow-runs/retry", "", "{\"projectId\":\"proj_1\",\"status\":[\"FAILED\"],"
        + "\"flowId\":[\"flow_1\"],\"strategy\":\"ON_LATEST_VERSION\"}");
    ap.cancelRuns(BulkRunsParams.runs("run_2"));
    sent("POST", "/activepieces/v1/flow-runs/cancel", "", "{\"flowRunIds\":[\"run_2\"]}");
    assertThrows(IllegalArgumentException.class, () -> ap.cancelRuns(BulkRunsParams.builder().failedStepName("x").build()));
  }

  @Test void foldersConnectionsAndMcpServersAsTheOfficialSdkCallsThem() {
    String ap = "/activepieces/v1";
    seed.json("GET " + ap + "/folders", 200, page(FOLDER, null))
        .json("GET " + ap + "/folders/fld_1", 200, FOLDER)
        .json("POST " + ap + "/folders", 200, FOLDER)
        .json("POST " + ap + "/folders/fld_1", 200, FOLDER)
        .json("DELETE " + ap + "/folders/fld_1", 200, "")
        .json("GET " + ap + "/app-connections", 200, page(CONNECTION, null))
        .json("GET " + ap + "/app-connections/conn_1", 200, CONNECTION)
        .json("POST " + ap + "/app-connections", 201, CONNECTION)
        .json("GET " + ap + "/mcp-servers", 200, page(MCP, null))
        .json("GET " + ap + "/mcp-servers/mcp_1", 200, MCP)
        .json("POST " + ap + "/mcp-servers", 200, MCP)
        .json("POST " + ap + "/mcp-servers/mcp_1/rotate", 200, MCP);
    seed.noContent("DELETE " + ap + "/app-connections/conn_1").noContent("DELETE " + ap + "/mcp-servers/mcp_1");
    Workflows w = imbrace.workflows();
    Folder folder = w.listFolders(ListParams.builder().limit(3).build()).data().get(0);
    sent("GET", ap + "/folders", "limit=3", null);
    assertEquals(2, folder.numberOfFlows());
    w.getFolder("fld_1");
    sent("GET", ap + "/folders/fld_1", "", null);
    w.createFolder(CreateFolderParams.builder().displayName("CRM Automations").projectId("proj_1").build());
    sent("POST", ap + "/folders", "", "{\"displayName\":\"CRM Automations\",\"projectId\":\"proj_1\"}");
    // updateFolder(folderId, {displayName}) is a POST
    w.updateFolder("fld_1", UpdateFolderParams.builder().displayName("Updated Name").build());
    sent("POST", ap + "/folders/fld_1", "", "{\"displayName\":\"Updated Name\"}");
    w.deleteFolder("fld_1");
    sent("DELETE", ap + "/folders/fld_1", "", null);

    AppConnection conn = w.listConnections(ListConnectionsParams.builder().limit(3).projectId("proj_1")
        .pieceName("@activepieces/piece-slack").build()).data().get(0);
    sent("GET", ap + "/app-connections", "limit=3&projectId=proj_1&pieceName=@activepieces/piece-slack", null);
    assertEquals("proj_1", conn.projectId(), "the first of projectIds");
    w.getConnection("conn_1");
    sent("GET", ap + "/app-connections/conn_1", "", null);
    w.upsertConnection(UpsertConnectionParams.builder().externalId("slack-main").displayName("Slack")
        .pieceName("@activepieces/piece-slack").projectId("proj_1").type(ConnectionType.SECRET_TEXT)
        .value(ConnectionValue.secretText("xoxb-xxx")).build());
    sent("POST", ap + "/app-connections", "", "{\"externalId\":\"slack-main\",\"displayName\":\"Slack\",\"pieceName\":"
        + "\"@activepieces/piece-slack\",\"projectId\":\"proj_1\",\"type\":\"SECRET_TEXT\",\"value\":{\"type\":\"SECRET_TEXT\","
        + "\"secret_text\":\"xoxb-xxx\"}}");
    w.deleteConnection("conn_1");
    sent("DELETE", ap + "/app-connections/conn_1", "", null);

    // listMcpServers(projectId)
    McpServer server = w.listMcpServers(ListParams.builder().projectId("proj_1").build()).data().get(0);
    sent("GET", ap + "/mcp-servers", "projectId=proj_1", null);
    assertEquals("notify", server.tools().get(0).name());
    assertEquals("flow_1", server.tools().get(0).flowId());
    w.getMcpServer("mcp_1");
    sent("GET", ap + "/mcp-servers/mcp_1", "", null);
    w.createMcpServer(CreateMcpServerParams.builder().projectId("proj_1").name("My MCP").build());
    sent("POST", ap + "/mcp-servers", "", "{\"projectId\":\"proj_1\",\"name\":\"My MCP\"}");
    w.deleteMcpServer("mcp_1");
    sent("DELETE", ap + "/mcp-servers/mcp_1", "", null);
    assertEquals("tok_1", w.rotateMcpToken("mcp_1").token());
    sent("POST", ap + "/mcp-servers/mcp_1/rotate", "", null);
    assertEquals("", seed.last().body, "the official SDK's rotate sends no body");
    assertNull(seed.last().headers.get("Content-Type"));
  }

  @Test void tablesPiecesTriggersAndInvitationsAsTheOfficialSdkCallsThem() {
    String ap = "/activepieces/v1";
    String table = "{\"id\":\"tbl_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\",\"name\":\"Leads\","
        + "\"projectId\":\"proj_1\",\"externalId\":\"leads\"}";
    String record = "{\"id\":\"rec_1\",\"created\":\"" + T + "\",\"updated\":\"" + T + "\",\"tableId\":\"tbl_1\","
        + "\"projectId\":\"proj_1\",\"cells\":{\"fld_1\":{\"updated\":\"" + T + "\",\"created\":\"" + T + "\","
        + "\"value\":\"Ada\",\"fieldName\":\"Name\"}}}";
    seed.json("GET " + ap + "/tables", 200, page(table, null))
        .json("GET " + ap + "/tables/tbl_1", 200, table)
        .json("GET " + ap + "/records", 200, page(record, null))
        .json("GET " + ap + "/pieces", 200, "[{\"name\":\"@activepieces/piece-webhook\",\"displayName\":\"Webhook\","
            + "\"description\":\"d\",\"logoUrl\":\"l\",\"version\":\"0.1.24\",\"categories\":[\"CORE\"],\"actions\":1,"
            + "\"triggers\":1,\"authors\":[\"a\"]}]")
        .json("GET " + ap + "/trigger-runs/status", 200,
            "{\"pieces\":{\"@activepieces/piece-webhook\":{\"dailyStats\":{\"2026-01-01\":{\"success\":3,\"failure\":1}}}}}")
        .json("POST " + ap + "/test-trigger", 200, "[{\"id\":\"ev_1\",\"created\":\"" + T + "\",\"updated\":\"" + T
            + "\",\"projectId\":\"proj_1\",\"flowId\":\"flow_1\",\"sourceName\":\"webhook\",\"fileId\":null,"
            + "\"payload\":{\"body\":{\"a\":1}}}]")
        .json("GET " + ap + "/user-invitations", 200, page("{\"id\":\"inv_1\",\"created\":\"" + T + "\",\"updated\":\""
            + T + "\",\"email\":\"a@b.c\",\"status\":\"PENDING\",\"type\":\"PROJECT\",\"platformId\":\"plat_1\","
            + "\"projectId\":\"proj_1\",\"projectRoleId\":\"role_1\"}", null))
        .json("DELETE " + ap + "/user-invitations/inv_1", 200, "")
        .json("GET /channel-service/v1/workflows/channel_automation", 200,
            "{\"data\":[{\"id\":\"wf_1\",\"name\":\"Welcome\",\"active\":true,\"tags\":[{\"id\":\"t\",\"name\":\"vip\"}]}]}");
    Activepieces a = Activepieces.of(imbrace);
    a.listTables(ListParams.builder().limit(3).build());
    sent("GET", ap + "/tables", "limit=3", null);
    assertEquals("Leads", a.getTable("tbl_1").name());
    sent("GET", ap + "/tables/tbl_1", "", null);
    // listRecords({tableId, limit, cursor})
    TableRecord rec = a.listRecords("tbl_1", ListParams.builder().limit(10).cursor("c").build()).data().get(0);
    sent("GET", ap + "/records", "tableId=tbl_1&limit=10&cursor=c", null);
    assertEquals("Ada", rec.value("fld_1"));
    assertEquals("Name", rec.cells().get("fld_1").fieldName());
    // listPieces: the official SDK adds ?limit=, which Activepieces' list does not take
    Piece piece = a.listPieces().get(0);
    sent("GET", ap + "/pieces", "", null);
    assertEquals(1, piece.actionCount());
    TriggerRunStatus status = a.triggerRunStatus();
    sent("GET", ap + "/trigger-runs/status", "", null);
    assertEquals(3, status.pieces().get("@activepieces/piece-webhook").dailyStats().get("2026-01-01").success());
    List<TriggerEvent> events = a.testTrigger("flow_1", "fv_1", TriggerEvent.TestStrategy.TEST_FUNCTION);
    sent("POST", ap + "/test-trigger", "", "{\"flowId\":\"flow_1\",\"flowVersionId\":\"fv_1\",\"testStrategy\":\"TEST_FUNCTION\"}");
    assertEquals(Map.of("body", Map.of("a", 1L)), events.get(0).payload(), "numbers read exactly");
    // listInvitations({type: "PROJECT", limit})
    UserInvitation inv = a.listInvitations(UserInvitation.Type.PROJECT, ListParams.builder().limit(3).build()).data().get(0);
    sent("GET", ap + "/user-invitations", "type=PROJECT&limit=3", null);
    assertEquals(UserInvitation.Type.PROJECT, inv.type());
    a.deleteInvitation("inv_1");
    sent("DELETE", ap + "/user-invitations/inv_1", "", null);
    // listChannelAutomation({channelType}) reaches the channel service, not the workflow engine
    ChannelAutomation automation = a.listChannelAutomations("whatsapp").get(0);
    sent("GET", "/channel-service/v1/workflows/channel_automation", "channelType=whatsapp", null);
    assertEquals("vip", automation.tags().get(0).name());
  }

  @Test void errorsKeepActivepiecesCodeAndParams() {
    seed.json("GET /activepieces/v1/flows/flow_x", 404, "{\"code\":\"ENTITY_NOT_FOUND\",\"params\":{\"entityType\":\"Flow\","
            + "\"entityId\":\"flow_x\",\"message\":\"Flow with id flow_x is not found\"}}")
        .json("POST /activepieces/v1/flows/flow_1", 409, "{\"code\":\"VALIDATION\",\"params\":{\"message\":\"not valid\"}}")
        .json("POST /activepieces/v1/flows", 400, "{\"statusCode\":400,\"code\":\"FST_ERR_VALIDATION\",\"error\":"
            + "\"Bad Request\",\"message\":\"body must have required property 'displayName'\"}")
        .json("GET /activepieces/v1/flows", 401, "{\"code\":\"INVALID_API_KEY\",\"params\":{}}");
    Workflows w = imbrace.workflows();
    NotFoundException missing = assertThrows(NotFoundException.class, () -> w.getFlow("flow_x"));
    assertEquals("ENTITY_NOT_FOUND", missing.errorCode());
    assertEquals("Flow", missing.details().get("entityType"));
    assertTrue(missing.getMessage().contains("Flow with id flow_x is not found"), missing.getMessage());
    ConflictException invalid = assertThrows(ConflictException.class, () -> w.applyFlowOperation("flow_1",
        FlowOperation.lockAndPublish()));
    assertEquals("VALIDATION", invalid.errorCode());
    BadRequestException schema = assertThrows(BadRequestException.class,
        () -> w.createFlow(CreateFlowParams.builder().displayName("x").build()));
    assertEquals("FST_ERR_VALIDATION", schema.errorCode());
    assertTrue(schema.getMessage().contains("must have required property 'displayName'"), schema.getMessage());
    UnauthorizedException denied = assertThrows(UnauthorizedException.class, w::listFlows);
    assertEquals("INVALID_API_KEY", denied.errorCode());
  }

  @Test void activepiecesItselfTakesABearerKeyUnderApiV1AndImbraceAnAccessToken() {
    seed.json("GET /api/v1/flows", 200, page(FLOW, null)).json("GET /activepieces/v1/flows", 200, page(FLOW, null));
    try (FlowClient activepieces = FlowClient.builder().platform(Platform.ACTIVEPIECES).baseUrl(seed.url() + "api/v1/")
        .apiKey("sk-key").build()) {
      activepieces.workflows().listFlows(ListFlowsParams.builder().projectId("proj_1").build());
      assertEquals("GET /api/v1/flows?projectId=proj_1", seed.last().line());
      assertEquals("Bearer sk-key", seed.last().headers.get("Authorization"));
      assertThrows(UnsupportedOperationException.class, () -> Activepieces.of(activepieces).listChannelAutomations(null));
      assertThrows(UnsupportedOperationException.class, () -> activepieces.workflows().getConnection("conn_1"));
    }
    try (FlowClient byToken = FlowClient.builder().platform(Platform.IMBRACE).baseUrl(seed.url() + "activepieces/")
        .accessToken("acc_token", "org_1").build()) {
      byToken.workflows().listFlows();
      assertEquals("GET /activepieces/v1/flows", seed.last().line());
      assertEquals("acc_token", seed.last().headers.get("x-access-token"));
      assertEquals("org_1", seed.last().headers.get("x-organization-id"));
      assertNull(seed.last().headers.get("x-api-key"));
    }
  }
}
