package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server as FlowAI, checked over raw HTTP against its workflow API guide. */
class FlowAiPlatformTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOWAI).start();
  private final TestClient c = new TestClient(server);

  @AfterEach void close() {
    server.close();
  }

  private TestClient.Res call(String flowId, String key, String body) {
    Request.Builder b = new Request.Builder().url(server.url().resolve("/v1/api/workflow/run/" + flowId))
        // curl -d sends form-urlencoded; the guide's commands rely on it
        .post(RequestBody.create(body, okhttp3.MediaType.get("application/x-www-form-urlencoded")));
    if (key != null) b.header("X-API-KEY", key);
    return c.execute(b.build());
  }

  @Test void standardCallAnswersOutputAndTotalTimeOnly() {
    TestClient.Res r = call(server.flowId("Hello"), server.demoApiKey(), "{\"input\":{\"name\":\"Are you there?\"}}");
    assertEquals(200, r.code, r.body);
    assertEquals(Set.of("output", "total_time"), r.json().keySet());
    assertEquals(Json.obj("greeting", "Hello, Are you there?!"), r.json().get("output"));
    assertTrue(r.json().get("total_time") instanceof Number);
  }

  @Test void streamingCallSendsMsgStreamAndOutputEvents() throws Exception {
    Request request = new Request.Builder().url(server.url().resolve("/v1/api/workflow/run/" + server.flowId("Story")))
        .header("X-API-KEY", server.demoApiKey())
        .post(RequestBody.create("{\"input\":{\"topic\":\"AI\"},\"stream\":true}", TestClient.JSON)).build();
    try (Response response = c.http.newCall(request).execute()) {
      assertEquals(200, response.code());
      assertTrue(response.header("Content-Type").startsWith("text/event-stream"));
      SseReader sse = SseReader.read(response);
      List<String> types = sse.events.stream().map(e -> e.event).distinct().toList();
      assertEquals(List.of("msg", "stream", "output"), types);
      Map<String, Object> first = sse.events.get(0).json();
      assertEquals("start", first.get("Type"));
      assertEquals(Json.obj("topic", "AI"), first.get("Data"), "the guide's start Data is the input as sent");
      Map<String, Object> last = sse.events.get(sse.events.size() - 1).json();
      assertTrue(last.containsKey("output") && last.containsKey("total_time"), last.toString());
      Map<String, Object> token = sse.events.stream().filter(e -> e.event.equals("stream")).findFirst().orElseThrow().json();
      assertTrue(token.containsKey("Content") && token.containsKey("Node") && token.containsKey("Reasoning"));
    }
  }

  @Test void aFailedWorkflowAnswersNoOutputAndItsError() {
    TestClient.Res r = call(server.flowId("Failing"), server.demoApiKey(), "{\"input\":{}}");
    assertEquals(200, r.code);
    assertEquals(null, r.json().get("output"));
    assertEquals("boom", r.json().get("error"));
  }

  @Test void errorsUseStatusCodesTheGuideLists() {
    TestClient.Res noKey = call(server.flowId("Hello"), null, "{\"input\":{}}");
    assertEquals(401, noKey.code);
    assertEquals(Set.of("error", "message"), noKey.json().keySet());
    assertEquals(401, call(server.flowId("Hello"), "sk-123456", "{\"input\":{}}").code);
    TestClient.Res bearer = new TestClient(server).withKey(server.demoApiKey())
        .post("/v1/api/workflow/run/" + server.flowId("Hello"), Json.obj("input", Json.obj()));
    assertEquals(401, bearer.code, "the guide's key travels in X-API-KEY");
    assertEquals(404, call("flow_nope", server.demoApiKey(), "{\"input\":{}}").code);
    TestClient.Res notObject = call(server.flowId("Hello"), server.demoApiKey(), "{\"input\":\"text\"}");
    assertEquals(400, notObject.code);
    assertEquals("VALIDATION_ERROR", notObject.error());
    assertEquals(404, new TestClient(server).withKey(server.demoApiKey()).get("/api/flows").code,
        "FlowAI's API is the run route only");
  }

  @Test void theStandaloneJourneyIsTheGuidesCurl() {
    String journey = server.curlJourney();
    assertTrue(journey.contains("-X POST " + server.url().toString().replaceAll("/$", "")
        + "/v1/api/workflow/run/" + server.flowId("Hello") + " -H 'X-API-KEY: " + server.demoApiKey() + "'"), journey);
    assertTrue(journey.contains("\"stream\":true"), journey);
  }
}
