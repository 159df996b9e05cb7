package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code WS /api/ws} as flow8's WebSocket page shows it, checked with the JDK's own WebSocket
 * client (not Flowkit's) and with hand-written RFC 6455 frames for the protocol's edges.
 */
class Flow8WebSocketTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8)
      .webSocketPingMillis(100).webSocketPongTimeoutMillis(400).start();
  private final TestClient c = new TestClient(server).withKey(server.demoApiKey());

  @AfterEach void close() {
    server.close();
  }

  /** The JDK client, collecting text messages as JSON and counting pings. */
  static final class Collector implements WebSocket.Listener {
    final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    final AtomicInteger pings = new AtomicInteger();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    @SuppressWarnings("unchecked")
    @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add((Map<String, Object>) Json.parse(partial.toString()));
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
      pings.incrementAndGet(); // the JDK answers the pong itself
      ws.request(1);
      return null;
    }

    @Override public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override public void onError(WebSocket ws, Throwable error) {
      closed.completeExceptionally(error);
    }

    Map<String, Object> next(String type) throws InterruptedException {
      while (true) {
        Map<String, Object> m = messages.poll(10, TimeUnit.SECONDS);
        assertNotNull(m, "no " + type + " event within 10 s");
        if (type.equals(m.get("type"))) return m;
      }
    }
  }

  private WebSocket connect(Collector collector) {
    URI uri = URI.create(server.url().toString().replace("http://", "ws://") + "api/ws?token=" + server.demoApiKey());
    return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, collector).join();
  }

  @Test void aStandardClientSeesEveryEventOfAPlay() throws Exception {
    Collector events = new Collector();
    WebSocket ws = connect(events);
    String playId = (String) c.post("/api/flows/" + server.flowId("Story") + "/run",
        Json.obj("args", Json.obj("topic", "owls"))).json().get("playId");
    List<String> seen = new ArrayList<>();
    Map<String, Object> m;
    do {
      m = events.messages.poll(10, TimeUnit.SECONDS);
      assertNotNull(m, "events so far: " + seen);
      assertEquals(playId, m.get("playId"));
      seen.add(m.get("type") + (m.get("ref") == null ? "" : " " + m.get("ref")));
    } while (!"play:completed".equals(m.get("type")));
    assertEquals(List.of("play:started", "play:layer:started prepare", "play:layer:completed prepare",
        "play:layer:started write", "play:layer:completed write", "play:layer:started summarize",
        "play:layer:completed summarize", "play:completed"), seen);
    assertTrue(m.get("duration") instanceof Long, "play:completed carries the duration: " + m);
    assertNotNull(m.get("timestamp"));
    ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    assertEquals(WebSocket.NORMAL_CLOSURE, events.closed.get(10, TimeUnit.SECONDS), "the server echoes the close");
  }

  @Test void approvalThroughTheSocket() throws Exception {
    Collector events = new Collector();
    connect(events);
    String playId = (String) c.post("/api/flows/" + server.flowId("Approval") + "/run", Json.obj()).json().get("playId");
    Map<String, Object> waiting = events.next("play:waiting");
    assertEquals(Json.obj("ref", "approve", "state", "WAIT"), Json.obj("ref", waiting.get("ref"), "state", waiting.get("state")));
    assertEquals(200, c.post("/api/plays/" + playId + "/approve",
        Json.obj("layerId", waiting.get("layerId"), "decision", "approved", "note", "ok")).code);
    assertEquals("approve", events.next("play:layer:completed").get("ref"));
    assertEquals(playId, events.next("play:completed").get("playId"));
  }

  @Test void pingsKeepAQuietConnectionOpen() throws Exception {
    Collector events = new Collector();
    connect(events);
    Thread.sleep(1_000); // 2.5 pong timeouts of silence but for pings and pongs
    assertTrue(events.pings.get() >= 5, "pings: " + events.pings.get());
    assertEquals(1, server.openWebSockets());
    c.post("/api/flows/" + server.flowId("Hello") + "/run", Json.obj("args", Json.obj("name", "Ada")));
    assertEquals("play:completed", events.next("play:completed").get("type"));
  }

  @Test void aClientThatNeverAnswersPingsIsClosed() throws Exception {
    try (RawClient raw = RawClient.open(server, server.demoApiKey())) {
      assertEquals(101, raw.status, raw.head);
      int pings = 0;
      while (true) {
        RawClient.Frame f = raw.read();
        if (f.opcode == 0x9) {
          pings++;
          continue;
        }
        assertEquals(0x8, f.opcode, "after pings, a close");
        assertEquals(1001, f.closeCode());
        break;
      }
      assertTrue(pings >= 3, "pings before the close: " + pings);
    }
  }

  @Test void theProtocolsRules() throws Exception {
    try (RawClient raw = RawClient.open(server, server.demoApiKey())) {
      raw.send(0x9, "hi".getBytes(StandardCharsets.UTF_8), true);
      RawClient.Frame pong = raw.readSkippingPings();
      assertEquals(0xA, pong.opcode);
      assertEquals("hi", new String(pong.payload, StandardCharsets.UTF_8));
      raw.send(0x1, "{}".getBytes(StandardCharsets.UTF_8), false); // unmasked: 5.1 forbids it
      RawClient.Frame close = raw.readSkippingPings();
      assertEquals(0x8, close.opcode);
      assertEquals(1002, close.closeCode());
    }
    try (RawClient raw = RawClient.open(server, server.demoApiKey())) {
      raw.send(0x8, new byte[] {0x03, (byte) 0xe8}, true);
      RawClient.Frame close = raw.readSkippingPings();
      assertEquals(0x8, close.opcode);
      assertEquals(1000, close.closeCode(), "a close is answered with its code");
    }
    try (RawClient raw = RawClient.open(server, "not-a-key")) {
      assertEquals(401, raw.status, raw.head);
    }
    TestClient.Res plain = c.get("/api/ws");
    assertEquals(426, plain.code, plain.body);
    assertEquals("websocket", plain.headers.get("Upgrade"));
  }

  @Test void aDroppedConnectionIsGoneFromTheServer() throws Exception {
    Collector events = new Collector();
    connect(events);
    assertEquals(1, server.openWebSockets());
    server.dropWebSockets();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.openWebSockets() > 0 && System.nanoTime() < deadline) Thread.sleep(10);
    assertEquals(0, server.openWebSockets());
  }

  /** A client written frame by frame, to test what no library would send. */
  static final class RawClient implements AutoCloseable {
    final Socket socket;
    final DataInputStream in;
    final OutputStream out;
    final int status;
    final String head;

    record Frame(int opcode, byte[] payload) {
      int closeCode() {
        return ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
      }
    }

    private RawClient(Socket socket, int status, String head) throws IOException {
      this.socket = socket;
      this.in = new DataInputStream(socket.getInputStream());
      this.out = socket.getOutputStream();
      this.status = status;
      this.head = head;
    }

    static RawClient open(ReferenceServer server, String token) throws IOException {
      Socket s = new Socket("127.0.0.1", server.url().port());
      s.setSoTimeout(10_000);
      String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
      String request = "GET /api/ws?token=" + token + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
          + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
      s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) head.append((char) s.getInputStream().read());
      int status = Integer.parseInt(head.substring(9, 12));
      return new RawClient(s, status, head.toString());
    }

    void send(int opcode, byte[] payload, boolean masked) throws IOException {
      out.write(0x80 | opcode);
      out.write((masked ? 0x80 : 0) | payload.length);
      byte[] mask = {1, 2, 3, 4};
      if (masked) out.write(mask);
      for (int i = 0; i < payload.length; i++) out.write(masked ? payload[i] ^ mask[i & 3] : payload[i]);
      out.flush();
    }

    Frame read() throws IOException {
      int b0 = in.readUnsignedByte();
      int b1 = in.readUnsignedByte();
      assertEquals(0, b1 & 0x80, "a server never masks");
      long n = b1 & 0x7f;
      if (n == 126) n = in.readUnsignedShort();
      if (n == 127) n = in.readLong();
      byte[] payload = new byte[(int) n];
      in.readFully(payload);
      return new Frame(b0 & 0x0f, payload);
    }

    Frame readSkippingPings() throws IOException {
      Frame f;
      do {
        f = read();
      } while (f.opcode == 0x9);
      return f;
    }

    @Override public void close() throws IOException {
      socket.close();
    }
  }
}
