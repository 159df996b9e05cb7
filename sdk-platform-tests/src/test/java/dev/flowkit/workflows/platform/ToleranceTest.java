package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Tolerance is per platform: a client of one platform pointed at another never turns a foreign
 * answer into an empty page or a model of nulls.
 */
class ToleranceTest {
  @Test void aFlowkitClientRejectsIaiFlowsItemsListAndRunWrapper() throws Exception {
    try (ReferenceServer iai = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).start();
        FlowClient client = FlowClient.builder().baseUrl(iai.url().toString())
            .credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD).build()) {
      InvalidResponseException list = assertThrows(InvalidResponseException.class, () -> client.workflows().listFlows());
      assertTrue(list.getMessage().contains("'data'"), list.getMessage());

      String runId;
      try (FlowClient iaiClient = Targets.signedIn(iai, Platform.IAI_FLOW)) {
        runId = iaiClient.workflows().triggerFlow(iai.flowId("Hello"), null).id();
        iaiClient.workflows().waitForRun(runId, Duration.ofSeconds(10));
      }
      InvalidResponseException run = assertThrows(InvalidResponseException.class, () -> client.workflows().getRun(runId));
      assertTrue(run.getMessage().contains("Required value 'id' missing"), run.getMessage());
    }
  }

  @Test void anIaiFlowClientRejectsTheContractsPageEnvelope() {
    try (ReferenceServer flowkit = ReferenceServer.builder().start();
        FlowClient client = Targets.signedIn(flowkit, Platform.IAI_FLOW)) {
      InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.workflows().listFlows());
      assertTrue(e.getMessage().contains("items"), e.getMessage());
    }
  }

  @Test void aFlow8ClientRejectsACursorPage() {
    try (ReferenceServer flowkit = ReferenceServer.builder().start();
        FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(flowkit.url() + "api/")
            .apiKey(flowkit.demoApiKey()).build()) {
      InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.workflows().listFlows());
      assertTrue(e.getMessage().contains("total"), e.getMessage());
      assertEquals("/api/flows", flowkit.exchanges().get(0).path(), "the documented base URL is not doubled");
    }
  }
}
