package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.server.RecordedExchange;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.flow8.FlowParams;
import dev.flowkit.workflows.flow8.FlowletParams;
import dev.flowkit.workflows.flow8.PlayEvent;
import dev.flowkit.workflows.flow8.PlayEventListener;
import dev.flowkit.workflows.flow8.PlaySubscription;
import dev.flowkit.workflows.flow8.RunParams;
import dev.flowkit.workflows.models.ApproveRunParams;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * flow8's live events through the SDK over a real WebSocket to the flow8 reference server: typed
 * run events for one play, every play of the workspace, a drop mid-play caught up with each event
 * once, pings that keep a quiet connection open, approval while subscribed, and waits that follow
 * the events instead of polling.
 */
class Flow8LiveTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8)
      .webSocketPingMillis(100).webSocketPongTimeoutMillis(400).start();
  private final FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(server.url() + "api/")
      .apiKey(server.demoApiKey())
      .reconnectPolicy(ReconnectPolicy.of(10, Duration.ofMillis(20), Duration.ofMillis(200))).build();

  @AfterEach void close() {
    client.close();
    server.close();
  }

  /** Records what a run listener sees, as "kind step" lines. */
  static final class Recorder implements RunEventListener {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    final BlockingQueue<RunEvent> events = new LinkedBlockingQueue<>();
    final AtomicInteger reconnects = new AtomicInteger();

    @Override public void onEvent(RunSubscription s, RunEvent event) {
      events.add(event);
      if (event instanceof RunEvent.Message) {
        RunEvent.Message m = (RunEvent.Message) event;
        seen.add(m.type() + " " + m.step());
      } else {
        seen.add(event.getClass().getSimpleName());
      }
    }

    @Override public void onReconnect(RunSubscription s, int attempt, String lastEventId) {
      reconnects.incrementAndGet();
    }

    RunEvent.Message next(RunEvent.MessageType type) throws InterruptedException {
      while (true) {
        RunEvent e = events.poll(10, TimeUnit.SECONDS);
        assertNotNull(e, "no " + type + " within 10 s; seen " + seen);
        if (e instanceof RunEvent.Message && ((RunEvent.Message) e).type() == type) return (RunEvent.Message) e;
      }
    }
  }

  @Test void streamRunDeliversTypedEventsOfOnePlay() throws Exception {
    FlowRun started = client.workflows().triggerFlow(server.flowId("Story"), Map.of("topic", "owls"));
    Recorder recorder = new Recorder();
    try (RunSubscription run = client.workflows().streamRun(started.id(), recorder)) {
      assertTrue(run.awaitCompletion(Duration.ofSeconds(20)));
      RunEvent.Output output = run.completion().get(1, TimeUnit.SECONDS);
      assertEquals(Map.of("summary", "A story about owls"), output.output());
      assertEquals(started.id(), output.runId());
    }
    assertEquals(List.of("START ", "START_STEP prepare", "FINISH_STEP prepare", "START_STEP write", "FINISH_STEP write",
        "START_STEP summarize", "FINISH_STEP summarize", "Output"), recorder.seen,
        "the play began before the stream: its start is fetched, then live events follow, each once");
  }

  @Test void streamFlowTriggersAndIterates() {
    List<String> steps = new ArrayList<>();
    RunEvent last = null;
    try (RunStream events = client.workflows().streamFlow(server.flowId("Story"), Map.of("topic", "AI"))) {
      while (events.hasNext()) {
        last = events.next();
        if (last instanceof RunEvent.Message && ((RunEvent.Message) last).type() == RunEvent.MessageType.FINISH_STEP) {
          steps.add(((RunEvent.Message) last).step());
        }
      }
    }
    assertEquals(List.of("prepare", "write", "summarize"), steps);
    assertTrue(last instanceof RunEvent.Output, String.valueOf(last));
    RecordedExchange trigger = server.exchanges().stream().filter(x -> x.method().equals("POST")).findFirst().get();
    assertTrue(trigger.requestBody().startsWith("{\"args\":{\"topic\":\"AI\"},\"idempotencyKey\":\""), trigger.requestBody());
  }

  @Test void aDropMidPlayResumesWithEveryLayerEventExactlyOnce() throws Exception {
    String flowId = Flow8.of(client).flows().create(FlowParams.builder().name("Steps").build()).id();
    for (int i = 0; i < 6; i++) {
      Flow8.of(client).flowlets().add(flowId, FlowletParams.builder().ref("s" + i).appId("delay").index(i)
          .args(Map.of("ms", 150)).build());
    }
    String playId = Flow8.of(client).flows().run(flowId, RunParams.none()).playId();
    Recorder recorder = new Recorder();
    try (RunSubscription run = client.workflows().streamRun(playId, recorder)) {
      recorder.next(RunEvent.MessageType.FINISH_STEP); // s0 done: drop the connection mid-play
      server.dropWebSockets();
      assertTrue(run.awaitCompletion(Duration.ofSeconds(20)), "seen " + recorder.seen);
      assertTrue(run.completion().isDone() && !run.completion().isCompletedExceptionally(), recorder.seen.toString());
    }
    List<String> expected = new ArrayList<>();
    expected.add("START ");
    for (int i = 0; i < 6; i++) {
      expected.add("START_STEP s" + i);
      expected.add("FINISH_STEP s" + i);
    }
    expected.add("Output");
    assertEquals(expected, recorder.seen);
    assertTrue(recorder.reconnects.get() >= 1, "the drop was a reconnect");
  }

  @Test void approvalWhileSubscribed() throws Exception {
    FlowRun started = client.workflows().triggerFlow(server.flowId("Approval"), null);
    Recorder recorder = new Recorder();
    try (RunSubscription run = client.workflows().streamRun(started.id(), recorder)) {
      RunEvent.Message pause = recorder.next(RunEvent.MessageType.PAUSE);
      assertEquals("approve", pause.step());
      FlowRun resumed = client.workflows().approveRun(started.id(), ApproveRunParams.builder()
          .step((String) pause.data().get("layerId")).payload(Map.of("note", "ok")).build());
      assertTrue(resumed.status() != RunStatus.PAUSED, String.valueOf(resumed.status()));
      assertTrue(run.awaitCompletion(Duration.ofSeconds(20)));
      assertTrue(run.completion().get(1, TimeUnit.SECONDS).output() != null);
    }
    assertTrue(recorder.seen.containsAll(List.of("PAUSE approve", "FINISH_STEP approve", "FINISH_STEP done", "Output")),
        recorder.seen.toString());
  }

  @Test void triggerFlowSyncAndWaitForRunFollowTheEvents() {
    FlowRun done = client.workflows().triggerFlowSync(server.flowId("Slow"), null, Duration.ofSeconds(30));
    assertEquals(RunStatus.SUCCEEDED, done.status());
    assertEquals("DONE", done.additionalProperties().get("state"), "flow8's own state is kept");
    long upgrades = server.exchanges().stream().filter(x -> x.path().equals("/api/ws")).count();
    long gets = server.exchanges().stream().filter(x -> x.method().equals("GET") && x.path().equals("/api/plays/" + done.id()))
        .count();
    assertTrue(upgrades >= 1, "waited on the WebSocket");
    assertTrue(gets <= 4, "no polling through a 2 s play: " + gets + " reads of the play");

    FlowRun failing = client.workflows().waitForRun(
        client.workflows().triggerFlow(server.flowId("Failing"), null).id(), Duration.ofSeconds(20));
    assertEquals(RunStatus.FAILED, failing.status());
    assertEquals("boom", failing.error().message());
  }

  @Test void pingsKeepAQuietSubscriptionOpenAndTheWorkspaceSeesEveryPlay() throws Exception {
    BlockingQueue<PlayEvent> events = new LinkedBlockingQueue<>();
    AtomicInteger reconnects = new AtomicInteger();
    try (PlaySubscription all = Flow8.of(client).subscribe(new PlayEventListener() {
      @Override public void onEvent(PlaySubscription s, PlayEvent event) {
        events.add(event);
      }

      @Override public void onReconnect(PlaySubscription s, int attempt) {
        reconnects.incrementAndGet();
      }
    })) {
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (server.openWebSockets() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
      Thread.sleep(1_000); // the server pings every 100 ms and closes after 400 ms without a pong
      assertEquals(0, reconnects.get(), "the client's pongs kept the connection open");
      String a = Flow8.of(client).flows().run(server.flowId("Hello"), RunParams.builder().args(Map.of("name", "A")).build())
          .playId();
      String b = Flow8.of(client).flows().run(server.flowId("Story"), RunParams.builder().args(Map.of("topic", "B")).build())
          .playId();
      List<String> ended = new ArrayList<>();
      while (ended.size() < 2) {
        PlayEvent e = events.poll(10, TimeUnit.SECONDS);
        assertNotNull(e, "plays ended so far: " + ended);
        if (e.endsPlay()) ended.add(e.playId());
      }
      assertTrue(ended.containsAll(List.of(a, b)), ended.toString());
    }
  }
}
