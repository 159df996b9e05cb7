package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.internal.RunStreamImpl;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class StreamConcurrencyTest {
  @Test
  void tenOpenStreamsDoNotHoldBackTwentyOrdinaryCalls(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      // 30 tokens 50 ms apart: each stream stays open for about 1.5 s.
      String flowId = StreamFixtures.llmFlow(client, 30, 50);
      List<StreamFixtures.Recorder> recorders = new ArrayList<>();
      List<RunSubscription> streams = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
        recorders.add(recorder);
        streams.add(client.workflows().streamFlow(flowId, Map.of("i", i), recorder));
      }

      List<CompletableFuture<Flow>> calls = new ArrayList<>();
      for (int i = 0; i < 10; i++) calls.add(client.async().workflows().getFlow(flowId));
      for (int i = 0; i < 10; i++) {
        assertEquals(flowId, client.workflows().getFlow(flowId).id());
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(5, TimeUnit.SECONDS);
      boolean someStillOpen = streams.stream().anyMatch(s -> !s.completion().isDone());
      assertTrue(someStillOpen, "the ordinary calls finished while streams were still open");

      for (RunSubscription stream : streams) assertTrue(stream.awaitCompletion(Duration.ofSeconds(20)));
      for (StreamFixtures.Recorder recorder : recorders) {
        assertEquals(30, recorder.tokens.size());
        assertEquals(36, recorder.events.size());
        assertTrue(recorder.errors.isEmpty(), recorder.errors.toString());
      }
      assertEquals(10, server.runsCreated(flowId));
    }
  }

  @Test
  void cancelClosesAtOnceAndNothingFollowsOnClosed(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 100, 50);
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription stream = client.workflows().streamFlow(flowId, Map.of(), recorder);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (recorder.tokens.size() < 3 && System.nanoTime() < deadline) Thread.sleep(5);
      assertTrue(recorder.tokens.size() >= 3);
      assertEquals(1, server.openStreams());

      long canceledAt = System.nanoTime();
      stream.cancel();
      assertTrue(stream.awaitCompletion(Duration.ofSeconds(2)));
      assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - canceledAt) < 1000);
      assertTrue(stream.completion().isCancelled());
      int tokensAtClose = recorder.tokens.size();

      // The server sees the connection go (its next token write fails) while the run goes on.
      long serverDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (server.openStreams() > 0 && System.nanoTime() < serverDeadline) Thread.sleep(5);
      assertEquals(0, server.openStreams());
      assertEquals(RunStatus.RUNNING, client.workflows().getRun(stream.runId()).status());
      Thread.sleep(300);
      assertEquals(tokensAtClose, recorder.tokens.size());
      assertEquals(List.of(), recorder.afterClose);
      assertEquals(List.of(), recorder.errors);
      assertFalse(recorder.tokens.size() >= 100);
      client.workflows().cancelRun(stream.runId());
    }
  }

  @Test
  void closingTheClientEndsItsOpenStreams(ReferenceServer server) throws Exception {
    StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
    RunSubscription stream;
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 100, 50);
      stream = client.workflows().streamFlow(flowId, Map.of(), recorder);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (recorder.tokens.isEmpty() && System.nanoTime() < deadline) Thread.sleep(5);
      assertFalse(recorder.tokens.isEmpty());
    }
    assertTrue(stream.awaitCompletion(Duration.ofSeconds(2)));
    assertTrue(recorder.closed.get());
    assertEquals(List.of(), recorder.afterClose);
  }

  @Test
  void aSlowReaderSlowsTheStreamInsteadOfBufferingIt(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 300, 0);
      try (RunStream stream = client.workflows().streamFlow(flowId, Map.of())) {
        RunStream events = stream;
        assertEquals("1", events.next().id());
        Thread.sleep(500); // the run produces all 306 events meanwhile
        // Nothing is read until the reader asks: what waits is the rest of one 8 KiB read,
        // which holds about 130 of these events, not the 305 the server has sent.
        int buffered = ((RunStreamImpl) stream).buffered();
        assertTrue(buffered <= 150, "buffered " + buffered);
        int count = 1;
        long last = 1;
        while (events.hasNext() && count < 1000) {
          long id = Long.parseLong(events.next().id());
          assertEquals(last + 1, id);
          last = id;
          count++;
        }
        assertEquals(306, count);
      }
    }
  }
}
