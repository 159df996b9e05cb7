package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.flowkit.server.internal.Json;
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
      assertEquals("GET, POST", wrongMethod.headers.get("Allow"));

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
}
