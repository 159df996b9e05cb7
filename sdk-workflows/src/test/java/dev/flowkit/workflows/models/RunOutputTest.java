package dev.flowkit.workflows.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOutputTest {
  static final class Answer {
    String answer;
    int score;
    List<String> tags;
  }

  private static FlowRun runWithOutput(String outputJson) {
    return TestJson.decode("{\"id\":\"run_01\",\"status\":\"SUCCEEDED\",\"output\":" + outputJson + "}",
        FlowRun.class);
  }

  @Test
  void objectOutputConvertsToUserType() {
    FlowRun run = runWithOutput("{\"answer\":\"Hello\",\"score\":3,\"tags\":[\"a\",\"b\"],\"extra\":true}");

    Answer answer = run.output(Answer.class);

    assertEquals("Hello", answer.answer);
    assertEquals(3, answer.score);
    assertEquals(List.of("a", "b"), answer.tags);
  }

  @Test
  void stringOutputConvertsToString() {
    FlowRun run = runWithOutput("\"Hello big world\"");

    assertEquals("Hello big world", run.output(String.class));
    assertEquals("Hello big world", run.output());
  }

  @Test
  void numberOutputConvertsToInteger() {
    assertEquals(42, runWithOutput("42").output(Integer.class));
  }

  /** Public, as Moshi's reflective adapter reads public classes of any package. */
  public static final class Exact {
    public long count;
    public BigDecimal amount;
    public BigInteger big;
    public double ratio;
  }

  @Test
  void outputKeepsEveryDigitAsPlainValues() {
    FlowRun run = runWithOutput("{\"count\":9007199254740993,\"big\":123456789012345678901,"
        + "\"amount\":0.30000000000000000001,\"ratio\":0.1,\"whole\":3,\"exp\":1e3,\"tiny\":1e-400}");

    Map<?, ?> output = (Map<?, ?>) run.output();
    assertEquals(9007199254740993L, output.get("count"));
    assertEquals(new BigInteger("123456789012345678901"), output.get("big"));
    assertEquals(new BigDecimal("0.30000000000000000001"), output.get("amount"));
    assertEquals(0.1, output.get("ratio"));
    assertEquals(3L, output.get("whole"));
    assertEquals(1000.0, output.get("exp"));
    assertEquals(new BigDecimal("1e-400"), output.get("tiny"), "a double would make it 0");
  }

  @Test
  void outputConvertsFromTheNumbersAsWritten() {
    FlowRun run = runWithOutput("{\"count\":9007199254740993,\"amount\":0.30000000000000000001,"
        + "\"big\":123456789012345678901,\"ratio\":0.1}");

    Exact exact = run.output(Exact.class);

    assertEquals(9007199254740993L, exact.count);
    assertEquals(new BigDecimal("0.30000000000000000001"), exact.amount);
    assertEquals(new BigInteger("123456789012345678901"), exact.big);
    assertEquals(0.1, exact.ratio);
  }

  @Test
  void anIntFieldRefusesAFractionInsteadOfTruncatingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> runWithOutput("{\"score\":1.5}").output(Answer.class));
    assertTrue(e.getMessage().contains("$.score"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> runWithOutput("{\"count\":123456789012345678901}").output(Exact.class));
  }

  @Test
  void inputConvertsLikeOutput() {
    FlowRun run = TestJson.decode("{\"input\":{\"count\":9007199254740993},"
        + "\"steps\":{\"t\":{\"status\":\"SUCCEEDED\",\"input\":{\"count\":-9007199254740993}}}}", FlowRun.class);

    assertEquals(9007199254740993L, run.input(Exact.class).count);
    assertEquals(-9007199254740993L, run.steps().get("t").input(Exact.class).count);
    assertNull(run.steps().get("t").output(Exact.class));
  }

  @Test
  void genericOutputConvertsWithType() {
    FlowRun run = runWithOutput("[{\"answer\":\"a\",\"score\":1},{\"answer\":\"b\",\"score\":2}]");
    Type listOfAnswers = Types.newParameterizedType(List.class, Answer.class);

    List<Answer> answers = run.output(listOfAnswers);

    assertEquals(2, answers.size());
    assertEquals("b", answers.get(1).answer);
    assertEquals(2, answers.get(1).score);
  }

  @Test
  void missingOutputConvertsToNull() {
    FlowRun run = TestJson.decode("{\"id\":\"run_01\",\"status\":\"RUNNING\"}", FlowRun.class);

    assertNull(run.output());
    assertNull(run.output(Answer.class));
    assertNull(run.output(String.class));
  }

  @Test
  void outputOfAnotherShapeThrowsWithThePath() {
    FlowRun run = runWithOutput("{\"answer\":\"Hello\",\"score\":\"high\"}");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run.output(Answer.class));

    assertTrue(e.getMessage().contains("run output"), e.getMessage());
    assertTrue(e.getMessage().contains("$.score"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> runWithOutput("[1,2]").output(String.class));
  }

  private record Hidden(String text) {}

  @Test
  void outputAsANonPublicRecordSaysToMakeItPublic() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> runWithOutput("{\"text\":\"hi\"}").output(Hidden.class));
    assertTrue(e.getMessage().startsWith("Cannot read the run output as " + Hidden.class.getName()
        + ": Moshi cannot access it; make the record and the classes enclosing it public"), e.getMessage());
  }

  @Test
  void stepOutputConvertsLikeRunOutput() {
    FlowRun run = TestJson.decode("""
        {"steps":{"answer":{"status":"SUCCEEDED","output":{"answer":"Hi","score":7}},
                  "text":{"status":"SUCCEEDED","output":"plain"}}}
        """, FlowRun.class);

    assertEquals(7, run.steps().get("answer").output(Answer.class).score);
    assertEquals("plain", run.steps().get("text").output(String.class));
    Map<String, Object> raw = run.steps().get("answer").output(
        Types.newParameterizedType(Map.class, String.class, Object.class));
    assertEquals("Hi", raw.get("answer"));
  }

  @Test
  void terminalStatusesAreTheFinishedOnes() {
    for (RunStatus status : RunStatus.values()) {
      boolean expected = switch (status) {
        case SUCCEEDED, FAILED, TIMEOUT, STOPPED, CANCELED, INTERNAL_ERROR, QUOTA_EXCEEDED, MEMORY_LIMIT_EXCEEDED,
            LOG_SIZE_EXCEEDED, SKIPPED -> true;
        case QUEUED, RUNNING, PAUSED, UNKNOWN -> false;
      };
      assertEquals(expected, status.isTerminal(), status.name());
      FlowRun run = TestJson.decode("{\"status\":\"" + status.name() + "\"}", FlowRun.class);
      assertEquals(expected, run.isTerminal(), status.name());
    }
  }
}
