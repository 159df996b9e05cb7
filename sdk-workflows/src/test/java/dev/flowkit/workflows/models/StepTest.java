package dev.flowkit.workflows.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepTest {
  @Test
  void factoriesSetTypeAndSettings() {
    assertStep(Step.manualTrigger("trigger"), StepType.MANUAL, Map.of());
    assertStep(Step.webhookTrigger("hook"), StepType.WEBHOOK, Map.of());
    assertStep(Step.set("greet", Map.of("text", "Hi")), StepType.SET,
        Map.of("values", Map.of("text", "Hi")));
    assertStep(Step.delay("wait", 250), StepType.DELAY, Map.of("ms", 250L));
    assertStep(Step.fail("fail", "boom"), StepType.FAIL, Map.of("message", "boom"));
    assertStep(Step.llm("answer", "Hello big world", 20), StepType.LLM,
        Map.of("text", "Hello big world", "tokenDelayMs", 20L));
    assertStep(Step.approval("approve"), StepType.APPROVAL, Map.of());
    Step yes = Step.set("yes", Map.of("v", 1));
    Step no = Step.fail("no", "nope");
    assertStep(Step.branch("check", "{{input.ok}}", yes, no), StepType.BRANCH,
        Map.of("condition", "{{input.ok}}", "onTrue", yes, "onFalse", no));
  }

  private static void assertStep(Step step, StepType type, Map<String, Object> settings) {
    assertEquals(type, step.type());
    assertEquals(settings, step.settings());
    assertEquals(step.name(), step.displayName(), "displayName defaults to the name");
    assertNull(step.nextAction());
  }

  @Test
  void thenAppendsAtTheEndOfTheChainWithoutChangingIt() {
    Step trigger = Step.manualTrigger("trigger");
    Step two = trigger.then(Step.set("greet", Map.of("text", "Hi")));
    Step three = two.then(Step.llm("answer", "Hello", 0));

    assertEquals(List.of("trigger", "greet", "answer"), names(three));
    assertEquals(List.of("trigger", "greet"), names(two));
    assertEquals(List.of("trigger"), names(trigger));
    assertSame(three.nextAction(), three.chain().get(1));
  }

  @Test
  void thenAppendsAWholeChain() {
    Step tail = Step.delay("a", 1).then(Step.delay("b", 2));
    Step chain = Step.manualTrigger("trigger").then(tail).then(Step.delay("c", 3));

    assertEquals(List.of("trigger", "a", "b", "c"), names(chain));
  }

  @Test
  void setCopiesItsValues() {
    Map<String, Object> values = new HashMap<>();
    values.put("k", "v");
    Step step = Step.set("s", values);
    values.put("k", "changed");

    assertEquals(Map.of("k", "v"), step.settings().get("values"));
    assertThrows(UnsupportedOperationException.class, () -> step.settings().put("x", "y"));
  }

  @Test
  void builderAndToBuilderRoundTrip() {
    Step step = Step.builder()
        .name("call")
        .type(StepType.HTTP)
        .displayName("Call the API")
        .setting("url", "https://example.com")
        .nextAction(Step.delay("wait", 5))
        .build();

    assertEquals("Call the API", step.displayName());
    assertEquals(Map.of("url", "https://example.com"), step.settings());
    assertEquals(step, step.toBuilder().build());
    assertEquals(step.hashCode(), step.toBuilder().build().hashCode());
    assertNotEquals(step, step.toBuilder().name("other").build());
    assertEquals(List.of("call"), names(step.toBuilder().nextAction(null).build()));
  }

  @Test
  void builderRejectsMissingAndBadValues() {
    IllegalStateException noName = assertThrows(IllegalStateException.class,
        () -> Step.builder().type(StepType.SET).build());
    assertEquals("name is required", noName.getMessage());
    IllegalStateException noType = assertThrows(IllegalStateException.class,
        () -> Step.builder().name("x").build());
    assertEquals("type is required", noType.getMessage());

    NullPointerException nullName =
        assertThrows(NullPointerException.class, () -> Step.builder().name(null));
    assertEquals("name == null", nullName.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Step.builder().name(""));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Step.builder().type(StepType.UNKNOWN));
    assertEquals("type must not be StepType.UNKNOWN", unknown.getMessage());
    assertThrows(NullPointerException.class, () -> Step.builder().setting("k", null));
    assertThrows(NullPointerException.class, () -> Step.set("s", null));
    assertThrows(IllegalArgumentException.class, () -> Step.delay("d", -1));
    assertThrows(IllegalArgumentException.class, () -> Step.llm("l", "t", -5));
    assertThrows(NullPointerException.class, () -> Step.manualTrigger("t").then(null));
  }

  @Test
  void encodesToTheWireShape() {
    Step chain = Step.manualTrigger("trigger")
        .then(Step.branch("check", "{{input.ok}}",
            Step.set("yes", Map.of("v", "y")),
            Step.fail("no", "nope")));

    assertEquals(TestJson.parse("""
        {"name":"trigger","type":"MANUAL","displayName":"trigger","settings":{},
         "nextAction":{"name":"check","type":"BRANCH","displayName":"check",
           "settings":{"condition":"{{input.ok}}",
             "onTrue":{"name":"yes","type":"SET","displayName":"yes","settings":{"values":{"v":"y"}}},
             "onFalse":{"name":"no","type":"FAIL","displayName":"no","settings":{"message":"nope"}}}}}
        """), TestJson.encodeToMap(chain));
  }

  @Test
  void decodedChainCanBeExtended() {
    Step decoded = TestJson.decode("""
        {"name":"trigger","type":"MANUAL","displayName":"Trigger","settings":{},
         "nextAction":{"name":"a","type":"DELAY","displayName":"A","settings":{"ms":5}}}
        """, Step.class);

    Step extended = decoded.then(Step.approval("approve"));

    assertEquals(List.of("trigger", "a", "approve"), names(extended));
    assertEquals("A", extended.chain().get(1).displayName());
  }

  private static List<String> names(Step step) {
    return step.chain().stream().map(Step::name).toList();
  }
}
