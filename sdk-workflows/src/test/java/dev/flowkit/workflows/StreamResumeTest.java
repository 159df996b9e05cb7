package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.InternalServerException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.contract.ContractExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class StreamResumeTest {
  private static final List<Long> ONE_TO_FIFTY = LongStream.rangeClosed(1, 50).boxed().collect(Collectors.toList());

  @Test
  void aStreamCutAfterAnyEventResumesWithEveryEventExactlyOnce(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 44, 0);
      for (int k = 1; k <= 49; k++) {
        server.faults().cutStreamAfter(k);
        StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
        RunSubscription run = client.workflows().streamFlow(flowId, Map.of(), recorder);
        assertTrue(run.awaitCompletion(Duration.ofSeconds(10)), "cut after " + k + ": stream did not end");

        assertEquals(ONE_TO_FIFTY, recorder.ids(), "cut after " + k);
        assertFalse(recorder.reconnects.isEmpty(), "cut after " + k + ": no reconnect");
        assertEquals(k + "", recorder.reconnects.get(0).split("@")[1], "resumed after event " + k);
        assertTrue(recorder.errors.isEmpty(), "cut after " + k + ": " + recorder.errors);
        assertEquals(44, recorder.tokens.size());
        assertEquals(k, server.runsCreated(flowId), "a resume never starts another run");
      }
    }
  }

  @Test
  void aCutBlockingStreamResumesToo(ReferenceServer server) {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 44, 0);
      server.faults().cutStreamAfter(10).times(3);
      List<Long> ids;
      try (RunStream stream = client.workflows().streamFlow(flowId, Map.of())) {
        ids = stream.stream()
            .map(event -> Long.parseLong(event.id())).collect(Collectors.toList());
      }
      assertEquals(ONE_TO_FIFTY, ids);
    }
  }

  @Test
  void aSilentConnectionPastTheReadTimeoutIsResumed(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server, Duration.ofMillis(400))) {
      String flowId = StreamFixtures.llmFlow(client, 20, 0);
      server.faults().silence(5, Duration.ofSeconds(3));
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription run = client.workflows().streamFlow(flowId, Map.of(), recorder);
      assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));

      assertEquals(LongStream.rangeClosed(1, 26).boxed().collect(Collectors.toList()), recorder.ids());
      assertEquals(List.of("1@5"), recorder.reconnects);
    }
  }

  @Test
  void aRateLimitedStreamingTriggerIsAskedAgainAndRunsOnce(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 44, 0);
      server.faults().on("POST", "/api/flows/*/run").times(2).respond(429, 0);
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription run = client.workflows().streamFlow(flowId, Map.of(), recorder);
      assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));

      assertEquals(ONE_TO_FIFTY, recorder.ids());
      assertEquals(List.of("1@null", "2@null"), recorder.reconnects);
      assertEquals(1, server.runsCreated(flowId));
    }
  }

  @Test
  void aStreamingTriggerAnsweredWithAServerErrorIsAskedAgainWithItsKeyAndRunsOnce(ReferenceServer server)
      throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 44, 0);
      // A 500 may come after the run was created; the Idempotency-Key makes the repeat that run.
      server.faults().on("POST", "/api/flows/*/run").times(1).respond(500);
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription run = client.workflows().streamFlow(flowId, Map.of(), recorder);
      assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));

      assertEquals(List.of(), recorder.errors);
      assertEquals(ONE_TO_FIFTY, recorder.ids());
      assertEquals(1, server.runsCreated(flowId));
    }
  }

  @Test
  void aRunsEventStreamAnsweredWithAServerErrorFailsWithoutReconnecting(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 44, 0);
      String runId = client.workflows().triggerFlow(flowId, Map.of()).id();
      // An event source fails on any answer but 200, as the HTML standard says: 503 included.
      server.faults().on("GET", "/api/runs/*/events").times(1).respond(503, 0);
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription run = client.workflows().streamRun(runId, recorder);
      assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));

      assertEquals(1, recorder.errors.size());
      assertInstanceOf(InternalServerException.class, recorder.errors.get(0));
      assertEquals(List.of(), recorder.reconnects);
      assertEquals(1, server.exchanges().stream().filter(x -> x.path().endsWith("/events")).count());
    }
  }

  @Test
  void aStreamingTriggerWhoseAnswerWasLostIsSentAgainAndStreamsThatOneRun(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 44, 0);
      // The server creates the run, then the connection closes before any byte of the answer.
      server.faults().on("POST", "/api/flows/*/run").times(1).resetConnection();
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription run = client.workflows().streamFlow(flowId, Map.of(), recorder);
      assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));

      assertEquals(List.of(), recorder.errors);
      assertEquals(ONE_TO_FIFTY, recorder.ids(), "the repeat streams the same run from its first event");
      assertEquals(List.of("1@null"), recorder.reconnects);
      assertEquals(1, server.runsCreated(flowId));
      List<String> keys = server.exchanges().stream()
          .filter(x -> x.method().equals("POST") && x.path().endsWith("/run"))
          .map(x -> x.requestHeaders().get("Idempotency-Key")).collect(Collectors.toList());
      assertEquals(2, keys.size());
      assertEquals(keys.get(0), keys.get(1), "the repeat carries the same key");
    }
  }

  @Test
  void heartbeatsKeepAQuietStreamAlive() throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().heartbeatMillis(100).start();
        FlowClient client = StreamFixtures.client(server, Duration.ofMillis(500))) {
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      // The Slow flow says nothing for 2 s while its DELAY step runs: 4 read timeouts' worth.
      RunSubscription run = client.workflows().streamFlow(server.flowId("Slow"), Map.of(), recorder);
      assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));

      assertEquals(List.of(), recorder.reconnects);
      assertEquals(List.of(), recorder.errors);
      assertEquals(Map.of("done", true), recorder.output);
    }
  }
}
