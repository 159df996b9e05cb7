package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.HttpLogLevel;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Request;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the HTTP log shows of bodies the redaction cannot read as JSON, and of encoded ones. */
class HttpLoggerTest {
  private final Logger logger = Logger.getLogger(HttpLogger.LOGGER_NAME);
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture =
      new Handler() {
        @Override public void publish(LogRecord record) {
          log.add(record.getMessage());
        }

        @Override public void flush() {}

        @Override public void close() {}
      };
  private MockWebServer server;
  private Transport transport;

  @BeforeEach
  void setUp() throws IOException {
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    transport = new Transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .apiKey("fk_test_secret_key_123").httpLogLevel(HttpLogLevel.BODY).maxRetries(0).build());
  }

  @AfterEach
  void tearDown() {
    server.close();
    logger.removeHandler(capture);
    logger.setUseParentHandlers(true);
  }

  @Test
  void gzippedJsonIsUnzippedAndRedacted() throws IOException {
    Buffer gzipped = new Buffer();
    try (okio.BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
      sink.writeUtf8("{\"id\":\"mcp_1\",\"token\":\"mcp_tok_gzipped_secret\",\"n\":12}");
    }
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .addHeader("Content-Encoding", "gzip").body(gzipped).build());

    Map<?, ?> body = get();

    assertEquals("mcp_tok_gzipped_secret", body.get("token"));
    String text = String.join("\n", log);
    assertFalse(text.contains("gzipped_secret"), text);
    assertFalse(text.contains("fk_test_secret_key_123"), text);
    assertTrue(text.contains("{\"id\":\"mcp_1\",\"token\":\"██\",\"n\":12}"), text);
  }

  @Test
  void bodiesThatAreNotJsonAreDescribedNotPrinted() {
    server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body("<p>password=hunter2</p>").build());
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"password\":\"hunter2\"").build());

    try {
      get();
    } catch (RuntimeException expected) {
      // a 502
    }
    try {
      get();
    } catch (RuntimeException expected) {
      // cut-off JSON
    }

    String text = String.join("\n", log);
    assertFalse(text.contains("hunter2"), text);
    assertTrue(text.contains("(23-byte text/html body not logged)"), text);
    assertTrue(text.contains("body not logged: not valid JSON)"), text);
  }

  @Test
  void largeBodiesAreDescribedNotPrinted() {
    StringBuilder big = new StringBuilder("{\"items\":[");
    for (int i = 0; i < 10_000; i++) big.append("\"item-").append(i).append("\",");
    big.append("\"secret-at-the-end\"]}");
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(big.toString()).build());

    assertEquals(1, get().size());

    String text = String.join("\n", log);
    assertFalse(text.contains("item-1"), text);
    assertTrue(text.contains("(body over 65536 bytes not logged)"), text);
  }

  @Test
  void aWebSocketUpgradeIsLoggedWithItsTokenRedacted() throws Exception {
    server.enqueue(new MockResponse.Builder().webSocketUpgrade(new WebSocketChannelTest.ServerSide() {
      @Override
      public void onOpen(okhttp3.WebSocket webSocket, okhttp3.Response response) {
        webSocket.send("end");
      }
    }).build());
    Request upgrade = new Request.Builder()
        .url("ws://127.0.0.1:" + server.getPort() + "/api/ws?playId=play_1&token=tok_ws_secret_42").build();
    WebSocketChannelTest.Recorder recorder = new WebSocketChannelTest.Recorder();
    new WebSocketChannel(transport.webSocketClient(), transport.errors(), dev.flowkit.core.ReconnectPolicy.never(),
        upgrade, recorder).run();

    assertEquals(List.of("end"), recorder.messages);
    String text = String.join("\n", log);
    assertFalse(text.contains("tok_ws_secret_42"), text);
    assertTrue(text.contains("/api/ws?playId=play_1&token=██"), text);
    assertTrue(text.contains("<-- 101"), text);
  }

  private Map<?, ?> get() {
    return transport.execute(new Request.Builder().url(transport.url("api", "things")).build(), Map.class);
  }
}
