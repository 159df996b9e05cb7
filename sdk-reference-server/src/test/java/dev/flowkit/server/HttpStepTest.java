package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Steps;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's HTTP step, against a server the test runs: {method, url, headers, body} → {status, headers, body}. */
@ReferenceServerTest
class HttpStepTest {
  private final MockWebServer target = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    target.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    target.close();
  }

  /** A published flow: a MANUAL trigger, then {@code actions} in order. */
  @SafeVarargs
  private static String flow(TestClient c, Map<String, Object>... actions) {
    Map<String, Object> trigger = Steps.defaultTrigger();
    Map<String, Object> last = trigger;
    for (Map<String, Object> a : actions) {
      last.put("nextAction", a);
      last = a;
    }
    TestClient.Res created = c.post("/api/flows", Json.obj("displayName", "http", "trigger", trigger));
    assertEquals(201, created.code, created.body);
    String id = (String) created.json().get("id");
    assertEquals(200, c.post("/api/flows/" + id, Json.obj("type", "LOCK_AND_PUBLISH")).code);
    return id;
  }

  private static Map<String, Object> http(String name, Map<String, Object> settings) {
    return Json.obj("name", name, "type", "HTTP", "settings", settings);
  }

  private static Map<String, Object> runSync(TestClient c, String flowId, Map<String, Object> input) {
    TestClient.Res r = c.post("/api/flows/" + flowId + "/run", Json.obj("input", input, "sync", true, "timeoutMs", 10_000));
    assertEquals(200, r.code, r.body);
    return r.json();
  }

  @Test void sendsTheTemplatedRequestAndOutputsStatusHeadersAndJsonBody(ReferenceServer server) throws Exception {
    target.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
        .addHeader("X-Trace", "a").addHeader("X-Trace", "b").body("{\"id\":7,\"big\":1e400}").build());
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String id = flow(c,
        http("call", Json.obj("method", "POST", "url", "{{input.base}}/orders?x=1",
            "headers", Json.obj("Authorization", "Bearer {{input.token}}"),
            "body", Json.obj("item", "{{input.item}}", "qty", 2))),
        Json.obj("name", "use", "type", "SET", "settings", Json.obj("values",
            Json.obj("status", "{{steps.call.output.status}}", "id", "{{steps.call.output.body.id}}"))));
    Map<String, Object> run = runSync(c, id, Json.obj("base", target.url("/").toString().replaceAll("/$", ""),
        "token", "t0k", "item", "book"));

    assertEquals("SUCCEEDED", run.get("status"), run.toString());
    assertEquals(Json.obj("status", 201L, "id", 7L), run.get("output"));
    Map<?, ?> output = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) run.get("steps")).get("call")).get("output");
    assertEquals(201L, output.get("status"));
    assertEquals("a, b", ((Map<?, ?>) output.get("headers")).get("X-Trace"));
    assertEquals(7L, ((Map<?, ?>) output.get("body")).get("id"));
    assertTrue(c.get("/api/runs/" + run.get("id")).body.contains("\"big\":1E+400"), "the answer's numbers are kept exactly");

    RecordedRequest sent = target.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("POST", sent.getMethod());
    assertEquals("/orders?x=1", sent.getTarget());
    assertEquals("Bearer t0k", sent.getHeaders().get("Authorization"));
    assertTrue(sent.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals("{\"item\":\"book\",\"qty\":2}", sent.getBody().utf8());
  }

  @Test void everyStatusIsAnOutputAndATextAnswerIsItsText(ReferenceServer server) {
    target.enqueue(new MockResponse.Builder().code(503).setHeader("Content-Type", "text/plain").body("busy").build());
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String id = flow(c, http("call", Json.obj("url", target.url("/health").toString())));
    Map<String, Object> run = runSync(c, id, Json.obj());
    assertEquals("SUCCEEDED", run.get("status"));
    assertEquals(503L, ((Map<?, ?>) run.get("output")).get("status"));
    assertEquals("busy", ((Map<?, ?>) run.get("output")).get("body"));
  }

  @Test void aRequestThatCannotBeMadeOrAnsweredFailsTheStep(ReferenceServer server) throws IOException {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = s.getLocalPort();
    }
    String refused = flow(c, http("call", Json.obj("url", "http://127.0.0.1:" + closedPort + "/")));
    Map<String, Object> run = runSync(c, refused, Json.obj());
    assertEquals("FAILED", run.get("status"));
    Map<?, ?> error = (Map<?, ?>) run.get("error");
    assertEquals("call", error.get("step"));
    assertTrue(error.get("message").toString().startsWith("HTTP step call: GET http://127.0.0.1:" + closedPort + "/... failed"),
        error.toString());

    String notAUrl = flow(c, http("call", Json.obj("url", "{{input.where}}")));
    run = runSync(c, notAUrl, Json.obj("where", "ftp://nowhere"));
    assertEquals("FAILED", run.get("status"));
    assertTrue(((Map<?, ?>) run.get("error")).get("message").toString().contains("is not an http or https URL"));

    target.enqueue(new MockResponse.Builder().body("late").headersDelay(3, TimeUnit.SECONDS).build());
    String slow = flow(c, http("call", Json.obj("url", target.url("/").toString(), "timeoutMs", 200)));
    run = runSync(c, slow, Json.obj());
    assertEquals("FAILED", run.get("status"));
    assertTrue(((Map<?, ?>) run.get("error")).get("message").toString().contains("got no answer within 200 ms"));

    String getWithBody = flow(c, http("call", Json.obj("url", target.url("/").toString(), "body", "x")));
    run = runSync(c, getWithBody, Json.obj());
    assertEquals("FAILED", run.get("status"));
    assertTrue(((Map<?, ?>) run.get("error")).get("message").toString().contains("a GET request carries no body"));
  }

  @Test void cancelingTheRunCancelsTheRequestInFlight(ReferenceServer server) throws Exception {
    target.enqueue(new MockResponse.Builder().body("never in time").headersDelay(30, TimeUnit.SECONDS).build());
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String id = flow(c, http("call", Json.obj("url", target.url("/").toString())));
    String runId = (String) c.post("/api/flows/" + id + "/run", Json.obj()).json().get("id");
    target.takeRequest(5, TimeUnit.SECONDS); // the step has sent its request
    assertEquals(200, c.post("/api/runs/" + runId + "/cancel", Json.obj()).code);
    Map<String, Object> run = c.awaitRun(runId, "CANCELED");
    assertNull(run.get("output"));
    assertEquals("CANCELED", ((Map<?, ?>) ((Map<?, ?>) run.get("steps")).get("call")).get("status"));
  }

  @Test void theNodeCatalogListsTheHttpStep(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    assertTrue(c.get("/api/nodes?search=http").body.contains("\"type\":\"HTTP\""));
  }
}
