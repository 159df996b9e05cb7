package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.StreamException;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FlowAI's workflow API guide (seed 001): the standard and streaming calls as its curl commands
 * write them, and its response examples decoded. The guide prints each event as
 * {@code event:msgdata:{…}}; on the wire that is an {@code event:msg} line and a {@code data:} line.
 */
class FlowAiSeedTest {
  private static final String KEY = "sk-123456";
  private final SeedServer seed = new SeedServer();
  private final FlowClient client = FlowClient.builder().platform(Platform.FLOWAI).baseUrl(seed.url()).apiKey(KEY).build();

  @AfterEach void close() {
    client.close();
    seed.close();
  }

  @Test void standardCallAnswersOutputAndTotalTime() {
    seed.json("POST /v1/api/workflow/run/wf_1", 200, "{ \"output\": \"Yes\", \"total_time\": 9.316849339000001}");
    FlowRun run = client.workflows().triggerFlowSync("wf_1", Map.of("input", "Are you there?"), Duration.ofSeconds(30));
    SeedServer.Sent sent = seed.last();
    assertEquals("POST /v1/api/workflow/run/wf_1", sent.line());
    assertEquals(KEY, sent.headers.get("X-API-KEY"));
    assertEquals("{\"input\":{\"input\":\"Are you there?\"}}", sent.body);
    assertEquals(RunStatus.SUCCEEDED, run.status());
    assertEquals("Yes", run.output());
    assertEquals(Long.valueOf(9317), run.durationMs());
    assertEquals("wf_1", run.flowId());
  }

  @Test void theGuidesOtherInputsAreSentAsWritten() {
    seed.json("POST /v1/api/workflow/run/wf_1", 200, "{ \"output\": \"ok\", \"total_time\": 1}");
    client.workflows().triggerFlowSync("wf_1", Map.of("url", "http://example.com/image.jpg"), Duration.ofSeconds(5));
    assertEquals("{\"input\":{\"url\":\"http://example.com/image.jpg\"}}", seed.last().body);
    client.workflows().triggerFlowSync("wf_1", Map.of("text", "Text content to be processed"), Duration.ofSeconds(5));
    assertEquals("{\"input\":{\"text\":\"Text content to be processed\"}}", seed.last().body);
  }

  @Test void baseUrlMayIncludeTheApiRoot() {
    seed.json("POST /v1/api/workflow/run/wf_1", 200, "{ \"output\": \"Yes\", \"total_time\": 1}");
    try (FlowClient rooted = FlowClient.builder().platform(Platform.FLOWAI).baseUrl(seed.url() + "v1/api/").apiKey(KEY).build()) {
      rooted.workflows().triggerFlowSync("wf_1", Map.of(), Duration.ofSeconds(5));
    }
    assertEquals("POST /v1/api/workflow/run/wf_1", seed.last().line());
  }

