package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.FlowVersionState;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calls one platform maps in its own way, beyond the shared journeys. */
class PlatformCallsTest {
  @Test void iaiFlowCreatesADraftPublishesRenamesAndRunsIt() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).start();
        FlowClient client = Targets.signedIn(server, Platform.IAI_FLOW)) {
      Workflows w = client.workflows();
      // A chain whose step types IAI Flow has nodes for: manual_trigger, then http_request.
      Step trigger = Step.manualTrigger("trigger").then(Step.builder().name("echo").type(dev.flowkit.workflows.models.StepType.HTTP)
          .setting("url", server.url() + "api/health?word={{input.word}}").build());
      Flow draft = w.createFlow(CreateFlowParams.builder().displayName("Echo").trigger(trigger).build());
      assertEquals(FlowStatus.DISABLED, draft.status());
      assertEquals(FlowVersionState.DRAFT, draft.version().state());
      assertEquals("echo", draft.version().trigger().nextAction().name());
      assertTrue(last(server).requestBody().startsWith("{\"name\":\"Echo\",\"definition_json\":\"{\\\"name\\\":\\\"Echo\\\",\\\"nodes\\\":["),
          last(server).requestBody());

      Flow published = w.applyFlowOperation(draft.id(), FlowOperation.lockAndPublish());
      assertEquals(FlowStatus.ENABLED, published.status());
      assertEquals("PUT /api/workflows/" + draft.id() + " {\"status\":\"active\"}",
          last(server).method() + " " + last(server).path() + " " + last(server).requestBody());
      Flow renamed = w.applyFlowOperation(draft.id(), FlowOperation.changeName("Echo 2"));
      assertEquals("Echo 2", renamed.version().displayName());

      FlowRun run = w.waitForRun(w.triggerFlow(draft.id(), Map.of("word", "hi")).id(), Duration.ofSeconds(20));
      assertEquals(RunStatus.SUCCEEDED, run.status(), String.valueOf(run.error()));
      assertEquals(200, ((Number) ((Map<?, ?>) run.output()).get("status")).intValue(),
          "the http_request node's {status, headers, body}");
      assertEquals(true, ((Map<?, ?>) ((Map<?, ?>) run.output()).get("body")).get("ok"));
      assertThrows(UnsupportedOperationException.class,
          () -> w.applyFlowOperation(draft.id(), FlowOperation.deleteAction("echo")));
      assertThrows(UnsupportedOperationException.class,
          () -> w.listFlows(ListFlowsParams.builder().status(FlowStatus.ENABLED).build()));
      assertThrows(UnsupportedOperationException.class,
          () -> w.listRuns(ListRunsParams.builder().status(RunStatus.CANCELED).build()));
      w.deleteFlow(draft.id());
      assertEquals("DELETE /api/workflows/" + draft.id(), last(server).method() + " " + last(server).path());
    }
  }

  @Test void flow8SyncTriggersApiKeysAndApproval() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start();
        FlowClient client = Targets.signedIn(server, Platform.FLOW8)) {
      Workflows w = client.workflows();
      FlowRun sync = w.triggerFlowSync(server.flowId("Hello"), Map.of("name", "Ada"), Duration.ofSeconds(20));
      assertEquals(RunStatus.SUCCEEDED, sync.status());

      CreatedApiKey key = client.auth().createApiKey("ci");
      List<String> names = new ArrayList<>();
      for (ApiKey k : client.auth().listApiKeys().autoPager()) names.add(k.name());
      assertTrue(names.contains("ci"), names.toString());
      assertEquals("/api/auth/api-keys", last(server).path());
      assertTrue(last(server).query().startsWith("page=0"), last(server).query());
      try (FlowClient keyed = Targets.base(server, Platform.FLOW8).apiKey(key.key()).build()) {
        assertEquals(5, keyed.workflows().listFlows().data().size());
      }
      client.auth().revokeApiKey(key.id());

      String waiting = w.triggerFlow(server.flowId("Approval"), null).id();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (w.getRun(waiting).status() != RunStatus.PAUSED && System.nanoTime() < deadline) Thread.sleep(10);
      FlowRun resumed = w.approveRun(waiting);
      assertFalse(resumed.status() == RunStatus.PAUSED);
      assertEquals("POST /api/plays/" + waiting + "/approve", last(server).method() + " " + last(server).path());
      assertEquals(RunStatus.SUCCEEDED, w.waitForRun(waiting, Duration.ofSeconds(20)).status());
    }
  }

  private static dev.flowkit.server.RecordedExchange last(ReferenceServer server) {
    List<dev.flowkit.server.RecordedExchange> all = server.exchanges();
    return all.get(all.size() - 1);
  }
}
