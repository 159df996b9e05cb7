package dev.flowkit.workflows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.StreamException;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunEventDecoderTest {
  @Test
  void tokensKeepTheirTextNodeAndReasoning() {
    RunEvent.Token token = (RunEvent.Token) RunEventDecoder.decode(
        "5", "stream", "{\"Content\":\"Hello\",\"Node\":\"say\",\"Reasoning\":null}");
    assertEquals("5", token.id());
    assertEquals("Hello", token.content());
    assertEquals("say", token.step());
    assertNull(token.reasoning());
  }

  @Test
  void messagesCarryTheirTypeAndData() {
    RunEvent.Message message = (RunEvent.Message) RunEventDecoder.decode(
        "3", "msg",
        "{\"Node\":\"trigger\",\"Msg\":\"Finish node trigger\",\"Type\":\"finish_node\","
            + "\"Data\":{\"time_spend\":0.5,\"output\":{\"name\":\"Ada\"}}}");
    assertEquals(RunEvent.MessageType.FINISH_STEP, message.type());
    assertEquals("trigger", message.step());
    assertEquals("Finish node trigger", message.text());
    assertEquals(Duration.ofMillis(500), message.timeSpent());
    assertEquals(Map.of("name", "Ada"), message.data().get("output"));
  }

  @Test
  void aMessageTypeThisSdkDoesNotKnowIsUnknownAndNullDataIsEmpty() {
    RunEvent.Message message =
        (RunEvent.Message) RunEventDecoder.decode("1", "msg", "{\"Type\":\"teleport\",\"Data\":null,\"Node\":\"n\"}");
    assertEquals(RunEvent.MessageType.UNKNOWN, message.type());
    assertEquals(Map.of(), message.data());
    assertEquals("", message.text());
  }

  @Test
  void numbersInEventsKeepEveryDigit() {
    RunEvent.Output output = (RunEvent.Output) RunEventDecoder.decode(
        "9", "output", "{\"output\":{\"big\":12345678901234567890,\"id\":9007199254740993,"
            + "\"exact\":0.30000000000000000001,\"n\":3},\"total_time\":1}");
    Map<?, ?> value = (Map<?, ?>) output.output();
    assertEquals(new java.math.BigInteger("12345678901234567890"), value.get("big"));
    assertEquals(9007199254740993L, value.get("id"));
    assertEquals(new java.math.BigDecimal("0.30000000000000000001"), value.get("exact"));
    assertEquals(3L, value.get("n"));
    RunEvent.Message message = (RunEvent.Message) RunEventDecoder.decode(
        "3", "msg", "{\"Node\":\"s\",\"Type\":\"finish_node\",\"Data\":{\"output\":{\"id\":9007199254740993}}}");
    assertEquals(Map.of("id", 9007199254740993L), message.data().get("output"));
  }

  @Test
  void outputsHaveTheirValueDurationRunIdAndStatus() {
    RunEvent.Output output = (RunEvent.Output) RunEventDecoder.decode(
        "8", "output",
        "{\"output\":{\"greeting\":\"Hello Ada\"},\"total_time\":0.021,\"runId\":\"run_1\",\"status\":\"SUCCEEDED\"}");
    assertEquals(Map.of("greeting", "Hello Ada"), output.output());
    assertEquals(Duration.ofMillis(21), output.totalTime());
    assertEquals("run_1", output.runId());
    assertEquals(RunStatus.SUCCEEDED, output.status());
    assertTrue(output.isFinal());
  }

  @Test
  void anOutputWithoutStatusSucceededAndAnUnknownStatusIsUnknown() {
    assertEquals(RunStatus.SUCCEEDED, ((RunEvent.Output) RunEventDecoder.decode("1", "output", "{}")).status());
    assertEquals(
        RunStatus.UNKNOWN,
        ((RunEvent.Output) RunEventDecoder.decode("1", "output", "{\"status\":\"WARPED\"}")).status());
  }

  @Test
  void failuresNameTheErrorAndNode() {
    RunEvent.Failure failure = (RunEvent.Failure) RunEventDecoder.decode(
        "9", "error", "{\"error\":\"STEP_FAILED\",\"message\":\"boom\",\"Node\":\"fail\",\"runId\":\"run_1\"}");
    assertEquals("STEP_FAILED", failure.errorCode());
    assertEquals("boom", failure.message());
    assertEquals("fail", failure.step());
    assertEquals("run_1", failure.runId());
  }

  @Test
  void unknownFieldsAreSkippedAndNonStringTextIsItsDecodedText() {
    RunEvent.Token token = (RunEvent.Token) RunEventDecoder.decode(
        "1", "stream", "{\"extra\":{\"deep\":[1,2]},\"Content\":42,\"Node\":true}");
    assertEquals("42", token.content());
    assertEquals("true", token.step());
  }

  @Test
  void aNullPayloadIsAnEventWithNoFields() {
    RunEvent.Token token = (RunEvent.Token) RunEventDecoder.decode("1", "stream", "null");
    assertEquals("", token.content());
    assertEquals("", token.step());
  }

  @Test
  void otherEventTypesKeepTheirRawData() {
    RunEvent.Other other = assertInstanceOf(RunEvent.Other.class, RunEventDecoder.decode("1", "ping", "not json"));
    assertEquals("ping", other.type());
    assertEquals("not json", other.data());
    assertInstanceOf(RunEvent.Other.class, RunEventDecoder.decode(null, null, "x"));
  }

  @Test
  void invalidJsonIsAStreamError() {
    assertThrows(StreamException.class, () -> RunEventDecoder.decode("1", "stream", "{\"Content\":"));
    assertThrows(StreamException.class, () -> RunEventDecoder.decode("1", "stream", "[1]"));
    assertThrows(StreamException.class, () -> RunEventDecoder.decode("1", "output", "{} {}"));
  }
}
