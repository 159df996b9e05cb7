package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's integration test: their flow code against the reference server. */
@ReferenceServerTest
class FlowCodeTest {
  @Test
  void greetsThroughTheReferenceServer(ReferenceServer server) {
    try (FlowClient client = FlowClient.builder()
        .baseUrl(server.url().toString()).apiKey(server.demoApiKey()).build()) {
      FlowRun run = client.workflows().triggerFlowSync(
          server.flowId("Hello"), Map.of("name", "Ada"), Duration.ofSeconds(5));
      assertEquals(RunStatus.SUCCEEDED, run.status());
      assertEquals(Map.of("greeting", "Hello, Ada!"), run.output());
      assertEquals(1, server.runsCreated(server.flowId("Hello")));
    }
  }
}
