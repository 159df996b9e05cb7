package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Router;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every request gets an answer within a bounded time, over a raw socket: one MockWebServer would
 * give up on (a GET or HEAD with content, a broken Content-Length or chunk, no Host) is answered
 * 400 and the connection closes; a good request after a good one reuses the connection; a
 * handler that fails still answers.
 */
class NoHangingConnectionTest {
  /** How long a test waits for an answer before calling the connection hung. */
  private static final int TIMEOUT_MILLIS = 5_000;

  /** What came back on a socket: the bytes, and whether the server closed it. */
  private static final class Answer {
    final String text;
    final boolean closed;

    Answer(String text, boolean closed) {
      this.text = text;
      this.closed = closed;
    }

    int status() {
      return Integer.parseInt(text.substring(9, 12));
    }

    String body() {
      return text.substring(text.indexOf("\r\n\r\n") + 4);
    }

    String header(String name) {
      for (String line : text.substring(0, text.indexOf("\r\n\r\n")).split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
          return line.substring(name.length() + 1).trim();
        }
      }
      return null;
    }
  }

  /** Writes {@code request} and reads until the server closes (or the timeout fails the test). */
  private static Answer exchange(Socket socket, String request) throws IOException {
    socket.setSoTimeout(TIMEOUT_MILLIS);
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.UTF_8));
    out.flush();
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long deadline = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000L;
    while (System.nanoTime() < deadline) {
      int n;
      try {
        n = in.read(buf);
      } catch (SocketTimeoutException e) {
        throw new AssertionError("no answer, or the connection was left open, within " + TIMEOUT_MILLIS
            + " ms; got: " + got.toString(StandardCharsets.UTF_8));
      }
      if (n < 0) return new Answer(got.toString(StandardCharsets.UTF_8), true);
      got.write(buf, 0, n);
    }
    throw new AssertionError("the connection stayed open past " + TIMEOUT_MILLIS + " ms");
  }

  /** Reads exactly one answer with a Content-Length body and leaves the connection open. */
  private static Answer one(Socket socket, String request) throws IOException {
    socket.setSoTimeout(TIMEOUT_MILLIS);
    socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) throw new AssertionError("closed before the answer's headers ended: " + head);
      head.write(b);
    }
    Answer headers = new Answer(head.toString(StandardCharsets.UTF_8), false);
    byte[] body = in.readNBytes(Integer.parseInt(headers.header("Content-Length")));
    return new Answer(head.toString(StandardCharsets.UTF_8) + new String(body, StandardCharsets.UTF_8), false);
  }

  private static Socket connect(ReferenceServer server) throws IOException {
    return new Socket(server.url().host(), server.url().port());
  }

  @ParameterizedTest @EnumSource(ServerPlatform.class)
  void aGetWithContentIsRefusedAndTheConnectionClosesOnEveryPlatform(ServerPlatform platform) throws IOException {
    try (ReferenceServer server = ReferenceServer.builder().platform(platform).start();
        Socket socket = connect(server)) {
      Answer a = exchange(socket, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: 2\r\n\r\n{}");
      assertEquals(400, a.status(), a.text);
      assertTrue(a.closed);
      assertEquals("close", a.header("Connection"));
      assertTrue(a.body().contains("GET requests carry no content"), a.body());
      assertTrue(a.header("X-Request-Id") != null);
      // each platform's own error shape
      if (platform == ServerPlatform.IAI_FLOW) {
        assertTrue(a.body().startsWith("{\"error\":\"The request cannot be read"), a.body());
      } else if (platform == ServerPlatform.IMBRACE || platform == ServerPlatform.ACTIVEPIECES) {
        // Activepieces answers as Fastify does
        assertTrue(a.body().startsWith("{\"statusCode\":400,\"code\":\"FST_ERR_VALIDATION\""), a.body());
      } else {
        assertTrue(a.body().startsWith("{\"error\":\"VALIDATION_ERROR\""), a.body());
      }
    }
  }

  @Test void aHeadWithContentGetsHeadersOnlyAndTheConnectionCloses() throws IOException {
    try (ReferenceServer server = ReferenceServer.builder().start(); Socket socket = connect(server)) {
      Answer a = exchange(socket, "HEAD /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello");
      assertEquals(400, a.status(), a.text);
      assertTrue(a.closed);
      assertEquals("", a.body(), "a HEAD answer has no body");
      assertTrue(Integer.parseInt(a.header("Content-Length")) > 0);
    }
  }

  @Test void aGetWithAnEmptyChunkedBodyIsAnsweredAndTheConnectionReused() throws IOException {
    try (ReferenceServer server = ReferenceServer.builder().start(); Socket socket = connect(server)) {
      Answer first = one(socket, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
      assertEquals(200, first.status(), first.text);
      Answer second = one(socket, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      assertEquals(200, second.status(), second.text);
      assertTrue(second.body().contains("\"ok\":true"));
    }
  }

  @Test void aChunkedPostIsReadWhole() throws IOException {
    try (ReferenceServer server = ReferenceServer.builder().start(); Socket socket = connect(server)) {
      String key = server.demoApiKey();
      Answer a = one(socket, "POST /api/kv HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
          + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "7;ext=1\r\n{\"key\":\r\n14\r\n\"a\",\"value\":[1,2,3]}\r\n0\r\nTrailer: x\r\n\r\n");
      assertEquals(200, a.status(), a.text);
      assertTrue(a.body().contains("\"value\":[1,2,3]"), a.body());
    }
  }

  @Test void requestsMockWebServerWouldDropAreAnswered400() throws IOException {
    String[] requests = {
      "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n",
      "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1, 2\r\n\r\n",
      "POST /api/kv HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n",
      "POST /api/kv HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n\r\n",
      "POST /api/kv HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
      "GET /api/health HTTP/1.1\r\nHost: a b\r\n\r\n",
      "GET api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
      "GET /api/health HTTP/1.1\r\n\r\n",
      "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n folded\r\n\r\n",
      "GET /api/health HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n",
      "GET /api/health HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n",
      "NOT A REQUEST\r\n\r\n",
    };
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      for (String request : requests) {
        try (Socket socket = connect(server)) {
          Answer a = exchange(socket, request);
          assertEquals(400, a.status(), request + " -> " + a.text);
          assertTrue(a.closed, request);
          assertTrue(a.body().contains("\"error\":\"VALIDATION_ERROR\""), a.body());
        }
      }
      assertEquals(200, new TestClient(server).get("/api/health").code, "the server still serves");
    }
  }

  @Test void aChunkedBodyOverTheLimitIs413() throws IOException {
    try (ReferenceServer server = ReferenceServer.builder().maxBodyBytes(10).start(); Socket socket = connect(server)) {
      Answer a = exchange(socket, "POST /api/kv HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "b\r\n{\"key\":\"aaa\r\n0\r\n\r\n");
      assertEquals(413, a.status(), a.text);
      assertTrue(a.body().contains("PAYLOAD_TOO_LARGE"));
      assertTrue(a.closed);
    }
  }

  @Test void overTlsAGetWithContentIsRefusedAndTheConnectionCloses() throws IOException {
    try (ReferenceServer server = ReferenceServer.builder().tls(true).start();
        SSLSocket socket = (SSLSocket) server.clientCertificates().sslSocketFactory()
            .createSocket(server.url().host(), server.url().port())) {
      Answer a = exchange(socket, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}");
      assertEquals(400, a.status(), a.text);
      assertTrue(a.closed);
    }
  }

  @Test void aHandlerThatFailsStillAnswersAndTheNextRequestIsServed() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      Field f = ReferenceServer.class.getDeclaredField("router");
      f.setAccessible(true);
      Router router = (Router) f.get(server);
      router.addPublic("GET", "/api/fails", call -> {
        throw new IllegalStateException("a bug in a handler");
      });
      router.addPublic("GET", "/api/overflows", call -> {
        throw new StackOverflowError();
      });
      for (String path : new String[] {"/api/fails", "/api/overflows"}) {
        try (Socket socket = connect(server)) {
          Answer a = one(socket, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
          assertEquals(500, a.status(), a.text);
          assertTrue(a.body().contains("\"error\":\"INTERNAL_ERROR\""), a.body());
        }
      }
      assertEquals(200, new TestClient(server).get("/api/health").code);
    }
  }
}
