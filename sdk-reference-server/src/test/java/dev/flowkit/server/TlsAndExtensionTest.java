package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class TlsAndExtensionTest {
  private static ReferenceServer previous;

  @ReferenceServerTest(tls = true)
  @Test void tlsServerSetsASecureSameSiteNoneCookie(ReferenceServer server) throws Exception {
    assertEquals("https", server.url().scheme());
    assertEquals("127.0.0.1", server.url().host());
    OkHttpClient client = new OkHttpClient.Builder()
        .sslSocketFactory(server.clientCertificates().sslSocketFactory(),
            server.clientCertificates().trustManager())
        .build();
    Request login = new Request.Builder().url(server.url().resolve("/api/auth/login"))
        .post(RequestBody.create(Json.write(Json.obj("email", ReferenceServer.DEMO_EMAIL,
            "password", ReferenceServer.DEMO_PASSWORD)), TestClient.JSON)).build();
    try (Response r = client.newCall(login).execute()) {
      assertEquals(200, r.code());
      String cookie = r.header("Set-Cookie");
      assertTrue(cookie.contains("SameSite=None") && cookie.contains("Secure"), cookie);
    }
  }

  @ReferenceServerTest
  @Test void eachTestGetsAFreshServer1(ReferenceServer server) {
    check(server);
  }

  @ReferenceServerTest
  @Test void eachTestGetsAFreshServer2(ReferenceServer server) {
    check(server);
  }

  private static synchronized void check(ReferenceServer server) {
    if (previous != null) assertNotSame(previous, server);
    previous = server;
    assertEquals(200, new TestClient(server).get("/api/health").code);
    assertEquals(0, server.runsCreated(server.flowId("Hello")));
  }
}