  @Test void streamingCallYieldsTheGuidesEvents() {
    seed.events("POST /v1/api/workflow/run/wf_1", String.join("\n",
        "event:msg", "data:{\"Node\":\"myinput\",\"Msg\":\"start\",\"Type\":\"start\",\"Data\":{\"input\":\"Are you there?\"}}", "",
        "event:msg", "data:{\"Node\":\"myinput\",\"Msg\":\"Start node Start, type in\",\"Type\":\"start_node\",\"Data\":null}", "",
        "event:msg", "data:{\"Node\":\"myinput\",\"Msg\":\"Finish node Start, type in\",\"Type\":\"finish_node\",\"Data\":{\"time_spend\":0.000125251}}", "",
        "event:msg", "data:{\"Node\":\"1741675999864\",\"Msg\":\"Start node LLM1, type llm\",\"Type\":\"start_node\",\"Data\":null}", "",
        "event:stream", "data:{\"Content\":\"Yes\",\"Node\":\"1741675999864\",\"Reasoning\":null}", "",
        "event:stream", "data:{\"Content\":\",\",\"Node\":\"1741675999864\",\"Reasoning\":null}", "",
        "event:stream", "data:{\"Content\":\" I\",\"Node\":\"1741675999864\",\"Reasoning\":null}", "",
        "event:stream", "data:{\"Content\":\"'m\",\"Node\":\"1741675999864\",\"Reasoning\":null}", "",
        "event:stream", "data:{\"Content\":\" here\",\"Node\":\"1741675999864\",\"Reasoning\":null}", "",
        "event:stream", "data:{\"Content\":\".\",\"Node\":\"1741675999864\",\"Reasoning\":null}", "",
        "event:msg", "data:{\"Node\":\"1741675999864\",\"Msg\":\"Finish node LLM1, type llm\",\"Type\":\"finish_node\",\"Data\":{\"time_spend\":4.758483707}}", "",
        "event:msg", "data:{\"Node\":\"1741676038250\",\"Msg\":\"Start node Output 1, type out\",\"Type\":\"start_node\",\"Data\":null}", "",
        "event:msg", "data:{\"Node\":\"1741676038250\",\"Msg\":\"Finish node Output 1, type out\",\"Type\":\"finish_node\",\"Data\":{\"time_spend\":0.000128861}}", "",
        "event:output", "data:{\"output\":\"Yes, I'm here.\",\"total_time\":4.758748069}", "", ""));
    List<String> tokens = new ArrayList<>();
    List<RunEvent.MessageType> messages = new ArrayList<>();
    RunEvent.Output output = null;
    try (RunStream events = client.workflows().streamFlow("wf_1", Map.of("input", "Are you there?"))) {
      while (events.hasNext()) {
        RunEvent e = events.next();
        if (e instanceof RunEvent.Token) tokens.add(((RunEvent.Token) e).content());
        if (e instanceof RunEvent.Message) messages.add(((RunEvent.Message) e).type());
        if (e instanceof RunEvent.Output) output = (RunEvent.Output) e;
      }
    }
    SeedServer.Sent sent = seed.last();
    assertEquals("POST /v1/api/workflow/run/wf_1", sent.line());
    assertEquals("{\"input\":{\"input\":\"Are you there?\"},\"stream\":true}", sent.body);
    assertEquals(KEY, sent.headers.get("X-API-KEY"));
    assertEquals(List.of("Yes", ",", " I", "'m", " here", "."), tokens);
    assertEquals(RunEvent.MessageType.START, messages.get(0));
    assertEquals(7, messages.size());
    assertEquals("Yes, I'm here.", output.output());
    assertEquals(Duration.ofNanos(4_758_748_069L), output.totalTime());
  }

  @Test void aStreamThatDropsBeforeItsOutputEndsWithoutStartingTheFlowAgain() {
    // FlowAI has no route to resume a stream and documents no Idempotency-Key: a second POST
    // would run the workflow a second time, so the dropped stream ends with a StreamException.
    seed.events("POST /v1/api/workflow/run/wf_1", String.join("\n",
        "event:msg", "data:{\"Node\":\"myinput\",\"Msg\":\"start\",\"Type\":\"start\",\"Data\":null}", "", ""));
    try (FlowClient fast = FlowClient.builder().platform(Platform.FLOWAI).baseUrl(seed.url()).apiKey(KEY)
            .reconnectPolicy(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5))).build();
        RunStream events = fast.workflows().streamFlow("wf_1", Map.of("input", "Are you there?"))) {
      assertTrue(events.hasNext());
      events.next();
      StreamException e = assertThrows(StreamException.class, events::hasNext);
      assertTrue(e.getMessage().contains("cannot be resumed"), e.getMessage());
    }
    assertEquals(1, seed.sent().size());
    assertNull(seed.last().headers.get("Idempotency-Key"), "FlowAI documents no Idempotency-Key");
  }

  @Test void a401IsUnauthorized() {
    seed.json("POST /v1/api/workflow/run/wf_1", 401, "{\"error\":\"invalid api key\"}");
    UnauthorizedException e = assertThrows(UnauthorizedException.class,
        () -> client.workflows().triggerFlowSync("wf_1", Map.of(), Duration.ofSeconds(5)));
    assertTrue(e.getMessage().contains("invalid api key"), e.getMessage());
  }
}
