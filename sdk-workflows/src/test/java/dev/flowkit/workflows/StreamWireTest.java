package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.flowkit.workflows.models.RunEvent;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A run's event stream from a server other than the reference one: what goes back on the wire. */
class StreamWireTest {
  private static final String MSG = "event: msg\ndata: {\"Node\":\"greet\",\"Msg\":\"hi\",\"Type\":\"start_node\",\"Data\":null}\n\n";
  private static final String OUTPUT =
      "event: output\ndata: {\"output\":{\"a\":1},\"total_time\":0.1,\"runId\":\"run_1\",\"status\":\"SUCCEEDED\"}\n\n";

  private MockWebServer server;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static MockResponse sse(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build();
  }

  @Test
  void aNonAsciiEventIdGoesBackAsUtf8WhenTheStreamResumes() throws Exception {
    // The standard sends the last event id back "encoded as UTF-8", whatever its characters.
    server.enqueue(sse("id: étape-1\n" + MSG)); // ends before the final event: a drop
    server.enqueue(sse("id: étape-2\n" + OUTPUT));
    List<RunEvent> events = new ArrayList<>();
    try (FlowClient client = FlowClient.builder().baseUrl(server.url("/").toString()).apiKey("fk_test_key").build()) {
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        try (RunStream stream = client.workflows().streamRun("run_1")) {
          while (stream.hasNext()) events.add(stream.next());
        }
      });
    }
    assertEquals(2, events.size(), events.toString());
    assertInstanceOf(RunEvent.Output.class, events.get(1));
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    assertNull(first.getHeaders().get("Last-Event-ID"));
    assertEquals("étape-1", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Last-Event-ID"));
  }
}
