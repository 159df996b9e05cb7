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

  @Test void imbraceServesTheContractsShapes() {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IMBRACE).start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());
      TestClient.Res flows = c.get("/api/flows?limit=10&status=ENABLED");
      assertEquals(200, flows.code);
      assertEquals(5, flows.data().size());
      assertTrue(flows.json().containsKey("next"));
      assertEquals("VALIDATION_ERROR", c.get("/api/runs?status=success").error());
      String journey = server.curlJourney();
      assertTrue(journey.contains("/api/flows?limit=10&status=ENABLED"), journey);
      assertTrue(journey.contains("status=FAILED&limit=20"), journey);
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
