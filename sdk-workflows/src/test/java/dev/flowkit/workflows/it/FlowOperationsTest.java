package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static dev.flowkit.workflows.it.Clients.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.FlowVersionState;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Step;
import dev.flowkit.workflows.models.StepType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every {@link FlowOperation} factory, applied to a real flow, and what a trigger then runs. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class FlowOperationsTest {
  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  @Test
  void lockAndPublishLocksTheDraftAndEnablesTheFlow(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      Flow draft = w.createFlow(CreateFlowParams.builder().displayName("Echo")
          .trigger(Step.manualTrigger("trigger").then(Step.set("echo", Map.of("said", "{{input.word}}")))).build());

      Flow published = w.applyFlowOperation(draft.id(), FlowOperation.lockAndPublish());

      assertEquals(FlowStatus.ENABLED, published.status());
      assertEquals(draft.version().id(), published.publishedVersionId());
      assertEquals(FlowVersionState.LOCKED, published.version().state());
      FlowRun run = w.triggerFlowSync(draft.id(), Map.of("word", "ping"), TEN_SECONDS);
      assertEquals(Map.of("said", "ping"), run.output());
    }
  }

  @Test
  void changeStatusDisablesAndEnablesButNotAnUnpublishedFlow(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      assertEquals(FlowStatus.DISABLED, w.applyFlowOperation(hello, FlowOperation.changeStatus(FlowStatus.DISABLED)).status());
      assertEquals(FlowStatus.DISABLED, w.getFlow(hello).status());
      assertEquals(FlowStatus.ENABLED, w.applyFlowOperation(hello, FlowOperation.changeStatus(FlowStatus.ENABLED)).status());

      Flow fresh = w.createFlow(CreateFlowParams.builder().displayName("Never published").build());
      ConflictException e = assertThrows(ConflictException.class,
          () -> w.applyFlowOperation(fresh.id(), FlowOperation.changeStatus(FlowStatus.ENABLED)));
      assertApiError(e, 409, "CONFLICT");
      assertEquals(FlowStatus.DISABLED, w.getFlow(fresh.id()).status());
      assertThrows(IllegalArgumentException.class, () -> FlowOperation.changeStatus(FlowStatus.UNKNOWN));
    }
  }

  @Test
  void changeNameMakesANewDraftAndLeavesThePublishedVersion(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      Flow before = w.getFlow(hello);
      Flow renamed = w.applyFlowOperation(hello, FlowOperation.changeName("Hello there"));
      assertEquals("Hello there", renamed.version().displayName());
      assertEquals(FlowVersionState.DRAFT, renamed.version().state());
      assertNotEquals(before.version().id(), renamed.version().id());
      assertEquals(before.publishedVersionId(), renamed.publishedVersionId());
      assertEquals("Hello", w.getVersion(hello, before.publishedVersionId()).displayName());
      // a second edit reuses the draft
      assertEquals(renamed.version().id(),
          w.applyFlowOperation(hello, FlowOperation.changeName("Hello again")).version().id());
    }
  }

  @Test
  void changeFolderFilesAndUnfilesTheFlow(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      Folder folder = w.createFolder(CreateFolderParams.builder().displayName("Greetings").build());

      assertEquals(folder.id(), w.applyFlowOperation(hello, FlowOperation.changeFolder(folder.id())).folderId());
      assertEquals(1, w.getFolder(folder.id()).numberOfFlows());

      Flow unfiled = w.applyFlowOperation(hello, FlowOperation.changeFolder(null));
      assertNull(unfiled.folderId());
      assertEquals(0, w.getFolder(folder.id()).numberOfFlows());
      String sent = Clients.exchanges(server, "POST", "/api/flows/" + hello).get(1).requestBody();
      assertTrue(sent.contains("\"request\":{\"folderId\":null}"), "the null is sent, not dropped: " + sent);

      assertApiError(assertThrows(NotFoundException.class,
          () -> w.applyFlowOperation(hello, FlowOperation.changeFolder("fld_missing"))), 404, "FOLDER_NOT_FOUND");
    }
  }

  @Test
  void updateTriggerReplacesTheTriggerAndKeepsTheActionsWhenItHasNone(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");

      Flow hooked = w.applyFlowOperation(hello, FlowOperation.updateTrigger(Step.webhookTrigger("hook")));
      assertEquals(StepType.WEBHOOK, hooked.version().trigger().type());
      assertEquals(List.of("hook", "greet"), names(hooked.version().trigger()));

      Step chain = Step.manualTrigger("trigger").then(Step.set("other", Map.of("x", "1")));
      Flow replaced = w.applyFlowOperation(hello, FlowOperation.updateTrigger(chain));
      assertEquals(chain, replaced.version().trigger());
    }
  }

  @Test
  void addUpdateAndDeleteActionEditTheChainAndTheNextRunUsesIt(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");

      Flow added = w.applyFlowOperation(hello,
          FlowOperation.addAction("trigger", Step.set("shout", Map.of("loud", "{{input.name}}!!"))));
      assertEquals(List.of("trigger", "shout", "greet"), names(added.version().trigger()));

      Flow updated = w.applyFlowOperation(hello,
          FlowOperation.updateAction(Step.set("greet", Map.of("greeting", "Yo {{steps.shout.output.loud}}"))));
      assertEquals(List.of("trigger", "shout", "greet"), names(updated.version().trigger()));
      Step greet = updated.version().trigger().chain().get(2);
      assertEquals(Map.of("greeting", "Yo {{steps.shout.output.loud}}"), greet.settings().get("values"));

      w.applyFlowOperation(hello, FlowOperation.lockAndPublish());
      FlowRun run = w.triggerFlowSync(hello, Map.of("name", "Ada"), TEN_SECONDS);
      assertEquals(RunStatus.SUCCEEDED, run.status());
      assertEquals(Map.of("greeting", "Yo Ada!!"), run.output());

      Flow deleted = w.applyFlowOperation(hello, FlowOperation.deleteAction("shout"));
      assertEquals(List.of("trigger", "greet"), names(deleted.version().trigger()));

      assertApiError(assertThrows(ConflictException.class,
          () -> w.applyFlowOperation(hello, FlowOperation.addAction("trigger", Step.delay("greet", 1)))),
          409, "CONFLICT");
      assertApiError(assertThrows(NotFoundException.class,
          () -> w.applyFlowOperation(hello, FlowOperation.addAction("nope", Step.delay("d", 1)))),
          404, "STEP_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class,
          () -> w.applyFlowOperation(hello, FlowOperation.deleteAction("nope"))), 404, "STEP_NOT_FOUND");
    }
  }

  @Test
  void useAsDraftCopiesAnOldVersionIntoANewDraft(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      String original = w.getFlow(hello).publishedVersionId();
      w.applyFlowOperation(hello, FlowOperation.deleteAction("greet"));
      w.applyFlowOperation(hello, FlowOperation.changeName("Empty"));
      w.applyFlowOperation(hello, FlowOperation.lockAndPublish());

      Flow restored = w.applyFlowOperation(hello, FlowOperation.useAsDraft(original));

      assertEquals(FlowVersionState.DRAFT, restored.version().state());
      assertEquals("Hello", restored.version().displayName());
      assertEquals(List.of("trigger", "greet"), names(restored.version().trigger()));
      assertNotEquals(original, restored.version().id());
      assertEquals(3, w.listVersions(hello).data().size());
      assertApiError(assertThrows(NotFoundException.class,
          () -> w.applyFlowOperation(hello, FlowOperation.useAsDraft("fv_missing"))), 404, "VERSION_NOT_FOUND");
    }
  }

  @Test
  void importFlowReplacesTheNameAndTheWholeChain(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      Flow flow = w.createFlow(CreateFlowParams.builder().displayName("Blank").build());
      Step chain = Step.manualTrigger("in")
          .then(Step.branch("route", "{{input.vip}}",
              Step.set("vip", Map.of("tier", "gold")), Step.set("std", Map.of("tier", "basic"))));

      Flow imported = w.applyFlowOperation(flow.id(), FlowOperation.importFlow("Imported", chain));

      assertEquals("Imported", imported.version().displayName());
      assertEquals(List.of("in", "route"), names(imported.version().trigger()));
      assertEquals(StepType.BRANCH, imported.version().trigger().nextAction().type());
      w.applyFlowOperation(flow.id(), FlowOperation.lockAndPublish());
      assertEquals(Map.of("tier", "gold"), w.triggerFlowSync(flow.id(), Map.of("vip", "yes"), TEN_SECONDS).output());
      assertEquals(Map.of("tier", "basic"), w.triggerFlowSync(flow.id(), Map.of("vip", "false"), TEN_SECONDS).output());
    }
  }

  @Test
  void operationOnAMissingFlowIsNotFound(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      assertApiError(assertThrows(NotFoundException.class,
          () -> client.workflows().applyFlowOperation("flow_missing", FlowOperation.lockAndPublish())),
          404, "FLOW_NOT_FOUND");
    }
  }
}
