package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.TriggerFlowParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The pull stream's blocking hand-off, and listeners that act on their subscription. */
@ReferenceServerTest
class StreamHandOffTest {
  @Test
  void closeWakesAReaderWaitingForTheNextEvent(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 3, 5_000); // a token every 5 s
      RunStream stream = client.workflows().streamFlow(flowId, Collections.emptyMap());
      assertTrue(stream.hasNext());
      RunEvent first = stream.next();
      assertEquals("1", first.id());
      CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
        int read = 0;
        while (stream.hasNext()) {
          stream.next();
          read++;
        }
        return read;
      });
      Thread.sleep(200); // the reader is now waiting for a token that takes seconds
      assertFalse(reader.isDone());
      long start = System.nanoTime();
      stream.close();
      int read = reader.get(2, TimeUnit.SECONDS);
      assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 1_000, "woke at once");
      assertTrue(read < 10, "read " + read);
      assertFalse(stream.hasNext(), "a closed stream stays over");
    }
  }

  @Test
  void streamFlowReturnsOnceTheRunStartedAndCloseUnreadReleasesTheConnection(ReferenceServer server)
      throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 100, 50);
      RunStream stream = client.workflows().streamFlow(flowId, Collections.emptyMap());
      // Nothing read yet, but the server has the request: the run exists.
      assertEquals(1, server.runsCreated(flowId));
      long opened = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (server.openStreams() < 1 && System.nanoTime() < opened) Thread.sleep(5);
      assertEquals(1, server.openStreams(), "the server counts the stream once it writes its body");
      stream.close();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (server.openStreams() > 0 && System.nanoTime() < deadline) Thread.sleep(5);
      assertEquals(0, server.openStreams());
      assertFalse(stream.hasNext());
    }
  }

  @Test
  void aRefusedPullStreamThrowsItsTypedErrorFromHasNext(ReferenceServer server) {
    try (FlowClient client = StreamFixtures.client(server)) {
      RunStream stream = client.workflows().streamRun("run_missing");
      NotFoundException e = assertThrows(NotFoundException.class, stream::hasNext);
      assertEquals(404, e.statusCode());
      assertFalse(stream.hasNext(), "a failed stream stays over");
      stream.close();
    }
  }

  @Test
  void closingTheClientEndsAnUnreadPullStream(ReferenceServer server) throws Exception {
    RunStream stream;
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 100, 50);
      stream = client.workflows().streamFlow(flowId, Collections.emptyMap());
      assertTrue(stream.hasNext());
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.openStreams() > 0 && System.nanoTime() < deadline) Thread.sleep(5);
    assertEquals(0, server.openStreams());
    int read = 0;
    while (stream.hasNext() && read < 1_000) {
      stream.next();
      read++;
    }
    assertTrue(read < 100, "read " + read + " events after the client closed");
  }

  @Test
  void theIteratorFormTakesTriggerParams(ReferenceServer server) {
    try (FlowClient client = StreamFixtures.client(server)) {
      TriggerFlowParams params = TriggerFlowParams.builder().tag("pull").idempotencyKey("pull-1").build();
      String runId;
      try (RunStream stream = client.workflows().streamFlow(server.flowId("Hello"),
          Collections.singletonMap("name", "P"), params)) {
        stream.collectText();
        runId = stream.runId();
      }
      assertEquals(Collections.singletonList("pull"), client.workflows().getRun(runId).tags());
    }
  }

  @Test
  void aListenerCancelsItsOwnSubscriptionFromACallback(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = StreamFixtures.llmFlow(client, 50, 20);
      List<String> tokens = Collections.synchronizedList(new ArrayList<>());
      List<String> ends = Collections.synchronizedList(new ArrayList<>());
      RunSubscription run = client.workflows().streamFlow(flowId, null, new RunEventListener() {
        @Override
        public void onToken(RunSubscription subscription, String content, String step, @Nullable String reasoning) {
          tokens.add(content);
          if (tokens.size() == 3) subscription.cancel();
        }

        @Override
        public void onOutput(RunSubscription subscription, RunEvent.Output output) {
          ends.add("output");
        }

        @Override
        public void onClosed(RunSubscription subscription) {
          ends.add("closed " + subscription.isCanceled());
        }
      });
      assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));
      assertEquals(3, tokens.size());
      assertEquals(Collections.singletonList("closed true"), ends);
      assertTrue(run.completion().isCancelled());
    }
  }
}
