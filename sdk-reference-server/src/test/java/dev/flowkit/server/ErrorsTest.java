package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

class ErrorsTest {
  private static Map<?, ?> details(TestClient.Res r) {
    return (Map<?, ?>) r.json().get("details");
  }

  @Test void everyBadInputGetsTheContractsErrorShape() {
    try (ReferenceServer server = ReferenceServer.builder().maxBodyBytes(1000).start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());

      TestClient.Res missing = c.post("/api/flows", Json.obj());
      assertEquals(400, missing.code);
      assertEquals("VALIDATION_ERROR", missing.error());
      assertEquals("displayName", details(missing).get("field"));
      assertEquals(400, missing.json().get("statusCode") instanceof Long ? 400 : -1);
      assertEquals(missing.headers.get("X-Request-Id"), missing.json().get("requestId"));

      TestClient.Res wrongType = c.post("/api/flows/" + server.flowId("Hello") + "/run", Json.obj("sync", "yes"));
      assertEquals("sync", details(wrongType).get("field"));

      TestClient.Res malformed = c.execute(c.request("/api/flows")
          .post(RequestBody.create("{\"displayName\":", TestClient.JSON)).build());
      assertEquals(400, malformed.code);
      assertEquals("malformed JSON", details(malformed).get("reason"));

      TestClient.Res textPlain = c.execute(c.request("/api/flows")
          .post(RequestBody.create("hello", MediaType.get("text/plain"))).build());
      assertEquals(415, textPlain.code);
      assertEquals("UNSUPPORTED_MEDIA_TYPE", textPlain.error());

      TestClient.Res big = c.post("/api/flows", Json.obj("displayName", "x".repeat(2000)));
      assertEquals(413, big.code);
      assertEquals("PAYLOAD_TOO_LARGE", big.error());

      TestClient.Res unknown = c.get("/api/nothing-here");
      assertEquals(404, unknown.code);
      assertEquals("NOT_FOUND", unknown.error());

      TestClient.Res wrongMethod = c.execute(c.request("/api/flows").patch(RequestBody.create("{}", TestClient.JSON)).build());
      assertEquals(405, wrongMethod.code);
      assertEquals("GET, HEAD, POST", wrongMethod.headers.get("Allow"));

      TestClient.Res badStep = c.post("/api/flows", Json.obj("displayName", "x",
          "trigger", Json.obj("name", "t", "type", "MANUAL", "nextAction", Json.obj("name", "a", "type", "NOPE"))));
      assertEquals("trigger.nextAction.type", details(badStep).get("field"));

      TestClient.Res notObject = c.execute(c.request("/api/flows").post(RequestBody.create("[1]", TestClient.JSON)).build());
      assertEquals(400, notObject.code);

      // curl -d habit: form content type with a JSON body is accepted
      TestClient.Res curl = c.execute(c.request("/api/flows").post(RequestBody.create("{\"displayName\":\"c\"}",
          MediaType.get("application/x-www-form-urlencoded"))).build());
      assertEquals(201, curl.code);

      assertNotNull(c.execute(new Request.Builder().url(server.url().resolve("/api/health")).build())
          .headers.get("X-Request-Id"));
    }
  }

  @Test void httpSemanticsEveryClientMayRelyOn() {
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      TestClient c = new TestClient(server).withKey(server.demoApiKey());

      // RFC 9110 9.1: every general-purpose server supports HEAD; it answers as GET, without a body.
      TestClient.Res get = c.get("/api/flows");
      TestClient.Res head = c.execute(c.request("/api/flows").head().build());
      assertEquals(200, head.code);
      assertEquals("", head.body);
      assertEquals(get.headers.get("Content-Type"), head.headers.get("Content-Type"));
      assertEquals("GET, HEAD, POST", c.execute(c.request("/api/flows")
          .patch(RequestBody.create("{}", TestClient.JSON)).build()).headers.get("Allow"));

      // RFC 9110 6.6.1: an origin server with a clock sends Date, in IMF-fixdate form.
      String date = get.headers.get("Date");
      assertNotNull(date);
      Instant sent = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      assertTrue(Math.abs(Duration.between(sent, Instant.now()).getSeconds()) < 60, date);
      assertTrue(date.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), date);

      // RFC 9110 15.5.2: a 401 carries a challenge (RFC 6750 for the Bearer API key).
      TestClient.Res anonymous = new TestClient(server).get("/api/flows");
      assertEquals(401, anonymous.code);
      assertEquals("Bearer realm=\"flowkit\"", anonymous.headers.get("WWW-Authenticate"));

      // RFC 3986 2.1: a path parameter is percent-decoded, so a key with a space can be deleted.
      assertEquals(200, c.post("/api/kv", Json.obj("key", "hello world", "value", 1)).code);
      assertEquals(204, c.delete("/api/kv/hello%20world").code);
      assertEquals(200, c.get("/api/flows/" + server.flowId("Hello").replace("_", "%5F")).code);
    }
  }
}
