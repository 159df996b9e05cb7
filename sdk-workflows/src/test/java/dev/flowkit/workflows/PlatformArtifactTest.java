package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * sdk-workflows alone, as a user who added only it has it: the Flowkit contract and FlowAI work,
 * and every other platform fails at build(), before any request, naming the artifact to add.
 * (With the artifacts present, sdk-platform-tests runs every platform.)
 */
class PlatformArtifactTest {
  private static final Map<Platform, String> ARTIFACTS = Map.of(
      Platform.FLOW8, "dev.flowkit:sdk-flow8",
      Platform.IMBRACE, "dev.flowkit:sdk-activepieces",
      Platform.ACTIVEPIECES, "dev.flowkit:sdk-activepieces",
      Platform.IAI_FLOW, "dev.flowkit:sdk-iaiflow");

  @Test void aPlatformWithoutItsArtifactIsRefusedAtBuildNamingTheArtifact() {
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      for (Map.Entry<Platform, String> e : ARTIFACTS.entrySet()) {
        FlowClient.Builder builder = FlowClient.builder().platform(e.getKey()).baseUrl(server.url().toString())
            .apiKey(server.demoApiKey());
        IllegalStateException refused = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(refused.getMessage().contains("Platform." + e.getKey() + " is in the artifact " + e.getValue()),
            refused.getMessage());
        IllegalStateException listed = assertThrows(IllegalStateException.class, e.getKey()::supportedCalls);
        assertEquals(refused.getMessage(), listed.getMessage());
      }
      assertEquals(java.util.List.of(), server.exchanges(), "nothing may be sent for a client that was never built");
    }
  }

  @Test void theContractAndFlowAiNeedNoOtherArtifact() {
    assertTrue(Platform.FLOWKIT.supportedCalls().contains("listFlows"));
    assertTrue(Platform.FLOWAI.supportedCalls().contains("triggerFlowSync"));
    assertFalse(Platform.FLOWAI.supportedCalls().contains("listFlows"));
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOWAI).start();
        FlowClient client = FlowClient.builder().platform(Platform.FLOWAI).baseUrl(server.url().toString())
            .apiKey(server.demoApiKey()).build()) {
      assertEquals(Platform.FLOWAI, client.platform());
    }
  }
}
