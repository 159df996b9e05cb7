package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.Page;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.ApFlowOperation;
import dev.flowkit.workflows.activepieces.ApStep;
import dev.flowkit.workflows.activepieces.BulkRunsParams;
import dev.flowkit.workflows.activepieces.PropertyOptionsParams;
import dev.flowkit.workflows.activepieces.RetryStrategy;
import dev.flowkit.workflows.activepieces.Table;
import dev.flowkit.workflows.activepieces.TableField;
import dev.flowkit.workflows.activepieces.TableRecord;
import dev.flowkit.workflows.activepieces.TriggerEvent;
import dev.flowkit.workflows.activepieces.UserInvitation;
import dev.flowkit.workflows.activepieces.WebhookAcceptance;
import dev.flowkit.workflows.activepieces.WebhookResponse;
import dev.flowkit.workflows.contract.SpecExchanges;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.ConnectionType;
import dev.flowkit.workflows.models.ConnectionValue;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.UpdateFolderParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SDK against the reference server impersonating Imbrace and Activepieces, over real HTTP:
 * every shared call the platforms have and every native one, with flows that run for real from
 * their webhooks, the runs found the way the webhook's answer leaves it (by flow and creation
 * time), and the typed errors; every exchange matches the platform's spec in {@code
 * openapi/platforms/}.
 */
class ActivepiecesJourneyTest {
  private ReferenceServer server;
  private FlowClient client;
  private String project;
  private SpecExchanges exchanges;

  private void start(Platform platform) {
    server = ReferenceServer.builder().platform(ServerPlatform.valueOf(platform.name())).start();
    exchanges = SpecExchanges.of(ServerPlatform.valueOf(platform.name()));
    // Imbrace's base URL is the gateway; Activepieces' the host with its /api/ root.
    String base = platform == Platform.IMBRACE ? server.url().toString() : server.url() + "api/";
    client = FlowClient.builder().platform(platform).baseUrl(base).apiKey(server.demoApiKey())
        .okHttpClient(exchanges.client()).build();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("proj_[0-9]+").matcher(
        platform == Platform.IMBRACE ? client.workflows().listFlows().data().get(0).projectId() : server.curlJourney());
    assertTrue(m.find());
    project = m.group();
  }

  @AfterEach void close() {
    if (client != null) client.close();
    if (server != null) server.close();
    if (exchanges != null) {
      assertEquals(List.of(), exchanges.violations(), "exchanges that " + exchanges.spec() + " does not describe");
    }
  }

  private ListFlowsParams.Builder flows() {
    return ListFlowsParams.builder().projectId(project);
  }

  @ParameterizedTest @EnumSource(value = Platform.class, names = {"IMBRACE", "ACTIVEPIECES"})
  void flowsRunFromTheirWebhooksAndTheRunIsFoundByFlowAndTime(Platform platform) throws Exception {
    start(platform);
    Workflows w = client.workflows();
    Activepieces ap = Activepieces.of(client);
    List<String> ids = new ArrayList<>();
    Page<Flow> first = w.listFlows(flows().limit(3).build());
    for (Flow f : first.autoPager()) ids.add(f.id());
    assertEquals(7, ids.size(), ids.toString());
    assertTrue(first.hasNextPage());

    String hello = server.flowId("Hello");
    WebhookResponse sync = ap.triggerWebhookSync(hello, Map.of("name", "Ada"));
    assertEquals(200, sync.statusCode());
    assertEquals(Map.of("greeting", "Hello, Ada!"), sync.body());
    assertNotNull(sync.webhookId());

    WebhookAcceptance accepted = ap.triggerWebhook(hello, Map.of("name", "Bo"));
    assertNotNull(accepted.webhookId());
    FlowRun run = findRun(hello, accepted);
    FlowRun done = w.waitForRun(run.id(), Duration.ofSeconds(10));
    assertEquals(RunStatus.SUCCEEDED, done.status());
    assertEquals("Hello", done.flowName());
    assertEquals(List.of("trigger", "step_1"),
        w.listRunSteps(run.id()).stream().map(s -> s.name()).collect(Collectors.toList()));
    assertEquals(Map.of("name", "Bo"), ((Map<?, ?>) done.steps().get("trigger").output()).get("body"));

    WebhookResponse failed = ap.triggerWebhookSync(server.flowId("Failing"), Map.of("a", 1, "b", 0));
    assertEquals(WebhookResponse.Outcome.FLOW_FAILED, failed.outcome());
    FlowRun failedRun = w.listRuns(ListRunsParams.builder().projectId(project).flowId(server.flowId("Failing"))
        .status(RunStatus.FAILED).build()).data().get(0);
    assertEquals("step_1", failedRun.failedStep().name());
    FlowRun detail = w.getRun(failedRun.id());
    assertTrue(detail.error().message().contains("sandbox"), detail.error().toString());
    assertEquals(WebhookResponse.Outcome.NO_RESPONSE, ap.triggerWebhookSync(server.flowId("Silent"), null).outcome());
    assertEquals(Map.of("lead", "hot"), ap.triggerWebhookSync(server.flowId("Router"), Map.of("score", 99)).body());

    FlowRun again = ap.retryRun(failedRun.id(), RetryStrategy.ON_LATEST_VERSION, platform == Platform.ACTIVEPIECES ? project : null);
    assertNotEquals(failedRun.id(), again.id());
    assertEquals(RunStatus.FAILED, w.waitForRun(again.id(), Duration.ofSeconds(10)).status());

    ap.triggerWebhook(server.flowId("Slow"), null);
    FlowRun slow = w.waitForRun(findRun(server.flowId("Slow"), null).id(), Duration.ofMillis(300));
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (slow.status() != RunStatus.PAUSED && System.nanoTime() < deadline) {
      Thread.sleep(10);
      slow = w.getRun(slow.id());
    }
    assertEquals(RunStatus.PAUSED, slow.status());
    ap.cancelRuns(BulkRunsParams.builder().projectId(project).flowRunIds(slow.id()).build());
    assertEquals(RunStatus.CANCELED, w.getRun(slow.id()).status());
    ap.archiveRuns(BulkRunsParams.builder().projectId(project).flowRunIds(slow.id()).build());
    assertTrue(w.listRuns(ListRunsParams.builder().projectId(project).flowId(server.flowId("Slow")).build()).data().isEmpty());

    assertThrows(NotFoundException.class, () -> ap.triggerWebhook(server.flowId("Disabled"), null));
    FlowApiException gone = assertThrows(FlowApiException.class, () -> ap.triggerWebhookSync("flow_nope", null));
    assertEquals(410, gone.statusCode());
    assertEquals(Map.of("never", true), ap.triggerDraftWebhookSync(server.flowId("Disabled"), null).body());
  }

