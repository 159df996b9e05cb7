package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class StreamingTest {
  static Response open(TestClient c, String path, Object body, String lastEventId) throws Exception {
    Request.Builder b = c.request(path);
    if (body != null) b.post(RequestBody.create(Json.write(body), TestClient.JSON));
    if (lastEventId != null) b.header("Last-Event-ID", lastEventId);
    return c.http.newCall(b.build()).execute();
  }

  static SseReader story(ReferenceServer server, TestClient c) throws Exception {
    try (Response r = open(c, "/api/flows/" + server.flowId("Story") + "/run",
        Json.obj("input", Json.obj("topic", "AI"), "stream", true), null)) {
      assertEquals(200, r.code());
      assertTrue(r.header("Content-Type").startsWith("text/event-stream"));
      assertNotNull(r.header("Flow-Run-Id"));
      return SseReader.read(r);
    }
  }

  @Test void llmStreamDeliversFirstTokenWellBeforeTheLastIsProduced() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());
      SseReader sse = story(server, c);
      assertNull(sse.failure);
      List<SseReader.Ev> tokens = new ArrayList<>();
      for (SseReader.Ev e : sse.events) if (e.event.equals("stream")) tokens.add(e);
      assertEquals(13, tokens.size());
      long spreadMs = (tokens.get(tokens.size() - 1).receivedNanos - tokens.get(0).receivedNanos) / 1_000_000;
      // 12 gaps of 20 ms between tokens: the first arrived while the rest were still being produced
      assertTrue(spreadMs >= 150, "tokens arrived within " + spreadMs + " ms");
      StringBuilder text = new StringBuilder();
      for (SseReader.Ev t : tokens) text.append(t.json().get("Content"));
      assertEquals("Once upon a time, AI quietly changed everything for one small curious town.", text.toString());

      // ids are 1..n, the sequence is start, node events, tokens, output last
      for (int i = 0; i < sse.events.size(); i++) assertEquals(i + 1, sse.events.get(i).id);
      assertEquals("start", sse.events.get(0).json().get("Type"));
      SseReader.Ev last = sse.events.get(sse.events.size() - 1);
      assertEquals("output", last.event);
      assertEquals("SUCCEEDED", last.json().get("status"));
      assertEquals(23, sse.events.size());
    }
  }

  @Test void resumeWithLastEventIdGivesExactlyTheMissingEvents() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());
      server.faults().cutStreamAfter(8);
      SseReader cut;
      String runId;
      try (Response r = open(c, "/api/flows/" + server.flowId("Story") + "/run",
          Json.obj("input", Json.obj("topic", "AI"), "stream", true), null)) {
        runId = r.header("Flow-Run-Id");
        cut = SseReader.read(r);
      }
      assertNotNull(cut.failure, "a cut stream ends with an error, not a clean end");
      assertEquals(8, cut.events.size());
      SseReader rest;
      try (Response r = open(c, "/api/runs/" + runId + "/events", null, "8")) {
        rest = SseReader.read(r);
      }
      assertNull(rest.failure);
      List<Long> ids = new ArrayList<>();
      for (SseReader.Ev e : rest.events) ids.add(e.id);
      assertEquals(9L, ids.get(0));
      assertEquals(23, ids.size() + 8);
      for (int i = 0; i < ids.size(); i++) assertEquals(9L + i, ids.get(i));

      // a finished run replays everything from the start, and 204 past its end
      try (Response r = open(c, "/api/runs/" + runId + "/events", null, null)) {
        assertEquals(23, SseReader.read(r).events.size());
      }
      try (Response r = open(c, "/api/runs/" + runId + "/events", null, "23")) {
        assertEquals(204, r.code());
      }
      try (Response r = open(c, "/api/runs/" + runId + "/events", null, "x")) {
        assertEquals(400, r.code());
      }
    }
  }

  @Test void heartbeatsFillQuietStreamsAndRetryIsAnnounced() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().heartbeatMillis(30).streamRetryMillis(1500).start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());
      String runId = (String) c.post("/api/flows/" + server.flowId("Approval") + "/run",
          Json.obj("input", Json.obj())).json().get("id");
      c.awaitRun(runId, "PAUSED");
      Thread approver = new Thread(() -> {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          return;
        }
        c.post("/api/runs/" + runId + "/approve", Json.obj("payload", Json.obj("ok", true)));
      });
      approver.start();
      SseReader sse;
      try (Response r = open(c, "/api/runs/" + runId + "/events", null, null)) {
        sse = SseReader.read(r);
      }
      approver.join(5000);
      assertEquals(List.of("retry: 1500"), sse.retries);
      assertTrue(sse.comments.size() >= 3, "pings: " + sse.comments);
      assertEquals(": ping", sse.comments.get(0));
      List<String> msgTypes = new ArrayList<>();
      for (SseReader.Ev e : sse.events) if (e.event.equals("msg")) msgTypes.add((String) e.json().get("Type"));
      assertTrue(msgTypes.contains("pause") && msgTypes.contains("resume"), msgTypes.toString());
      assertEquals("output", sse.events.get(sse.events.size() - 1).event);
    }
  }

  @Test void silenceSendsNothingAtAllForThatLong() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().heartbeatMillis(20).start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());
      server.faults().silence(java.time.Duration.ofMillis(400));
      long start = System.nanoTime();
      SseReader sse = story(server, c);
      long firstByteMs = (sse.firstByteNanos - start) / 1_000_000;
      assertTrue(firstByteMs >= 380, "first byte after " + firstByteMs + " ms");
      assertEquals("output", sse.events.get(sse.events.size() - 1).event);
      // the next stream is normal again
      long start2 = System.nanoTime();
      SseReader again = story(server, c);
      assertTrue((again.firstByteNanos - start2) / 1_000_000 < 380);
    }
  }

  @Test void failedRunEndsWithAnErrorEvent() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());
      SseReader sse;
      try (Response r = open(c, "/api/flows/" + server.flowId("Failing") + "/run",
          Json.obj("input", Json.obj(), "stream", true), null)) {
        sse = SseReader.read(r);
      }
      SseReader.Ev last = sse.events.get(sse.events.size() - 1);
      assertEquals("error", last.event);
      Map<String, Object> data = last.json();
      assertEquals("STEP_FAILED", data.get("error"));
      assertEquals("boom", data.get("message"));
      assertEquals("fail", data.get("Node"));
    }
  }
}
