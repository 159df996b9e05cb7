package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

@ReferenceServerTest
class FaultsTest {
  @Test void respondsWithStatusAndRetryAfterForTheNextNMatchingRequestsOnly(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String hello = server.flowId("Hello");
    server.faults().on("POST", "/api/flows/*/run").times(2).respond(503, 1);
    assertEquals(200, c.get("/api/flows/" + hello).code, "GET does not match");
    TestClient.Res r1 = c.post("/api/flows/" + hello + "/run", Json.obj());
    assertEquals(503, r1.code);
    assertEquals("1", r1.headers.get("Retry-After"));
    assertEquals("UNAVAILABLE", r1.error());
    assertEquals(503, c.post("/api/flows/" + hello + "/run", Json.obj()).code);
    assertEquals(201, c.post("/api/flows/" + hello + "/run", Json.obj()).code);
    assertEquals(1, server.runsCreated(hello), "faulted requests were not handled");

    server.faults().on("GET", "/api/flows").respond(429, 2);
    TestClient.Res limited = c.get("/api/flows");
    assertEquals(429, limited.code);
    assertEquals("RATE_LIMITED", limited.error());
  }

  @Test void rawBodyDelayAndClear(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    server.faults().on("*", "/api/**").respondRaw(502, "text/html", "<html>Bad Gateway</html>");
    TestClient.Res html = c.get("/api/flows");
    assertEquals(502, html.code);
    assertEquals("<html>Bad Gateway</html>", html.body);
    assertTrue(html.headers.get("Content-Type").startsWith("text/html"));

    server.faults().on("GET", "/api/flows").delay(Duration.ofMillis(300));
    long start = System.nanoTime();
    assertEquals(200, c.get("/api/flows").code);
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 290);

    server.faults().on("GET", "/api/flows").times(5).respond(500);
    server.faults().clear();
    assertEquals(200, c.get("/api/flows").code);
  }

  @Test void resetConnectionHappensAfterTheRequestWasHandled(ReferenceServer server) {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    String hello = server.flowId("Hello");
    server.faults().on("POST", "/api/flows/*/run").resetConnection();
    Request req = c.request("/api/flows/" + hello + "/run")
        .header("Idempotency-Key", "k1")
        .post(RequestBody.create("{}", TestClient.JSON)).build();
    assertThrows(UncheckedIOException.class, () -> c.execute(req));
    assertEquals(1, server.runsCreated(hello));
    TestClient.Res retry = c.execute(req);
    assertEquals(201, retry.code);
    assertEquals("true", retry.headers.get("Idempotent-Replayed"));
    assertEquals(1, server.runsCreated(hello), "exactly once");
  }

  @Test void halfBodyWritesPartOfTheRealBodyThenCuts(ReferenceServer server) throws Exception {
    TestClient c = new TestClient(server).withKey(server.demoApiKey());
    server.faults().on("GET", "/api/flows/*").halfBody();
    try (Response r = c.http.newCall(c.request("/api/flows/" + server.flowId("Hello")).build()).execute()) {
      assertEquals(200, r.code());
      long declared = Long.parseLong(r.header("Content-Length"));
      assertTrue(declared > 100);
      assertThrows(IOException.class, () -> r.body().string());
    }
    assertEquals(200, c.get("/api/flows/" + server.flowId("Hello")).code);
  }

  @Test void expiredSessionsGet401ButKeysStillWork(ReferenceServer server) {
    TestClient c = new TestClient(server).login();
    assertEquals(200, c.get("/api/flows").code);
    server.expireAllSessions();
    TestClient.Res r = c.get("/api/flows");
    assertEquals(401, r.code);
    assertEquals("UNAUTHENTICATED", r.error());
    assertEquals(200, new TestClient(server).withKey(server.demoApiKey()).get("/api/flows").code);
    c.login();
    assertEquals(200, c.get("/api/flows").code);
  }

  @Test void exchangesAreRecordedWithSecretsRedacted(ReferenceServer server) {
    TestClient c = new TestClient(server).login();
    c.withKey(server.demoApiKey());
    c.post("/api/app-connections", Json.obj("displayName", "Slack", "pieceName", "slack",
        "type", "SECRET_TEXT", "value", Json.obj("api_key", "xoxb-secret")));
    boolean sawConnection = false;
    for (RecordedExchange x : server.exchanges()) {
      String all = x.requestHeaders() + x.requestBody() + x.responseHeaders() + x.responseBody();
      assertTrue(!all.contains("xoxb-secret") && !all.contains(ReferenceServer.DEMO_PASSWORD)
          && !all.contains(server.demoApiKey()), x.toString());
      if (x.path().equals("/api/app-connections")) {
        sawConnection = true;
        assertEquals(201, x.status());
        assertTrue(x.requestBody().contains("<redacted>"));
        assertEquals("<redacted>", x.requestHeaders().get("Authorization"));
      }
    }
    assertTrue(sawConnection);
    assertEquals("<redacted>", server.exchanges().get(0).responseHeaders().get("Set-Cookie"));
    server.clearExchanges();
    assertEquals(0, server.exchanges().size());
  }
}