  /** The newest run of {@code flowId} created after the webhook was accepted (bounded wait: 10 s). */
  private FlowRun findRun(String flowId, WebhookAcceptance accepted) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      ListRunsParams.Builder params = ListRunsParams.builder().projectId(project).flowId(flowId).limit(1);
      if (accepted != null) params.createdAfter(accepted.acceptedAt());
      List<FlowRun> runs = client.workflows().listRuns(params.build()).data();
      if (!runs.isEmpty()) return runs.get(0);
      Thread.sleep(10);
    }
    throw new AssertionError("no run of " + flowId);
  }

  @ParameterizedTest @EnumSource(value = Platform.class, names = {"IMBRACE", "ACTIVEPIECES"})
  void aFlowIsBuiltByOperationsPublishedAndAnswers(Platform platform) throws Exception {
    start(platform);
    Workflows w = client.workflows();
    Activepieces ap = Activepieces.of(client);
    Folder folder = w.createFolder(CreateFolderParams.builder().displayName("Sales").projectId(project).build());
    Flow flow = w.createFlow(CreateFlowParams.builder().displayName("Greeter").projectId(project).build());
    assertEquals(FlowStatus.DISABLED, flow.status());
    ap.applyFlowOperation(flow.id(), ApFlowOperation.updateTrigger(ApStep.catchWebhook("0.1.24")));
    ap.applyFlowOperation(flow.id(), ApFlowOperation.addAction("trigger",
        ApStep.returnResponse("step_1", "0.1.24", 202, Map.of("hello", "{{trigger.body.name}}"))));
    ap.applyFlowOperation(flow.id(), ApFlowOperation.changeFolder(folder.id()));
    Flow published = ap.applyFlowOperation(flow.id(), ApFlowOperation.lockAndPublish());
    assertEquals(FlowStatus.ENABLED, published.status());
    WebhookResponse answer = ap.triggerWebhookSync(flow.id(), Map.of("name", "Cy"));
    assertEquals(202, answer.statusCode());
    assertEquals(Map.of("hello", "Cy"), answer.body());

    Flow renamed = w.applyFlowOperation(flow.id(), dev.flowkit.workflows.models.FlowOperation.changeName("Greeter 2"));
    assertEquals("Greeter 2", renamed.version().displayName());
    assertEquals(2, w.listVersions(flow.id()).data().size());
    assertEquals("Greeter", w.getVersion(flow.id(), published.publishedVersionId()).displayName());
    assertEquals(1, w.getFolder(folder.id()).numberOfFlows());
    assertEquals("Deals", w.updateFolder(folder.id(), UpdateFolderParams.builder().displayName("Deals").build()).displayName());
    assertEquals(1, w.listFolders(ListParams.builder().projectId(project).build()).data().size());
    w.deleteFolder(folder.id());
    w.deleteFlow(flow.id());
    NotFoundException missing = assertThrows(NotFoundException.class, () -> w.getFlow(flow.id()));
    assertEquals("ENTITY_NOT_FOUND", missing.errorCode());
    assertEquals("Flow", missing.details().get("entityType"));
  }

  @ParameterizedTest @EnumSource(value = Platform.class, names = {"IMBRACE", "ACTIVEPIECES"})
  void connectionsMcpServersTablesPiecesAndInvitations(Platform platform) throws Exception {
    start(platform);
    Workflows w = client.workflows();
    Activepieces ap = Activepieces.of(client);
    AppConnection conn = w.upsertConnection(UpsertConnectionParams.builder().externalId("slack-main").displayName("Slack")
        .pieceName("@activepieces/piece-slack").projectId(project).type(ConnectionType.SECRET_TEXT)
        .value(ConnectionValue.secretText("xoxb-secret")).build());
    assertEquals(project, conn.projectId());
    assertEquals(1, w.listConnections(ListConnectionsParams.builder().projectId(project).build()).data().size());
    if (platform == Platform.IMBRACE) assertEquals("Slack", w.getConnection(conn.id()).displayName());
    w.deleteConnection(conn.id());

    McpServer mcp = w.createMcpServer(CreateMcpServerParams.builder().projectId(project).name("My MCP").build());
    assertEquals(1, w.listMcpServers(ListParams.builder().projectId(project).build()).data().size());
    assertNotEquals(mcp.token(), w.rotateMcpToken(mcp.id()).token());
    assertEquals("My MCP", w.getMcpServer(mcp.id()).name());
    w.deleteMcpServer(mcp.id());

    Table leads = ap.listTables(ListParams.builder().projectId(project).build()).data().get(0);
    assertEquals("Leads", ap.getTable(leads.id()).name());
    List<TableField> fields = ap.listFields(leads.id());
    assertEquals(List.of("Name", "Score"), fields.stream().map(TableField::name).collect(Collectors.toList()));
    TableField email = ap.createField(leads.id(), "Email", TableField.Type.TEXT);
    assertEquals("Mail", ap.renameField(email.id(), "Mail").name());
    assertEquals(TableField.Type.TEXT, ap.getField(email.id()).type());
    List<TableRecord> created = ap.createRecords(leads.id(), List.of(Map.of(fields.get(0).id(), "Bo", email.id(), "bo@x.dev")));
    assertEquals("bo@x.dev", created.get(0).value(email.id()));
    assertEquals("Cy", ap.updateRecord(created.get(0).id(), leads.id(), Map.of(fields.get(0).id(), "Cy"))
        .value(fields.get(0).id()));
    assertEquals("Cy", ap.getRecord(created.get(0).id()).value(fields.get(0).id()));
    assertEquals(2, ap.listRecords(leads.id(), ListParams.none()).data().size());
    ap.deleteRecords(created.get(0).id());
    ap.deleteField(email.id());
    Table temp = ap.createTable("Temp", platform == Platform.ACTIVEPIECES ? project : null);
    ap.deleteTable(temp.id());

    assertEquals(3, ap.listPieces().size());
    assertTrue(ap.getPiece("@activepieces/piece-webhook", null).triggerNames().contains("catch_webhook"));
    Flow hello = w.getFlow(server.flowId("Hello"));
    assertEquals(3, ap.pieceOptions(PropertyOptionsParams.builder().piece("@activepieces/piece-webhook", "0.1.24")
        .property("catch_webhook", "authType").flow(hello.id(), hello.version().id()).build()).options().size());
    ap.triggerWebhook(hello.id(), Map.of("x", 1));
    assertTrue(ap.triggerRunStatus().pieces().containsKey("@activepieces/piece-webhook"));
    assertTrue(ap.testTrigger(hello.id(), hello.version().id(), TriggerEvent.TestStrategy.TEST_FUNCTION).isEmpty());

    UserInvitation invitation = ap.listInvitations(UserInvitation.Type.PROJECT,
        ListParams.builder().projectId(project).build()).data().get(0);
    ap.deleteInvitation(invitation.id());
    assertTrue(ap.listInvitations(UserInvitation.Type.PROJECT, ListParams.builder().projectId(project).build()).data().isEmpty());
    if (platform == Platform.IMBRACE) {
      assertEquals(1, ap.listChannelAutomations("whatsapp").size());
      assertEquals(2, ap.listChannelAutomations(null).size());
      assertEquals(7, client.async().workflows().listFlows().get().data().size(), "the async facade too");
    }

    try (FlowClient stranger = FlowClient.builder().platform(platform).baseUrl(client.options().baseUrl().toString())
        .apiKey("not-a-key").build()) {
      UnauthorizedException denied = assertThrows(UnauthorizedException.class,
          () -> stranger.workflows().listFlows(flows().build()));
      assertEquals("INVALID_API_KEY", denied.errorCode());
    }
    assertFalse(server.exchanges().stream().anyMatch(e -> e.requestBody().contains("xoxb-secret")),
        "the connection's value is redacted in the recording");
  }
}
