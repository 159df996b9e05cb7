package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

@ReferenceServerTest
class RunsTest {
  private static TestClient.Res trigger(TestClient c, String flowId, Object body, String key) {
    Request.Builder b = c.request("/api/flows/" + flowId + "/run")
        .post(RequestBody.create(Json.write(body), TestClient.JSON));
    if (key != null) b.header("Idempotency-Key", key);
    return c.execute(b.build());
  }

  @Test void syncTriggerPastItsTimeoutAnswersTheRunningRun(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    long start = System.nanoTime();
    TestClient.Res r = trigger(c, server.flowId("Slow"), Json.obj("input", Json.obj(), "sync", true, "timeoutMs", 200), null);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(200, r.code);
    assertEquals("RUNNING", r.json().get("status"));
    assertTrue(ms >= 190 && ms < 1900, "took " + ms);
    assertEquals(400, trigger(c, server.flowId("Slow"), Json.obj("timeoutMs", 0), null).code);
    assertEquals(400, trigger(c, server.flowId("Slow"), Json.obj("timeoutMs", 120_001), null).code);
  }

  @Test void aTriggerAnswersTheRunAsCreatedEvenWhenItFinishedAtOnce(ReferenceServer server) {
    // openapi/flow-api.yaml: by default 201 with the new run (QUEUED or RUNNING) at once; Hello finishes in microseconds.
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    for (int i = 0; i < 40; i++) {
      TestClient.Res r = trigger(c, server.flowId("Hello"), Json.obj("input", Json.obj("name", "A")), null);
      assertEquals(201, r.code);
      assertTrue(Set.of("QUEUED", "RUNNING").contains(r.json().get("status")), r.body);
    }
  }

  @Test void theFlowAiAliasStreamsWhenAskedByAcceptToo(ReferenceServer server) throws Exception {
    // The spec: "With stream:true or Accept: text/event-stream it answers the run's event stream."
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    okhttp3.Request request = c.request("/v1/api/workflow/run/" + server.flowId("Hello"))
        .header("Accept", "text/event-stream")
        .post(okhttp3.RequestBody.create("{\"input\":{\"name\":\"A\"}}", TestClient.JSON)).build();
    try (okhttp3.Response response = c.http.newCall(request).execute()) {
      assertEquals(200, response.code());
      assertTrue(response.header("Content-Type").startsWith("text/event-stream"), response.header("Content-Type"));
      assertEquals("output", SseReader.read(response).events.stream().reduce((a, b) -> b).orElseThrow().event);
    }
  }

  @Test void theFlowAiAliasTakesAnObjectInputAsItsSpecSays(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    TestClient.Res text = c.post("/v1/api/workflow/run/" + server.flowId("Hello"), Json.obj("input", "text"));
    assertEquals(400, text.code, text.body);
    assertEquals("VALIDATION_ERROR", text.error());
    assertEquals(200, c.post("/v1/api/workflow/run/" + server.flowId("Hello"), Json.obj("input", Json.obj("name", "A"))).code);
    assertEquals(200, c.post("/v1/api/workflow/run/" + server.flowId("Hello"), Json.obj()).code, "no input is an empty one");
  }

  @Test void idempotentReplayReturnsTheSameRunAndDifferentBodyIs422(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String hello = server.flowId("Hello");
    TestClient.Res first = trigger(c, hello, Json.obj("input", Json.obj("name", "A")), "key-1");
    TestClient.Res again = trigger(c, hello, Json.obj("input", Json.obj("name", "A")), "key-1");
    assertEquals(201, first.code);
    assertEquals(201, again.code);
    assertEquals(first.json().get("id"), again.json().get("id"));
    assertEquals("true", again.headers.get("Idempotent-Replayed"));
    assertNull(first.headers.get("Idempotent-Replayed"));
    assertEquals(1, server.runsCreated(hello));

    TestClient.Res other = trigger(c, hello, Json.obj("input", Json.obj("name", "B")), "key-1");
    assertEquals(422, other.code);
    assertEquals("IDEMPOTENCY_KEY_REUSED", other.error());
    assertEquals(1, server.runsCreated(hello));
  }

