package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Types;
import dev.flowkit.core.ConflictException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.UnprocessableEntityException;
import dev.flowkit.server.RecordedExchange;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.it.Outputs.Done;
import dev.flowkit.workflows.it.Outputs.Greeting;
import dev.flowkit.workflows.it.Outputs.Person;
import dev.flowkit.workflows.it.Outputs.Summary;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.TriggerFlowParams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Triggering runs, asynchronously and synchronously, and reading their output. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class TriggersTest {
  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  @Test
  void triggerFlowReturnsAtOnceWithAQueuedOrRunningRun(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      FlowRun run = w.triggerFlow(server.flowId("Slow"), null);
      assertTrue(run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING, run.status().toString());
      assertFalse(run.isTerminal());
      assertEquals(Map.of(), run.input());
      assertNull(run.output());
      assertEquals(201, Clients.exchanges(server, "POST", "/api/flows/" + server.flowId("Slow") + "/run").get(0).status());
      assertEquals(RunStatus.CANCELED, w.cancelRun(run.id()).status());
    }
  }

  @Test
  void syncTriggerOfAQuickFlowReturnsTheFinishedRunWithTypedOutput(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      FlowRun run = client.workflows().triggerFlowSync(server.flowId("Hello"), new Person("Ada"), TEN_SECONDS);
      assertEquals(RunStatus.SUCCEEDED, run.status());
      assertTrue(run.isTerminal());
      assertEquals(Map.of("name", "Ada"), run.input(), "a typed input is sent as an object");
      assertEquals(new Greeting("Hello, Ada!"), run.output(Greeting.class));
      Map<String, Object> asMap = run.output(Types.newParameterizedType(Map.class, String.class, Object.class));
      assertEquals(Map.of("greeting", "Hello, Ada!"), asMap);
      assertEquals(Map.of("greeting", "Hello, Ada!"), run.steps().get("greet").output());
      assertEquals(Map.of("name", "Ada"), run.steps().get("trigger").output());
      assertNotNull(run.startTime());
      assertNotNull(run.finishTime());
      assertNull(run.error());
      assertEquals(200, Clients.exchanges(server, "POST", "/api/flows/" + server.flowId("Hello") + "/run")
          .get(0).status());
    }
  }

  @Test
  void syncTriggerOfAStoryFlowReadsTheLlmOutput(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      FlowRun run = client.workflows().triggerFlowSync(server.flowId("Story"), Map.of("topic", "robots"), TEN_SECONDS);
      assertEquals(RunStatus.SUCCEEDED, run.status());
      String text = "Once upon a time, robots quietly changed everything for one small curious town.";
      assertEquals(new Summary(text), run.output(Summary.class));
      assertEquals(text, run.steps().get("write").output(String.class));
    }
  }

  @Test
  void syncTriggerOfASlowFlowReturnsTheLiveRunWhenTheTimeoutPasses(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      long start = System.nanoTime();
      FlowRun live = w.triggerFlowSync(server.flowId("Slow"), null, Duration.ofMillis(200));
      long ms = (System.nanoTime() - start) / 1_000_000;

      assertEquals(RunStatus.RUNNING, live.status());
      assertFalse(live.isTerminal());
      assertNull(live.output());
      assertTrue(ms >= 190 && ms < 1900, "answered after " + ms + " ms");
      RecordedExchange exchange = Clients.exchanges(server, "POST", "/api/flows/" + server.flowId("Slow") + "/run").get(0);
      assertEquals(200, exchange.status(), "a timed-out sync trigger is a 200, never a 408");
      assertTrue(exchange.requestBody().contains("\"timeoutMs\":200"), exchange.requestBody());

      // the run went on: poll it briefly (waitForRun's backoff would overshoot the 2 s delay)
      FlowRun done = Clients.awaitRun(w, live.id(), FlowRun::isTerminal, TEN_SECONDS);
      assertEquals(RunStatus.SUCCEEDED, done.status());
      assertEquals(new Done(true), done.output(Done.class));
    }
  }

  @Test
  void syncTriggerTimeoutOutsideTheApisRangeIsRejectedBeforeSending(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      String hello = server.flowId("Hello");
      assertThrows(IllegalArgumentException.class,
          () -> client.workflows().triggerFlowSync(hello, null, Duration.ZERO));
      assertThrows(IllegalArgumentException.class,
          () -> client.workflows().triggerFlowSync(hello, null, Duration.ofMillis(120_001)));
      assertTrue(server.exchanges().isEmpty());
    }
  }

  @Test
  void inputThatIsNotAJsonObjectIsRejectedBeforeSending(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      String hello = server.flowId("Hello");
      IllegalArgumentException list = assertThrows(IllegalArgumentException.class,
          () -> client.workflows().triggerFlow(hello, List.of("a", "b")));
      assertEquals("input must encode to a JSON object (a Map or a class with fields) but encodes to an array",
          list.getMessage());
      assertThrows(IllegalArgumentException.class, () -> client.workflows().triggerFlow(hello, "text"));
      assertTrue(server.exchanges().isEmpty());
      assertEquals(0, server.runsCreated(hello));
    }
  }

  @Test
  void triggerOfADisabledFlowIsConflict(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      w.applyFlowOperation(hello, FlowOperation.changeStatus(FlowStatus.DISABLED));

      ConflictException e = assertThrows(ConflictException.class, () -> w.triggerFlow(hello, null));
      assertApiError(e, 409, "CONFLICT");
      assertApiError(assertThrows(ConflictException.class, () -> w.triggerFlowSync(hello, null, TEN_SECONDS)),
          409, "CONFLICT");
      assertEquals(0, server.runsCreated(hello));
    }
  }

  @Test
  void triggerOfAMissingFlowIsNotFound(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      assertApiError(assertThrows(NotFoundException.class,
          () -> client.workflows().triggerFlow("flow_missing", Map.of())), 404, "FLOW_NOT_FOUND");
    }
  }

  @Test
  void failingFlowEndsFailedNamingItsStep(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      FlowRun run = client.workflows().triggerFlowSync(server.flowId("Failing"), null, TEN_SECONDS);
      assertEquals(RunStatus.FAILED, run.status());
      assertEquals("boom", run.error().message());
      assertEquals("fail", run.error().step());
      assertNull(run.output());
      assertNull(run.output(Greeting.class));
      assertEquals(RunStatus.FAILED, run.steps().get("fail").status());
    }
  }

  @Test
  void tagsAreKeptAndAnIdempotencyKeyTriggersOnce(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      TriggerFlowParams options = TriggerFlowParams.builder().idempotencyKey("order-42").tag("nightly").tag("ci").build();

      FlowRun first = w.triggerFlow(hello, Map.of("name", "A"), options);
      FlowRun again = w.triggerFlow(hello, Map.of("name", "A"), options);

      assertEquals(List.of("nightly", "ci"), first.tags());
      assertEquals(first.id(), again.id());
      assertEquals(1, server.runsCreated(hello));
      List<RecordedExchange> posts = Clients.exchanges(server, "POST", "/api/flows/" + hello + "/run");
      assertEquals("order-42", posts.get(0).requestHeaders().get("Idempotency-Key"));
      assertEquals("true", posts.get(1).responseHeaders().get("Idempotent-Replayed"));

      assertApiError(assertThrows(UnprocessableEntityException.class,
          () -> w.triggerFlow(hello, Map.of("name", "B"), options)), 422, "IDEMPOTENCY_KEY_REUSED");
      assertEquals(1, server.runsCreated(hello));
    }
  }
}
