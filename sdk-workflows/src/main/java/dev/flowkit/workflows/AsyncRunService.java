package dev.flowkit.workflows;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.workflows.models.ApproveRunParams;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.StepResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs: history, details, approval, cancelling, waiting and watching, asynchronously: the calls of
 * {@link RunService}, each returning at once with a {@link CompletableFuture}. Part of {@link
 * AsyncWorkflows}; threads and cancelling as described there.
 */
public interface AsyncRunService {
  /** As {@link RunService#listRuns(ListRunsParams)}. */
  CompletableFuture<AsyncPage<FlowRun>> listRuns(ListRunsParams params);

  /** As {@link RunService#listRuns()}. */
  default CompletableFuture<AsyncPage<FlowRun>> listRuns() {
    return listRuns(ListRunsParams.none());
  }

  /** As {@link RunService#getRun(String)}. */
  CompletableFuture<FlowRun> getRun(String runId);

  /** As {@link RunService#listRunSteps(String)}. */
  CompletableFuture<List<StepResult>> listRunSteps(String runId);

  /** As {@link RunService#approveRun(String, ApproveRunParams)}. */
  CompletableFuture<FlowRun> approveRun(String runId, ApproveRunParams params);

  /** As {@link RunService#approveRun(String)}. */
  default CompletableFuture<FlowRun> approveRun(String runId) {
    return approveRun(runId, ApproveRunParams.none());
  }

  /** As {@link RunService#cancelRun(String)}. */
  CompletableFuture<FlowRun> cancelRun(String runId);

  /** As {@link RunService#listLatestRuns()}. */
  CompletableFuture<List<FlowRun>> listLatestRuns();

  /**
   * As {@link RunService#waitForRun(String, Duration)}, polling without holding a thread
   * between polls; cancelling the future stops the polling.
   */
  CompletableFuture<FlowRun> waitForRun(String runId, Duration timeout);

  /** As {@link RunService#streamRun(String, RunEventListener)}: returns at once. */
  RunSubscription streamRun(String runId, RunEventListener listener);
}
