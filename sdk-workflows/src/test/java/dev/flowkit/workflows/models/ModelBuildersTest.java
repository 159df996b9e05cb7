package dev.flowkit.workflows.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Users build response models and events in their own tests; values compare by their fields. */
class ModelBuildersTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aFlowRunBuiltByHandReadsLikeADecodedOne() {
    FlowRun run = FlowRun.builder()
        .id("run_1").created(T).updated(T).projectId("proj_1").flowId("flow_1").flowVersionId("fv_1")
        .status(RunStatus.FAILED).environment(RunEnvironment.PRODUCTION)
        .error(RunError.of("boom", "fail")).tags(Collections.singletonList("t"))
        .build();
    assertEquals("fail", run.error().step());
    assertTrue(run.isTerminal());
    assertEquals(Collections.singletonList("t"), run.tags());
    assertNull(run.output());
    assertEquals(run.id(), run.toBuilder().build().id());
    assertEquals(RunStatus.SUCCEEDED, run.toBuilder().status(RunStatus.SUCCEEDED).build().status());
  }

  @Test
  void buildNamesTheMissingRequiredField() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Flow.builder().id("flow_1").created(T).updated(T).build());
    assertEquals("projectId is required", e.getMessage());
    assertThrows(NullPointerException.class, () -> Folder.builder().id(null));
  }

  @Test
  void buildersTakeTheServersTextAndUnknownFieldsForTestsOfNewValues() {
    FlowRun run = FlowRun.builder().flowId("flow_1").status("ARCHIVING")
        .additionalProperties(Collections.singletonMap("tasks", 3L)).build();
    assertEquals(RunStatus.UNKNOWN, run.status());
    assertEquals("ARCHIVING", run.statusAsString());
    assertEquals(Collections.singletonMap("tasks", 3L), run.additionalProperties());
    assertEquals(run, run.toBuilder().build());
    assertEquals("QUOTA_EXCEEDED", FlowRun.builder().flowId("f").status(RunStatus.QUOTA_EXCEEDED).build().statusAsString());
    assertEquals("api", FlowRun.builder().flowId("f").status(RunStatus.QUEUED).triggeredBy(TriggeredBy.API).build()
        .triggeredByAsString(), "the wire spelling");
    assertThrows(NullPointerException.class,
        () -> Flow.builder().additionalProperties(Collections.singletonMap(null, 1)));

    Step step = Step.builder().name("code").type("SUBFLOW").build();
    assertEquals(StepType.UNKNOWN, step.type());
    assertEquals("SUBFLOW", step.typeAsString());
    assertEquals("SUBFLOW", step.toBuilder().build().typeAsString(), "a step keeps a type the SDK does not list");
    assertThrows(IllegalArgumentException.class, () -> Step.builder().type(StepType.UNKNOWN));
  }

  @Test
  void aFlowWithItsVersion() {
    FlowVersion version = FlowVersion.builder().id("fv_1").created(T).updated(T).flowId("flow_1")
        .displayName("Hello").state(FlowVersionState.DRAFT).valid(true).trigger(Step.manualTrigger("trigger"))
        .build();
    Flow flow = Flow.builder().id("flow_1").created(T).updated(T).projectId("proj_1")
        .status(FlowStatus.DISABLED).operationStatus(FlowOperationStatus.NONE).version(version).build();
    assertEquals("Hello", flow.version().displayName());
    assertNull(flow.folderId());
  }

  @Test
  void aVersionCarriesThePlatformsStepsObjectReadOnly() {
    FlowVersion.Builder builder = FlowVersion.builder().id("fv_1").created(T).updated(T).flowId("flow_1")
        .displayName("Hello").state(FlowVersionState.DRAFT).trigger(Step.manualTrigger("trigger"));
    assertNull(builder.build().steps());
    java.util.Map<String, Object> steps = new java.util.HashMap<>();
    steps.put("notify", Collections.singletonMap("type", "SET"));
    FlowVersion version = builder.steps(steps).build();
    steps.clear(); // the version holds its own copy
    assertEquals(Collections.singletonMap("notify", Collections.singletonMap("type", "SET")), version.steps());
    assertThrows(UnsupportedOperationException.class, () -> version.steps().clear());
    assertEquals(version, version.toBuilder().build());
    assertNotEquals(version, version.toBuilder().steps(null).build());
    assertTrue(version.toString().contains("steps={notify={type=SET}}"), version.toString());
    assertThrows(NullPointerException.class,
        () -> FlowVersion.builder().steps(Collections.singletonMap("notify", null)));
  }

  @Test
  void runEventsAndTriggerParamsAreValues() {
    assertEquals(new RunEvent.Token("4", "Hi", "llm", null), new RunEvent.Token("4", "Hi", "llm", null));
    assertNotEquals(new RunEvent.Token("4", "Hi", "llm", null), new RunEvent.Token("5", "Hi", "llm", null));
    RunEvent.Output output = new RunEvent.Output("9", "x", Duration.ofSeconds(1), "run_1", RunStatus.SUCCEEDED);
    assertEquals(output, new RunEvent.Output("9", "x", Duration.ofSeconds(1), "run_1", RunStatus.SUCCEEDED));
    assertEquals(output.hashCode(),
        new RunEvent.Output("9", "x", Duration.ofSeconds(1), "run_1", RunStatus.SUCCEEDED).hashCode());
    assertEquals(new RunEvent.Failure("3", "STEP_FAILED", "boom", "fail", "run_1"),
        new RunEvent.Failure("3", "STEP_FAILED", "boom", "fail", "run_1"));

    TriggerFlowParams params = TriggerFlowParams.builder().idempotencyKey("k").tag("a").build();
    assertEquals(params, TriggerFlowParams.builder().idempotencyKey("k").tag("a").build());
    assertEquals(params.hashCode(), params.toBuilder().build().hashCode());
    assertEquals(TriggerFlowParams.none(), params.toBuilder().idempotencyKey(null).clearTags().build());
  }
}
