package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class StreamLiveTokensTest {
  private static final String STORY =
      "Once upon a time, AI quietly changed everything for one small curious town.";

  @Test
  void tokensArriveWhileTheLlmIsStillProducingThem(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription run =
          client.workflows().streamFlow(server.flowId("Story"), Map.of("topic", "AI"), recorder);
      assertTrue(run.awaitCompletion(Duration.ofSeconds(20)));

      assertEquals(13, recorder.tokens.size());
      assertEquals(STORY, String.join("", recorder.tokens));
      // The LLM step waits 20 ms before each token: the first one reached us at least
      // 12 token delays before the last one was produced.
      long spreadMillis =
          TimeUnit.NANOSECONDS.toMillis(recorder.tokenNanos.get(12) - recorder.tokenNanos.get(0));
      assertTrue(spreadMillis >= 150, "all tokens arrived within " + spreadMillis + " ms");

      assertEquals(Map.of("summary", STORY), recorder.output);
      assertNotNull(recorder.totalTime);
      assertTrue(recorder.totalTime.toMillis() >= 240, recorder.totalTime.toString());
      assertEquals(run.runId(), recorder.startedRunId);
      assertTrue(run.runId().startsWith("run_"), run.runId());
      assertEquals(List.of("start trigger", "finish trigger", "start prepare", "finish prepare", "start write",
          "finish write", "start summarize", "finish summarize"), recorder.nodes);
      assertEquals(List.of(), recorder.errors);
      assertEquals(List.of(), recorder.reconnects);
      assertTrue(recorder.closed.get());

      RunEvent.Output output = run.completion().get(1, TimeUnit.SECONDS);
      assertEquals(RunStatus.SUCCEEDED, output.status());
      assertEquals(run.runId(), output.runId());
    }
  }

  @Test
  void blockingStreamYieldsEveryEventInOrderAndCollectsTheText(ReferenceServer server) {
    try (FlowClient client = StreamFixtures.client(server)) {
      List<RunEvent> events = new ArrayList<>();
      try (RunStream stream = client.workflows().streamFlow(server.flowId("Story"), Map.of("topic", "AI"))) {
        stream.forEachRemaining(events::add);
        assertNotNull(stream.runId());
      }
      assertEquals(23, events.size());
      for (int i = 0; i < events.size(); i++) assertEquals(String.valueOf(i + 1), events.get(i).id());
      RunEvent.Message start = assertInstanceOf(RunEvent.Message.class, events.get(0));
      assertEquals(RunEvent.MessageType.START, start.type());
      assertInstanceOf(RunEvent.Output.class, events.get(22));

      try (RunStream again = client.workflows().streamFlow(server.flowId("Story"), Map.of("topic", "AI"))) {
        assertEquals(STORY, again.collectText());
      }
    }
  }

  @Test
  void attachingToAFinishedRunReplaysItsEvents(ReferenceServer server) {
    try (FlowClient client = StreamFixtures.client(server)) {
      FlowRun run =
          client.workflows().triggerFlowSync(server.flowId("Story"), Map.of("topic", "AI"), Duration.ofSeconds(20));
      assertEquals(RunStatus.SUCCEEDED, run.status());
      try (RunStream stream = client.workflows().streamRun(run.id())) {
        assertEquals(STORY, stream.collectText());
      }
    }
  }

  @Test
  void aFailingRunEndsWithATypedError(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription run = client.workflows().streamFlow(server.flowId("Failing"), Map.of(), recorder);
      assertTrue(run.awaitCompletion(Duration.ofSeconds(10)));

      assertEquals(1, recorder.errors.size());
      assertEquals(List.of(), recorder.streamFailures, "a failed run is not a failed stream");
      RunFailedException failure = recorder.runFailures.get(0);
      assertEquals("STEP_FAILED", failure.errorCode());
      assertEquals("fail", failure.step());
      assertEquals(run.runId(), failure.runId());
      ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
          ExecutionException.class, () -> run.completion().get(1, TimeUnit.SECONDS));
      assertInstanceOf(RunFailedException.class, e.getCause());

      try (RunStream stream = client.workflows().streamRun(run.runId())) {
        RunFailedException thrown = org.junit.jupiter.api.Assertions.assertThrows(RunFailedException.class, stream::collectText);
        assertTrue(thrown.getMessage().contains("boom"), thrown.getMessage());
      }
    }
  }
}
