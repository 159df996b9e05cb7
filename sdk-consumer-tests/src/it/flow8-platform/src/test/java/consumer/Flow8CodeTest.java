package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.flow8.Flow8Flow;
import dev.flowkit.workflows.models.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flow8 user's test: the shared calls and flow8's own, with sdk-flow8 as the one dependency. */
class Flow8CodeTest {
  @Test
  void speaksFlow8ThroughItsArtifact() {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start();
        FlowClient client = FlowClient.builder().platform(Platform.FLOW8)
            .baseUrl(server.url() + "api/").apiKey(server.demoApiKey()).build()) {
      List<Flow> shared = client.workflows().listFlows().data();
      List<Flow8Flow> own = Flow8.of(client).flows().list().data();
      assertFalse(own.isEmpty());
      assertEquals(shared.size(), own.size());
      assertEquals(shared.get(0).id(), own.get(0).id());
    }
  }
}