  @Test void repeatWhileTheFirstIsInFlightIs409(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    Map<String, Object> body = Json.obj("input", Json.obj(), "sync", true, "timeoutMs", 5000);
    CompletableFuture<TestClient.Res> first =
        CompletableFuture.supplyAsync(() -> trigger(c, server.flowId("Slow"), body, "slow-key"));
    // wait (bounded) until the first request's run exists, so it is in flight
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.runsCreated(server.flowId("Slow")) == 0 && System.nanoTime() < deadline) Thread.sleep(5);
    TestClient.Res second = trigger(c, server.flowId("Slow"), body, "slow-key");
    assertEquals(409, second.code);
    assertEquals("IDEMPOTENCY_IN_PROGRESS", second.error());
    assertEquals("SUCCEEDED", first.get(10, TimeUnit.SECONDS).json().get("status"));
  }

  @Test void approveResumesAPausedRun(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String runId = (String) trigger(c, server.flowId("Approval"), Json.obj("input", Json.obj()), null).json().get("id");
    Map<String, Object> paused = c.awaitRun(runId, "PAUSED");
    assertEquals("PAUSED", ((Map<?, ?>) ((Map<?, ?>) paused.get("steps")).get("approve")).get("status"));
    TestClient.Res approved = c.post("/api/runs/" + runId + "/approve", Json.obj("payload", Json.obj("by", "me")));
    assertEquals(200, approved.code);
    Map<String, Object> done = c.awaitRun(runId, "SUCCEEDED");
    assertEquals(Json.obj("by", "me"), ((Map<?, ?>) ((Map<?, ?>) done.get("steps")).get("approve")).get("output"));
    assertEquals(409, c.post("/api/runs/" + runId + "/approve", Json.obj()).code);
  }

  @Test void cancelStopsARunningRunAndDeleteIsRefusedWhileActive(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String slow = server.flowId("Slow");
    String runId = (String) trigger(c, slow, Json.obj("input", Json.obj()), null).json().get("id");
    c.awaitRun(runId, "RUNNING");
    TestClient.Res del = c.delete("/api/flows/" + slow);
    assertEquals(409, del.code);
    assertEquals("FLOW_IN_USE", del.error());
    long start = System.nanoTime();
    TestClient.Res canceled = c.post("/api/runs/" + runId + "/cancel", Json.obj());
    assertEquals(200, canceled.code);
    assertEquals("CANCELED", canceled.json().get("status"));
    Map<String, Object> run = c.awaitRun(runId, "CANCELED");
    assertTrue((System.nanoTime() - start) / 1_000_000 < 1500);
    assertNull(((Map<?, ?>) run.get("steps")).get("done"), "no step ran after cancel");
    assertEquals(409, c.post("/api/runs/" + runId + "/cancel", Json.obj()).code);
    assertEquals(204, c.delete("/api/flows/" + slow).code);
  }

  @Test void listsFilterAndFailingRunsReportTheirStep(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String failing = server.flowId("Failing");
    String runId = (String) trigger(c, failing, Json.obj(), null).json().get("id");
    Map<String, Object> run = c.awaitRun(runId, "FAILED");
    assertEquals(Json.obj("message", "boom", "step", "fail"), run.get("error"));
    trigger(c, server.flowId("Hello"), Json.obj(), null);
    assertEquals(1, c.get("/api/runs?flowId=" + failing).data().size());
    assertEquals(1, c.get("/api/runs?status=FAILED").data().size());
    assertEquals(400, c.get("/api/runs?status=NOPE").code);
    assertEquals(2, c.get("/api/dashboard/runs/latest").data().size());
    assertEquals("RUN_NOT_FOUND", c.get("/api/runs/run_x").error());
    Map<String, Object> metrics = c.get("/api/metrics").json();
    assertEquals(2L, metrics.get("totalRuns"));
  }

  @Test void disabledFlowCannotBeTriggered(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String hello = server.flowId("Hello");
    c.post("/api/flows/" + hello, Json.obj("type", "CHANGE_STATUS", "request", Json.obj("status", "DISABLED")));
    TestClient.Res r = trigger(c, hello, Json.obj(), null);
    assertEquals(409, r.code);
    assertEquals("CONFLICT", r.error());
  }
}
