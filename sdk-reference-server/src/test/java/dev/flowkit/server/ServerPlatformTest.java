package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Choosing a platform, and what the default and Imbrace serve. */
class ServerPlatformTest {
  @Test void commandLineNamesPickThePlatform() {
    assertEquals(ServerPlatform.IAI_FLOW, ServerPlatform.fromCliName("iai"));
    assertEquals(ServerPlatform.FLOWAI, ServerPlatform.fromCliName("flowai"));
    assertEquals(ServerPlatform.IMBRACE, ServerPlatform.fromCliName("imbrace"));
    assertEquals(ServerPlatform.FLOW8, ServerPlatform.fromCliName("flow8"));
    assertEquals(ServerPlatform.IAI_FLOW, ServerPlatform.fromCliName("IAI_FLOW"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerPlatform.fromCliName("zapier"));
    assertTrue(e.getMessage().contains("iai|flowai|imbrace|activepieces|flow8"), e.getMessage());
    assertEquals(ServerPlatform.ACTIVEPIECES, ServerPlatform.fromCliName("activepieces"));
  }

  @Test void theDefaultStillServesTheWholeContract() {
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      assertEquals(ServerPlatform.FLOWKIT, server.platform());
      assertTrue(server.routes().contains("GET /api/flows/{id}/versions"));
      assertTrue(server.routes().contains("POST /v1/api/workflow/run/{id}"));
      assertTrue(ReferenceServerMain.banner(server).contains("/api/auth/login"));
    }
  }

  @Test void imbraceAndActivepiecesServeActivepiecesV1UnderTheirRoots() {
    try (ReferenceServer imbrace = ReferenceServer.builder().platform(ServerPlatform.IMBRACE).start();
        ReferenceServer activepieces = ReferenceServer.builder().platform(ServerPlatform.ACTIVEPIECES).start()) {
      assertTrue(imbrace.routes().contains("POST /activepieces/v1/webhooks/{id}/sync"), imbrace.routes().toString());
      assertTrue(imbrace.routes().contains("GET /channel-service/v1/workflows/channel_automation"));
      assertTrue(activepieces.routes().contains("POST /api/v1/flows/{id}"));
      assertTrue(!activepieces.routes().contains("GET /channel-service/v1/workflows/channel_automation"));
      assertTrue(!activepieces.routes().contains("GET /api/v1/app-connections/{id}"));
      String journey = imbrace.curlJourney();
      assertTrue(journey.contains("-H 'x-api-key: " + imbrace.demoApiKey() + "'"), journey);
      assertTrue(journey.contains("/activepieces/v1/webhooks/" + imbrace.flowId("Hello") + "/sync"), journey);
      assertTrue(journey.contains("x-access-token: acc_"), journey);
      String ap = activepieces.curlJourney();
      assertTrue(ap.contains("-H 'Authorization: Bearer " + activepieces.demoApiKey() + "'"), ap);
      assertTrue(ap.contains("/api/v1/flow-runs?projectId="), ap);
      assertTrue(ReferenceServerMain.banner(imbrace).contains("as imbrace"));
    }
  }

  @Test void eachPlatformServesOnlyItsOwnRoutes() {
    try (ReferenceServer iai = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).start();
        ReferenceServer flowAi = ReferenceServer.builder().platform(ServerPlatform.FLOWAI).start();
        ReferenceServer flow8 = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start()) {
      assertTrue(iai.routes().contains("POST /api/workflows/{id}/run"));
      assertTrue(!iai.routes().contains("POST /api/flows/{id}/run"));
      assertEquals(java.util.List.of("POST /v1/api/workflow/run/{id}"), flowAi.routes());
      assertTrue(flow8.routes().contains("DELETE /api/plays/{id}"));
      assertTrue(!flow8.routes().contains("GET /api/runs/{id}"));
    }
  }
}
