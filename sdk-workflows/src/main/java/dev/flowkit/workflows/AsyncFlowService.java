package dev.flowkit.workflows;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowVersion;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.TriggerFlowParams;
import dev.flowkit.workflows.models.UpdateFlowParams;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Flows, their versions and operations, and triggering runs, asynchronously: the calls of {@link
 * FlowService}, each returning at once with a {@link CompletableFuture}. Part of {@link
 * AsyncWorkflows}; threads and cancelling as described there.
 */
public interface AsyncFlowService {
  /** As {@link FlowService#listFlows(ListFlowsParams)}. */
  CompletableFuture<AsyncPage<Flow>> listFlows(ListFlowsParams params);

  /** As {@link FlowService#listFlows()}. */
  default CompletableFuture<AsyncPage<Flow>> listFlows() {
    return listFlows(ListFlowsParams.none());
  }

  /** As {@link FlowService#getFlow(String)}. */
  CompletableFuture<Flow> getFlow(String flowId);

  /** As {@link FlowService#createFlow(CreateFlowParams)}. */
  CompletableFuture<Flow> createFlow(CreateFlowParams params);

  /** As {@link FlowService#updateFlow(String, UpdateFlowParams)}. */
  CompletableFuture<Flow> updateFlow(String flowId, UpdateFlowParams params);

  /** As {@link FlowService#deleteFlow(String)}. */
  CompletableFuture<@Nullable Void> deleteFlow(String flowId);

  /** As {@link FlowService#applyFlowOperation(String, FlowOperation)}. */
  CompletableFuture<Flow> applyFlowOperation(String flowId, FlowOperation operation);

  /** As {@link FlowService#listVersions(String, ListParams)}. */
  CompletableFuture<AsyncPage<FlowVersion>> listVersions(String flowId, ListParams params);

  /** As {@link FlowService#listVersions(String)}. */
  default CompletableFuture<AsyncPage<FlowVersion>> listVersions(String flowId) {
    return listVersions(flowId, ListParams.none());
  }

  /** As {@link FlowService#getVersion(String, String)}. */
  CompletableFuture<FlowVersion> getVersion(String flowId, String versionId);

  /** As {@link FlowService#triggerFlow(String, Object)}. */
  default CompletableFuture<FlowRun> triggerFlow(String flowId, @Nullable Object input) {
    return triggerFlow(flowId, input, TriggerFlowParams.none());
  }

  /** As {@link FlowService#triggerFlow(String, Object, TriggerFlowParams)}. */
  CompletableFuture<FlowRun> triggerFlow(String flowId, @Nullable Object input, TriggerFlowParams params);

  /** As {@link FlowService#triggerFlowSync(String, Object, Duration)}. */
  default CompletableFuture<FlowRun> triggerFlowSync(String flowId, @Nullable Object input, Duration timeout) {
    return triggerFlowSync(flowId, input, timeout, TriggerFlowParams.none());
  }

  /** As {@link FlowService#triggerFlowSync(String, Object, Duration, TriggerFlowParams)}. */
  CompletableFuture<FlowRun> triggerFlowSync(
      String flowId, @Nullable Object input, Duration timeout, TriggerFlowParams params);

  /**
   * As {@link FlowService#streamFlow(String, Object, RunEventListener)}: returns at once, the
   * listener hears the events on the stream's thread.
   */
  default RunSubscription streamFlow(String flowId, @Nullable Object input, RunEventListener listener) {
    return streamFlow(flowId, input, TriggerFlowParams.none(), listener);
  }

  /** As {@link FlowService#streamFlow(String, Object, TriggerFlowParams, RunEventListener)}. */
  RunSubscription streamFlow(
      String flowId, @Nullable Object input, TriggerFlowParams params, RunEventListener listener);
}
