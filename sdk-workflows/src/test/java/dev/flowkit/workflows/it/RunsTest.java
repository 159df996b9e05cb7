package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.BadRequestException;
import dev.flowkit.core.ConflictException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.ApproveRunParams;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.StepResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Run history, details, steps, approval, cancelling and waiting. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class RunsTest {
  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  @Test
  void listRunsFiltersByFlowAndStatusNewestFirst(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      FlowRun a = w.triggerFlowSync(hello, Map.of("name", "a"), TEN_SECONDS);
      FlowRun failed = w.triggerFlowSync(server.flowId("Failing"), null, TEN_SECONDS);
      FlowRun b = w.triggerFlowSync(hello, Map.of("name", "b"), TEN_SECONDS);

      assertEquals(List.of(b.id(), failed.id(), a.id()), ids(w.listRuns().data()));
      assertEquals(List.of(b.id(), a.id()), ids(w.listRuns(ListRunsParams.builder().flowId(hello).build()).data()));
      assertEquals(List.of(failed.id()),
          ids(w.listRuns(ListRunsParams.builder().status(RunStatus.FAILED).build()).data()));
      assertEquals(List.of(b.id(), a.id()), ids(w.listRuns(ListRunsParams.builder()
          .flowId(hello).status(RunStatus.SUCCEEDED).limit(1).build()).autoPager().stream().collect(Collectors.toList())));
      assertEquals(List.of(), w.listRuns(ListRunsParams.builder().flowId(server.flowId("Slow")).build()).data());
      assertTrue(Clients.exchanges(server, "GET", "/api/runs").stream()
          .filter(e -> e.query() != null && e.query().contains("cursor="))
          .allMatch(e -> e.query().contains("flowId=" + hello) && e.query().contains("status=SUCCEEDED")));
    }
  }

  @Test
  void getRunAndListRunStepsShowEachStepInOrder(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      FlowRun run = w.triggerFlowSync(server.flowId("Story"), Map.of("topic", "owls"), TEN_SECONDS);
      FlowRun fetched = w.getRun(run.id());
      assertEquals(run.id(), fetched.id());
      assertEquals(RunStatus.SUCCEEDED, fetched.status());
      assertEquals(List.of("trigger", "prepare", "write", "summarize"), List.copyOf(fetched.steps().keySet()));

      List<StepResult> steps = w.listRunSteps(run.id());
      assertEquals(List.of("trigger", "prepare", "write", "summarize"),
          steps.stream().map(StepResult::name).collect(Collectors.toList()));
      assertTrue(steps.stream().allMatch(s -> s.status() == RunStatus.SUCCEEDED));
      assertEquals(Map.of("topic", "owls"), steps.get(1).output());
      assertTrue(steps.get(2).durationMs() >= 0);

      assertApiError(assertThrows(NotFoundException.class, () -> w.getRun("run_missing")), 404, "RUN_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class, () -> w.listRunSteps("run_missing")), 404, "RUN_NOT_FOUND");
    }
  }

  @Test
  void approvingAPausedRunResumesItToSuccess(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      FlowRun run = w.triggerFlow(server.flowId("Approval"), null);
      FlowRun paused = Clients.awaitStatus(w, run.id(), RunStatus.PAUSED);
      assertEquals(RunStatus.PAUSED, paused.steps().get("approve").status());
      assertFalse(paused.isTerminal());
      FlowRun stillPaused = w.waitForRun(run.id(), Duration.ofMillis(150));
      assertEquals(RunStatus.PAUSED, stillPaused.status(), "waitForRun returns the live run at its timeout");

      ConflictException wrongStep = assertThrows(ConflictException.class,
          () -> w.approveRun(run.id(), ApproveRunParams.builder().step("nope").build()));
      assertEquals(409, wrongStep.statusCode());
      assertEquals("step", wrongStep.details().get("field"));

      FlowRun approved = w.approveRun(run.id(),
          ApproveRunParams.builder().step("approve").payload(Map.of("by", "ops")).build());
      assertTrue(approved.status() == RunStatus.RUNNING || approved.status() == RunStatus.SUCCEEDED,
          approved.status().toString());

      FlowRun done = w.waitForRun(run.id(), TEN_SECONDS);
      assertEquals(RunStatus.SUCCEEDED, done.status());
      assertEquals(Map.of("by", "ops"), done.steps().get("approve").output());
      assertEquals(Map.of("approved", true), done.output());
      assertApiError(assertThrows(ConflictException.class, () -> w.approveRun(run.id())), 409, "CONFLICT");
    }
  }

  @Test
  void approvingWithoutPayloadRecordsApproved(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      FlowRun run = w.triggerFlow(server.flowId("Approval"), null);
      Clients.awaitStatus(w, run.id(), RunStatus.PAUSED);
      w.approveRun(run.id());
      FlowRun done = w.waitForRun(run.id(), TEN_SECONDS);
      assertEquals(RunStatus.SUCCEEDED, done.status());
      assertEquals(Map.of("approved", true), done.steps().get("approve").output());
    }
  }

  @Test
  void cancelRunStopsARunAndASecondCancelIsConflict(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      FlowRun run = w.triggerFlow(server.flowId("Slow"), null);
      Clients.awaitStatus(w, run.id(), RunStatus.RUNNING);

      FlowRun canceled = w.cancelRun(run.id());
      assertEquals(RunStatus.CANCELED, canceled.status());
      assertTrue(canceled.isTerminal());
      assertNull(canceled.error().step(), "no single step failed");
      FlowRun later = w.getRun(run.id());
      assertEquals(RunStatus.CANCELED, later.status());
      assertNull(later.steps().get("done"), "no step ran after the cancel");
      assertApiError(assertThrows(ConflictException.class, () -> w.cancelRun(run.id())), 409, "CONFLICT");
      assertApiError(assertThrows(NotFoundException.class, () -> w.cancelRun("run_missing")), 404, "RUN_NOT_FOUND");
    }
  }

  @Test
  void latestRunsAreTheEightNewest(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      List<String> triggered = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        triggered.add(w.triggerFlowSync(server.flowId("Hello"), Map.of("name", "n" + i), TEN_SECONDS).id());
      }
      List<String> newestFirst = new ArrayList<>(triggered);
      java.util.Collections.reverse(newestFirst);
      assertEquals(newestFirst.subList(0, 8), ids(w.listLatestRuns()));
    }
  }

  @Test
  void waitForRunReturnsTheFinishedRun(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      FlowRun run = w.triggerFlow(server.flowId("Hello"), Map.of("name", "W"));
      FlowRun done = w.waitForRun(run.id(), TEN_SECONDS);
      assertEquals(RunStatus.SUCCEEDED, done.status());
      assertEquals(Map.of("greeting", "Hello, W!"), done.output());
      assertThrows(IllegalArgumentException.class, () -> w.waitForRun(run.id(), Duration.ofSeconds(-1)));
    }
  }

  private static List<String> ids(List<FlowRun> runs) {
    return runs.stream().map(FlowRun::id).collect(Collectors.toList());
  }
}
