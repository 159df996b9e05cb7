package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.Page;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * flow8's API overview (seed 004): the documented base URL, both ways to authenticate, page+size
 * lists, the error format and the endpoint index. The overview shows {@code "data": [...]}; one
 * flow in the contract's shape stands in for the {@code ...}.
 */
class Flow8SeedTest {
  private static final String FLOW = """
      {"id":"65abc123","created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z",
       "projectId":"proj_1","status":"ENABLED","operationStatus":"NONE",
       "version":{"id":"fv_1","created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z",
       "flowId":"65abc123","displayName":"Nightly import","state":"LOCKED","valid":true,
       "trigger":{"name":"trigger","type":"MANUAL","displayName":"trigger","settings":{},"nextAction":null}}}""";
  private static final String PLAY = """
      {"id":"run_1","created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z","projectId":"proj_1",
       "flowId":"65abc123","flowVersionId":"fv_1","status":"CANCELED","environment":"PRODUCTION",
       "input":{},"steps":{},"failParentOnFailure":false,"tags":[],"triggeredBy":"api"}""";

  private final SeedServer seed = new SeedServer();
  /** The base URL exactly as the overview writes it: {@code http://your-host:4454/api/}. */
  private final String base = seed.url() + "api/";

  @AfterEach void close() {
    seed.close();
  }

  @Test void apiKeyAndPageAndSizeListsWithTotals() {
    seed.json("GET /api/flows?page=0&size=25", 200,
        "{\n\"data\": [" + FLOW + "],\n\"total\": 142,\n\"page\": 0,\n\"size\": 25,\n\"pages\": 6\n}")
        .json("GET /api/flows?page=1&size=25", 200,
        "{\"data\": [], \"total\": 142, \"page\": 1, \"size\": 25, \"pages\": 6}");
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).apiKey("eyJ.test").build()) {
      Page<Flow> page = client.workflows().listFlows(ListFlowsParams.builder().limit(25).build());
      SeedServer.Sent sent = seed.last();
      assertEquals("GET /api/flows?page=0&size=25", sent.line());
      assertEquals("Bearer eyJ.test", sent.headers.get("Authorization"));
      assertEquals(Long.valueOf(142), page.totalCount());
      assertEquals(Integer.valueOf(6), page.pageCount());
      assertEquals("Nightly import", page.data().get(0).version().displayName());
      assertTrue(page.hasNextPage());
      page.nextPage();
      assertEquals("GET /api/flows?page=1&size=25", seed.last().line());
    }
  }

  @Test void sessionLoginMeAndLogout() {
    seed.json("POST /api/auth/login", 200,
        "{\"authenticated\":true,\"user\":{\"id\":\"usr_1\",\"email\":\"user@example.com\",\"name\":\"U\"},"
            + "\"workspace\":{\"workspaceId\":\"ws_1\",\"name\":\"W\",\"role\":\"owner\"}}", "Set-Cookie", "iai_session=s; Path=/")
        .json("GET /api/auth/me", 200,
        "{\"authenticated\":true,\"user\":{\"id\":\"usr_1\",\"email\":\"user@example.com\",\"name\":\"U\"}}")
        .noContent("POST /api/auth/logout");
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).build()) {
      client.auth().login("user@example.com", "password");
      assertEquals("POST /api/auth/login", seed.last().line());
      assertEquals("{\"email\":\"user@example.com\",\"password\":\"password\"}", seed.last().body);
      assertEquals("user@example.com", client.auth().getSession().user().email());
      assertEquals("GET /api/auth/me", seed.last().line());
      assertEquals("iai_session=s", seed.last().headers.get("Cookie"), "cookies.txt is sent back");
      client.auth().logout();
      assertEquals("POST /api/auth/logout", seed.last().line());
    }
  }

  @Test void runsArePlaysAndCancelIsDelete() {
    seed.json("GET /api/plays?page=0", 200, "{\"data\":[" + PLAY + "],\"total\":1,\"page\":0,\"size\":25,\"pages\":1}")
        .json("GET /api/plays/run_1", 200, PLAY)
        .json("DELETE /api/plays/run_1", 200, PLAY)
        .json("POST /api/plays/run_1/approve", 200, PLAY)
        .json("GET /api/plays/run_1/layers?size=100", 200, "{\"data\":[{\"name\":\"trigger\",\"status\":\"SUCCEEDED\"}],\"total\":1,\"page\":0,\"size\":100,\"pages\":1}");
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).apiKey("eyJ.test").build()) {
      assertEquals("run_1", client.workflows().listRuns().data().get(0).id());
      assertEquals("GET /api/plays?page=0", seed.last().line());
      assertEquals(RunStatus.CANCELED, client.workflows().getRun("run_1").status());
      assertEquals("GET /api/plays/run_1", seed.last().line());
      FlowRun canceled = client.workflows().cancelRun("run_1");
      assertEquals("DELETE /api/plays/run_1", seed.last().line());
      assertEquals("", seed.last().body);
      assertEquals(RunStatus.CANCELED, canceled.status());
      client.workflows().approveRun("run_1");
      assertEquals("POST /api/plays/run_1/approve", seed.last().line());
      assertEquals("trigger", client.workflows().listRunSteps("run_1").get(0).name());
      assertEquals("GET /api/plays/run_1/layers?size=100", seed.last().line());
    }
  }

  @Test void flowsTriggerUnderFlows() {
    seed.json("POST /api/flows/65abc123/run", 201, PLAY.replace("CANCELED", "QUEUED"));
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).apiKey("eyJ.test").build()) {
      FlowRun run = client.workflows().triggerFlow("65abc123", java.util.Map.of("n", 1));
      assertEquals("POST /api/flows/65abc123/run", seed.last().line());
      assertEquals("{\"input\":{\"n\":1}}", seed.last().body);
      assertEquals(RunStatus.QUEUED, run.status());
    }
  }

  @Test void errorsUseTheDocumentedFormat() {
    seed.json("GET /api/flows/65abc123", 404, """
        {
        "error": "FLOW_NOT_FOUND",
        "message": "Flow with ID 65abc123 not found",
        "statusCode": 404
        }""")
        .json("GET /api/flows?page=0", 401, "{\"error\":\"UNAUTHORIZED\",\"message\":\"Missing credentials\",\"statusCode\":401}");
    try (FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(base).build()) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> client.workflows().getFlow("65abc123"));
      assertEquals("FLOW_NOT_FOUND", e.errorCode());
      assertTrue(e.getMessage().contains("Flow with ID 65abc123 not found"), e.getMessage());
      UnauthorizedException u = assertThrows(UnauthorizedException.class, () -> client.workflows().listFlows());
      assertEquals("UNAUTHORIZED", u.errorCode());
    }
  }
}
