package dev.flowkit.workflows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.StreamException;
import dev.flowkit.core.internal.CatchUpHandler;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run's events over a WebSocket whose messages carry no ids (flow8's shape: {@code {type,
 * playId, layerId, out}}), through the same {@link RunSubscription}, listener and {@link
 * RunStream} as SSE, with the same typed {@link RunEvent}s: a drop mid-way is caught up over REST
 * and every event reaches the listener once.
 */
class RunStreamsWebSocketTest {
  private static final JsonAdapter<Map<String, Object>> JSON =
      FlowJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private MockWebServer server;
  private Transport transport;
  private RunStreams streams;
  private ExecutorService threads;
  /** What the platform recorded of play_1, in order, as its REST route answers it. */
  private final List<String> record = Collections.synchronizedList(new ArrayList<>());
  private final List<List<String>> connections = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      private int upgrades;

      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().equals("/api/plays/play_1/events")) {
          synchronized (record) {
            return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("[" + String.join(",", record) + "]").build();
          }
        }
        List<String> script;
        synchronized (this) {
          script = upgrades < connections.size() ? connections.get(upgrades) : Collections.emptyList();
          upgrades++;
        }
        return new MockResponse.Builder().webSocketUpgrade(new WebSocketListener() {
          @Override
          public void onOpen(WebSocket ws, Response response) {
            for (String step : script) {
              if (step.equals("DROP")) {
                awaitSent(ws);
                ws.cancel();
                return;
              }
              if (step.startsWith("RECORD ")) {
                record.add(step.substring(7));
              } else {
                if (step.contains("play_1")) record.add(step);
                ws.send(step);
              }
            }
          }

          @Override
          public void onClosing(WebSocket ws, int code, String reason) {
            ws.close(1000, null);
          }
        }).build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    transport = new Transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .webSocketPingInterval(Duration.ofMillis(200)).build());
    threads = Executors.newCachedThreadPool();
    streams = new RunStreams(transport, new RunCalls(new Rest(transport, dev.flowkit.workflows.internal.platform.FlowkitDialect.create())),
        ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), threads);
  }

  @AfterEach
  void tearDown() {
    streams.cancelAll();
    threads.shutdownNow();
    server.close();
  }

  private static String message(String type, @Nullable String layerId, @Nullable String out) {
    return "{\"type\":\"" + type + "\",\"playId\":\"play_1\",\"flowId\":\"flow_1\""
        + (layerId == null ? "" : ",\"layerId\":\"" + layerId + "\"")
        + (out == null ? "" : ",\"out\":" + out)
        + ",\"timestamp\":\"2026-01-01T00:00:00Z\"}";
  }

  private static final String STARTED = message("play:started", null, null);
  private static final String L1_STARTED = message("play:layer:started", "l1", null);
  private static final String L1_DONE = message("play:layer:completed", "l1", "\"out1\"");
  private static final String L2_STARTED = message("play:layer:started", "l2", null);
  private static final String L2_DONE = message("play:layer:completed", "l2", "\"out2\"");
  private static final String COMPLETED = message("play:completed", null, "\"out2\"");
  private static final String OTHER_PLAY =
      "{\"type\":\"play:started\",\"playId\":\"play_2\",\"flowId\":\"flow_9\",\"timestamp\":\"2026-01-01T00:00:00Z\"}";

  /** Flow8-shaped messages as run events: one class per event type and transport. */
  private final class PlayFeed implements CatchUpHandler.Feed<RunEvent> {
    @Override
    public List<RunEvent> decode(String text) {
      Map<String, Object> m;
      try {
        m = JSON.fromJson(text);
      } catch (IOException e) {
        throw new StreamException("not JSON: " + text, e);
      }
      if (m == null || !"play_1".equals(m.get("playId"))) return Collections.emptyList();
      String layer = String.valueOf(m.get("layerId"));
      switch (String.valueOf(m.get("type"))) {
        case "play:started":
          return List.of(new RunEvent.Message(null, "", "", RunEvent.MessageType.START, Map.of("runId", "play_1")));
        case "play:layer:started":
          return List.of(new RunEvent.Message(null, layer, "", RunEvent.MessageType.START_STEP, Map.of()));
        case "play:layer:completed":
          return List.of(new RunEvent.Message(null, layer, "", RunEvent.MessageType.FINISH_STEP,
              Collections.singletonMap("output", m.get("out"))));
        case "play:completed":
          return List.of(new RunEvent.Output(null, m.get("out"), Duration.ZERO, "play_1", RunStatus.SUCCEEDED));
        case "play:failed":
          return List.of(new RunEvent.Failure(null, "PLAY_FAILED", "failed", null, "play_1"));
        default:
          return Collections.emptyList();
      }
    }

    @Override
    public Object identity(RunEvent event) {
      if (event instanceof RunEvent.Message) {
        RunEvent.Message message = (RunEvent.Message) event;
        return message.type() + "/" + message.step();
      }
      return event.getClass().getSimpleName();
    }

    @Override
    public boolean isFinal(RunEvent event) {
      return event.isFinal();
    }

    @Override
    public List<RunEvent> missed(boolean reconnected) {
      Request get = new Request.Builder().url(server.url("/api/plays/play_1/events")).build();
      List<Map<String, Object>> items = transport.execute(get, List.class);
      List<RunEvent> events = new ArrayList<>();
      for (Map<String, Object> item : items) events.addAll(decode(JSON.toJson(item)));
      return events;
    }
  }

  private RunStreams.RunSource webSocket() {
    Request upgrade = new Request.Builder().url("ws://127.0.0.1:" + server.getPort() + "/api/ws?token=t").build();
    return streams.webSocket(upgrade, "play_1", new PlayFeed());
  }

  @Test
  void aListenerGetsEveryEventOnceAcrossADropCaughtUpOverRest() throws Exception {
    // Layer 2 starts as the connection drops: the platform records it, but never sends it.
    connections.add(List.of(STARTED, L1_STARTED, L1_DONE, "RECORD " + L2_STARTED, "DROP"));
    connections.add(List.of(L2_DONE, OTHER_PLAY, COMPLETED));
    Recorder recorder = new Recorder();
    RunSubscription run = streams.subscribe(webSocket(), recorder);

    assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));
    assertEquals("play_1", run.runId());
    List<String> calls = new ArrayList<>(recorder.calls);
    // Where the reconnect falls depends on when each catch-up ran; the events do not.
    assertTrue(calls.remove("reconnect 1@null"), calls.toString());
    assertEquals(List.of("start", "stepStart l1", "stepFinish l1 out1", "stepStart l2", "stepFinish l2 out2",
        "output out2", "closed"), calls);
    assertEquals("out2", run.completion().get(1, TimeUnit.SECONDS).output());
  }

  @Test
  void aFailedPlayFailsTheCompletionWithRunFailedException() throws Exception {
    connections.add(List.of(STARTED, message("play:failed", null, null)));
    Recorder recorder = new Recorder();
    RunSubscription run = streams.subscribe(webSocket(), recorder);

    assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));
    Throwable failure = run.completion().handle((output, e) -> e).get(1, TimeUnit.SECONDS);
    assertInstanceOf(RunFailedException.class, failure.getCause() == null ? failure : failure.getCause());
    assertEquals(List.of("start", "runFailed PLAY_FAILED", "closed"), recorder.calls);
  }

  @Test
  void aPulledStreamReadsTheSameEventsAndCloseWakesItsReader() throws Exception {
    connections.add(List.of(STARTED, L1_STARTED, "DROP"));
    connections.add(List.of(L1_STARTED, L1_DONE)); // then quiet
    RunStream events = streams.open(webSocket());

    List<String> read = new ArrayList<>();
    for (int i = 0; i < 3; i++) read.add(describe(events.next()));
    assertEquals(List.of("START ", "START_STEP l1", "FINISH_STEP l1"), read);

    CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(events::hasNext, threads);
    Thread.sleep(200);
    assertFalse(reader.isDone(), "the reader waits for the next event");
    events.close();
    assertFalse(reader.get(2, TimeUnit.SECONDS));
    assertEquals("play_1", events.runId());
  }

  private static String describe(RunEvent event) {
    RunEvent.Message message = (RunEvent.Message) event;
    return message.type() + " " + message.step();
  }

  static void awaitSent(WebSocket ws) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (ws.queueSize() > 0 && System.nanoTime() < deadline) sleep(1);
    sleep(20);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records a run listener's calls, in order. */
  static final class Recorder implements RunEventListener {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onStart(RunSubscription subscription) {
      calls.add("start");
    }

    @Override
    public void onStepStart(RunSubscription subscription, String step) {
      calls.add("stepStart " + step);
    }

    @Override
    public void onStepFinish(RunSubscription subscription, String step, Duration timeSpent, @Nullable Object output) {
      calls.add("stepFinish " + step + " " + output);
    }

    @Override
    public void onOutput(RunSubscription subscription, RunEvent.Output output) {
      calls.add("output " + output.output());
    }

    @Override
    public void onRunFailed(RunSubscription subscription, RunFailedException failure) {
      calls.add("runFailed " + failure.errorCode());
    }

    @Override
    public void onFailure(RunSubscription subscription, FlowException error) {
      calls.add("failure " + error);
    }

    @Override
    public void onReconnect(RunSubscription subscription, int attempt, @Nullable String lastEventId) {
      calls.add("reconnect " + attempt + "@" + lastEventId);
    }

    @Override
    public void onClosed(RunSubscription subscription) {
      calls.add("closed");
    }
  }
}
