package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static dev.flowkit.workflows.it.Clients.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.BadRequestException;
import dev.flowkit.core.ConflictException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowOperationStatus;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.FlowVersion;
import dev.flowkit.workflows.models.FlowVersionState;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Step;
import dev.flowkit.workflows.models.StepType;
import dev.flowkit.workflows.models.UpdateFlowParams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Flows and their versions: get, create, update, delete, list with filters. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class FlowsTest {
  @Test
  void getFlowReturnsTheSeededFlowWithItsPublishedVersion(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Flow hello = client.workflows().getFlow(server.flowId("Hello"));
      assertEquals(server.flowId("Hello"), hello.id());
      assertEquals(FlowStatus.ENABLED, hello.status());
      assertEquals(FlowOperationStatus.NONE, hello.operationStatus());
      assertTrue(hello.projectId().startsWith("proj_"), hello.projectId());
      assertNull(hello.folderId());
      FlowVersion version = hello.version();
      assertEquals(hello.publishedVersionId(), version.id());
      assertEquals(hello.id(), version.flowId());
      assertEquals("Hello", version.displayName());
      assertEquals(FlowVersionState.LOCKED, version.state());
      assertEquals(List.of("trigger", "greet"), names(version.trigger()));
      assertEquals(StepType.MANUAL, version.trigger().type());
      Step greet = version.trigger().nextAction();
      assertEquals(StepType.SET, greet.type());
      assertEquals(Map.of("greeting", "Hello, {{input.name}}!"), greet.settings().get("values"));
      assertNull(greet.nextAction());
    }
  }

  @Test
  void getFlowOfAMissingIdIsNotFound(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> client.workflows().getFlow("flow_missing"));
      assertApiError(e, 404, "FLOW_NOT_FOUND");
      assertTrue(e.getMessage().contains("flow_missing"), e.getMessage());
    }
  }

  @Test
  void createFlowMakesADisabledDraftWithAManualTrigger(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Flow flow = client.workflows().createFlow(CreateFlowParams.builder().displayName("New Lead").build());
      assertTrue(flow.id().startsWith("flow_"), flow.id());
      assertEquals(FlowStatus.DISABLED, flow.status());
      assertNull(flow.publishedVersionId());
      assertEquals("New Lead", flow.version().displayName());
      assertEquals(FlowVersionState.DRAFT, flow.version().state());
      Step trigger = flow.version().trigger();
      assertEquals("trigger", trigger.name());
      assertEquals(StepType.MANUAL, trigger.type());
      assertEquals(Map.of(), trigger.settings());
      assertNull(trigger.nextAction());
      assertEquals(flow, client.workflows().getFlow(flow.id()));
      assertEquals(201, Clients.exchanges(server, "POST", "/api/flows").get(0).status());
    }
  }

  @Test
  void createFlowWithAChainInAFolder(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      Folder folder = w.createFolder(CreateFolderParams.builder().displayName("Sales").build());
      Step chain = Step.manualTrigger("start")
          .then(Step.set("hi", Map.of("text", "Hi {{input.who}}")))
          .then(Step.delay("pause", 5));
      Flow flow = w.createFlow(CreateFlowParams.builder()
          .displayName("Chained").folderId(folder.id()).trigger(chain).build());
      assertEquals(folder.id(), flow.folderId());
      Step sent = flow.version().trigger();
      assertEquals(List.of("start", "hi", "pause"), names(sent));
      assertEquals(Map.of("text", "Hi {{input.who}}"), sent.nextAction().settings().get("values"));
      assertEquals(5L, sent.chain().get(2).settings().get("ms"), "integers come back as Long");
      assertEquals(1, w.getFolder(folder.id()).numberOfFlows());
    }
  }

  @Test
  void createFlowInAMissingFolderIsNotFound(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> client.workflows().createFlow(
          CreateFlowParams.builder().displayName("X").folderId("fld_missing").build()));
      assertApiError(e, 404, "FOLDER_NOT_FOUND");
    }
  }

  @Test
  void createFlowBuilderRejectsAMissingDisplayNameBeforeSending(ReferenceServer server) {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> CreateFlowParams.builder().build());
    assertEquals("displayName is required", missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CreateFlowParams.builder().displayName(""));
    assertTrue(server.exchanges().isEmpty());
  }

  @Test
  void updateFlowReplacesTheDraftWhileThePublishedVersionKeepsRunning(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      String published = w.getFlow(hello).publishedVersionId();
      Step chain = Step.manualTrigger("trigger").then(Step.set("greet", Map.of("greeting", "Hi {{input.name}}")));

      Flow updated = w.updateFlow(hello, UpdateFlowParams.builder().displayName("Hello v2").trigger(chain).build());

      assertEquals("Hello v2", updated.version().displayName());
      assertEquals(FlowVersionState.DRAFT, updated.version().state());
      assertNotEquals(published, updated.version().id(), "a LOCKED version is copied into a new draft");
      assertEquals(published, updated.publishedVersionId());
      assertEquals(chain, updated.version().trigger());
      FlowRun run = w.triggerFlowSync(hello, Map.of("name", "Ada"), Duration.ofSeconds(10));
      assertEquals(Map.of("greeting", "Hello, Ada!"), run.output(), "triggers run the published version");
      assertEquals(published, run.flowVersionId());
    }
  }

  @Test
  void updateFlowBuilderNeedsBothNameAndTrigger(ReferenceServer server) {
    assertEquals("trigger is required",
        assertThrows(IllegalStateException.class,
            () -> UpdateFlowParams.builder().displayName("Only a name").build()).getMessage());
    assertEquals("displayName is required",
        assertThrows(IllegalStateException.class,
            () -> UpdateFlowParams.builder().trigger(Step.manualTrigger("t")).build()).getMessage());
    assertTrue(server.exchanges().isEmpty());
  }

  @Test
  void updateFlowOfAMissingIdIsNotFound(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      UpdateFlowParams params =
          UpdateFlowParams.builder().displayName("X").trigger(Step.manualTrigger("trigger")).build();
      assertApiError(assertThrows(NotFoundException.class, () -> client.workflows().updateFlow("flow_x", params)),
          404, "FLOW_NOT_FOUND");
    }
  }

  @Test
  void deleteFlowRemovesItAndASecondDeleteIsNotFound(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      Flow flow = w.createFlow(CreateFlowParams.builder().displayName("Temp").build());
      w.deleteFlow(flow.id());
      assertApiError(assertThrows(NotFoundException.class, () -> w.getFlow(flow.id())), 404, "FLOW_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class, () -> w.deleteFlow(flow.id())), 404, "FLOW_NOT_FOUND");
      assertEquals(5, w.listFlows().data().size());
    }
  }

  @Test
  void deleteFlowWhileARunIsActiveIsFlowInUse(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String approval = server.flowId("Approval");
      FlowRun run = w.triggerFlow(approval, null);
      Clients.awaitStatus(w, run.id(), RunStatus.PAUSED);

      ConflictException e = assertThrows(ConflictException.class, () -> w.deleteFlow(approval));
      assertApiError(e, 409, "FLOW_IN_USE");
      assertEquals(approval, w.getFlow(approval).id(), "still there");

      assertEquals(RunStatus.CANCELED, w.cancelRun(run.id()).status());
      w.deleteFlow(approval);
      assertApiError(assertThrows(NotFoundException.class, () -> w.getFlow(approval)), 404, "FLOW_NOT_FOUND");
    }
  }

  @Test
  void listFlowsKeepsStatusFolderAndNameFiltersOnEveryPage(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      Folder reports = w.createFolder(CreateFolderParams.builder().displayName("Reports").build());
      for (int i = 1; i <= 3; i++) {
        w.createFlow(CreateFlowParams.builder().displayName("Weekly report " + i).folderId(reports.id()).build());
      }
      w.createFlow(CreateFlowParams.builder().displayName("Unfiled report").build());
      Clients.publishedFlow(w, "Published report", Step.manualTrigger("trigger"));

      List<String> inFolder = w.listFlows(ListFlowsParams.builder().folderId(reports.id()).limit(1).build())
          .autoPager().stream().map(f -> f.version().displayName()).collect(Collectors.toList());
      assertEquals(List.of("Weekly report 3", "Weekly report 2", "Weekly report 1"), inFolder);

      List<String> disabled = w.listFlows(ListFlowsParams.builder().status(FlowStatus.DISABLED).limit(2).build())
          .autoPager().stream().map(f -> f.version().displayName()).collect(Collectors.toList());
      assertEquals(List.of("Unfiled report", "Weekly report 3", "Weekly report 2", "Weekly report 1"), disabled);

      List<Flow> enabledReports = w.listFlows(ListFlowsParams.builder()
              .name("REPORT").status(FlowStatus.ENABLED).limit(1).build())
          .autoPager().stream().collect(Collectors.toList());
      assertEquals(List.of("Published report"),
          enabledReports.stream().map(f -> f.version().displayName()).collect(Collectors.toList()));

      List<String> named = w.listFlows(ListFlowsParams.builder().name("weekly").limit(2).build())
          .autoPager().stream().map(f -> f.version().displayName()).collect(Collectors.toList());
      assertEquals(List.of("Weekly report 3", "Weekly report 2", "Weekly report 1"), named);

      // every page request, the cursor ones included, carried the filters and the limit
      List<String> queries = Clients.exchanges(server, "GET", "/api/flows").stream()
          .map(e -> e.query()).collect(Collectors.toList());
      long folderPages = queries.stream().filter(q -> q.contains("folderId=" + reports.id())).count();
      assertEquals(3, folderPages, queries.toString());
      assertTrue(queries.stream().filter(q -> q.contains("folderId=")).allMatch(q -> q.contains("limit=1")));
      assertEquals(2, queries.stream().filter(q -> q.contains("status=DISABLED") && q.contains("limit=2")).count(),
          queries.toString());
      assertEquals(2, queries.stream().filter(q -> q.contains("name=weekly") && q.contains("limit=2")).count(),
          queries.toString());
      assertTrue(queries.stream().filter(q -> q.contains("cursor=")).count() >= 4, queries.toString());
    }
  }

  @Test
  void listFlowsWithAMalformedCursorIsABadRequestNamingTheCursor(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      BadRequestException e = assertThrows(BadRequestException.class,
          () -> client.workflows().listFlows(ListFlowsParams.builder().cursor("not-a-cursor").build()));
      assertApiError(e, 400, "VALIDATION_ERROR");
      assertEquals("cursor", e.details().get("field"));
    }
  }

  @Test
  void listFlowsBuilderRejectsALimitOutside1To100(ReferenceServer server) {
    assertEquals("limit must be in 1..100 but was 0",
        assertThrows(IllegalArgumentException.class, () -> ListFlowsParams.builder().limit(0)).getMessage());
    assertEquals("limit must be in 1..100 but was 101",
        assertThrows(IllegalArgumentException.class, () -> ListParams.builder().limit(101)).getMessage());
    assertTrue(server.exchanges().isEmpty());
  }

  @Test
  void listVersionsNewestFirstAndGetVersion(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      String published = w.getFlow(hello).publishedVersionId();
      Flow renamed = w.applyFlowOperation(hello, dev.flowkit.workflows.models.FlowOperation.changeName("Hi"));
      String draft = renamed.version().id();

      List<FlowVersion> versions = w.listVersions(hello).data();
      assertEquals(List.of(draft, published), versions.stream().map(FlowVersion::id).collect(Collectors.toList()));
      assertEquals(List.of(FlowVersionState.DRAFT, FlowVersionState.LOCKED),
          versions.stream().map(FlowVersion::state).collect(Collectors.toList()));

      FlowVersion old = w.getVersion(hello, published);
      assertEquals("Hello", old.displayName());
      assertEquals(versions.get(1), old);
      assertEquals("Hi", w.getVersion(hello, draft).displayName());

      List<FlowVersion> paged = w.listVersions(hello, ListParams.builder().limit(1).build())
          .autoPager().stream().collect(Collectors.toList());
      assertEquals(versions, paged);

      assertApiError(assertThrows(NotFoundException.class, () -> w.getVersion(hello, "fv_missing")),
          404, "VERSION_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class, () -> w.listVersions("flow_missing")),
          404, "FLOW_NOT_FOUND");
      assertNotNull(old.created());
    }
  }
}
