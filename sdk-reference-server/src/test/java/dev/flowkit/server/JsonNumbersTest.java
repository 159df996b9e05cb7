package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * Valid JSON is accepted and whatever is stored reads back exactly: a number too big for a
 * double no longer poisons the run list, and no parser message reaches a client.
 */
@ReferenceServerTest
class JsonNumbersTest {
  private static final String BIG = "1234567890123456789012345678901234567";

  private static TestClient.Res postRaw(TestClient c, String path, String json) {
    return c.execute(c.request(path).post(RequestBody.create(json, TestClient.JSON)).build());
  }

  @Test void aNumberBeyondADoubleIsStoredExactlyAndEveryListStillAnswers(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    TestClient.Res run = postRaw(c, "/api/flows/" + server.flowId("Hello") + "/run",
        "{\"input\":{\"name\":1e400,\"big\":" + BIG + ",\"tiny\":-1.50E-400}}");
    assertEquals(201, run.code, run.body);
    String runId = (String) run.json().get("id");
    c.awaitRun(runId, "SUCCEEDED");

    TestClient.Res runs = c.get("/api/runs");
    assertEquals(200, runs.code, runs.body);
    assertTrue(runs.body.contains("\"input\":{\"name\":1E+400,\"big\":" + BIG + ",\"tiny\":-1.50E-400}"), runs.body);
    assertEquals(200, c.get("/api/dashboard/runs/latest").code);
    assertEquals(200, c.get("/api/runs/" + runId + "/steps").code);
    assertEquals(200, c.get("/api/logs/" + runId).code);
    // templating writes the number as its JSON text
    assertTrue(c.get("/api/runs/" + runId).body.contains("\"greeting\":\"Hello, 1E+400!\""));

    TestClient.Res channel = postRaw(c, "/api/channels", "{\"name\":\"c\",\"n\":1e400,\"m\":" + BIG + "}");
    assertEquals(201, channel.code, channel.body);
    TestClient.Res channels = c.get("/api/channels");
    assertEquals(200, channels.code, channels.body);
    assertTrue(channels.body.contains("\"n\":1E+400,\"m\":" + BIG), channels.body);
  }

  @Test void aLongIntegerIsValidJsonAndKeepsEveryDigit(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    TestClient.Res kv = postRaw(c, "/api/kv", "{\"key\":\"big\",\"value\":" + BIG + "}");
    assertEquals(200, kv.code, kv.body);
    assertTrue(kv.body.contains("\"value\":" + BIG), kv.body);
    assertTrue(c.get("/api/kv").body.contains("\"value\":" + BIG));
    TestClient.Res negative = postRaw(c, "/api/kv", "{\"key\":\"neg\",\"value\":-" + BIG + "0.000}");
    assertTrue(negative.body.contains("\"value\":-" + BIG + "0.000"), negative.body);
  }

  @Test void theDeepestInputARequestMayHoldIsReadBackByEveryRoute(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String deep = "{\"a\":".repeat(98) + "1" + "}".repeat(98); // with "input" and the body: 100 levels
    TestClient.Res run = postRaw(c, "/api/flows/" + server.flowId("Hello") + "/run", "{\"input\":{\"d\":" + deep + "}}");
    assertEquals(201, run.code, run.body);
    String runId = run.body.replaceAll("(?s).*?\"id\":\"(run_[0-9]+)\".*", "$1");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!c.get("/api/runs/" + runId).body.contains("\"status\":\"SUCCEEDED\"")) {
      assertTrue(System.nanoTime() < deadline, "the run ends");
      Thread.sleep(10);
    }
    for (String path : new String[] {"/api/runs", "/api/runs/" + runId, "/api/runs/" + runId + "/steps",
        "/api/logs/" + runId, "/api/dashboard/runs/latest", "/api/metrics"}) {
      TestClient.Res r = c.get(path);
      assertEquals(200, r.code, path + " -> " + r.body);
      assertTrue(path.equals("/api/metrics") || r.body.contains(deep), path);
    }
  }

  @Test void malformedJsonIsA400InTheServersOwnWords(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    Map<String, String> cases = Map.of(
        "{\"key\":\"a\",\"value\":01}", "malformed JSON",
        "{\"key\":\"a\"", "malformed JSON",
        "{\"key\":\"a\"} {}", "malformed JSON",
        "{\"key\":\"a\",\"value\":NaN}", "malformed JSON",
        "{\"key\":\"a\",\"value\":" + "9".repeat(1001) + "}", "number out of range",
        "{\"key\":\"a\",\"value\":" + "[".repeat(101) + "]".repeat(101) + "}", "nested too deep");
    cases.forEach((body, reason) -> {
      TestClient.Res r = postRaw(c, "/api/kv", body);
      assertEquals(400, r.code, body);
      assertEquals("VALIDATION_ERROR", r.error());
      assertEquals(reason, ((Map<?, ?>) r.json().get("details")).get("reason"), r.body);
      assertFalse(r.body.contains("JsonReader") || r.body.contains("setLenient") || r.body.contains("Moshi")
          || r.body.contains("Exception"), r.body);
    });
    assertEquals(0, c.get("/api/kv").data().size(), "nothing was stored");
  }

  @Test void aNumberOutOfRangeIsRefusedBeforeAnythingIsStored(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String hello = server.flowId("Hello");
    TestClient.Res run = postRaw(c, "/api/flows/" + hello + "/run", "{\"input\":{\"n\":1e" + "9".repeat(12) + "}}");
    assertEquals(400, run.code, run.body);
    assertEquals(0, server.runsCreated(hello));
    assertEquals(200, c.get("/api/runs").code);
  }

  @Test void nullIsRefusedWhereTheSpecDoesNotAllowItAndAbsentKeepsTheDefault(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String folder = (String) postRaw(c, "/api/folders", "{\"displayName\":\"F\",\"displayOrder\":3}").json().get("id");
    TestClient.Res nullOrder = c.execute(c.request("/api/folders/" + folder)
        .put(RequestBody.create("{\"displayName\":\"G\",\"displayOrder\":null}", TestClient.JSON)).build());
    assertEquals(400, nullOrder.code, nullOrder.body);
    assertEquals("displayOrder", ((Map<?, ?>) nullOrder.json().get("details")).get("field"));
    TestClient.Res absent = c.put("/api/folders/" + folder, Map.of("displayName", "G"));
    assertEquals(3L, absent.json().get("displayOrder"));
    TestClient.Res nullInput = postRaw(c, "/api/flows/" + server.flowId("Hello") + "/run", "{\"input\":null}");
    assertEquals(400, nullInput.code);
    // the spec lets folderId be null on create
    assertEquals(201, postRaw(c, "/api/flows", "{\"displayName\":\"n\",\"folderId\":null}").code);
  }
}
