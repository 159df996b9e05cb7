package dev.flowkit.workflows;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.ApproveRunParams;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowVersion;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.StepResult;
import dev.flowkit.workflows.models.TriggerOptions;
import dev.flowkit.workflows.models.UpdateFlowParams;
import dev.flowkit.workflows.models.UpdateFolderParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The calls of {@link Workflows}, each returning at once with a {@link CompletableFuture}. Calls
 * run on OkHttp's own dispatcher (no thread per call); cancelling a future cancels its HTTP
 * call. A failed future holds the same {@link dev.flowkit.core.FlowException} the blocking call
 * would throw. {@code nextPage()} of a returned page blocks; streams are already asynchronous,
 * see {@link Workflows#streamFlow(String, Object, RunEventListener)}.
 */
public interface AsyncWorkflows {
  /** As {@link Workflows#listFlows(ListFlowsParams)}. */
  CompletableFuture<Page<Flow>> listFlows(ListFlowsParams params);

  /** As {@link Workflows#getFlow(String)}. */
  CompletableFuture<Flow> getFlow(String flowId);

  /** As {@link Workflows#createFlow(CreateFlowParams)}. */
  CompletableFuture<Flow> createFlow(CreateFlowParams params);

  /** As {@link Workflows#updateFlow(String, UpdateFlowParams)}. */
  CompletableFuture<Flow> updateFlow(String flowId, UpdateFlowParams params);

  /** As {@link Workflows#deleteFlow(String)}. */
  CompletableFuture<@Nullable Void> deleteFlow(String flowId);

  /** As {@link Workflows#applyFlowOperation(String, FlowOperation)}. */
  CompletableFuture<Flow> applyFlowOperation(String flowId, FlowOperation operation);

  /** As {@link Workflows#listVersions(String, ListParams)}. */
  CompletableFuture<Page<FlowVersion>> listVersions(String flowId, ListParams params);

  /** As {@link Workflows#getVersion(String, String)}. */
  CompletableFuture<FlowVersion> getVersion(String flowId, String versionId);

  /** As {@link Workflows#triggerFlow(String, Object)}. */
  default CompletableFuture<FlowRun> triggerFlow(String flowId, @Nullable Object input) {
    return triggerFlow(flowId, input, TriggerOptions.none());
  }

  /** As {@link Workflows#triggerFlow(String, Object, TriggerOptions)}. */
  CompletableFuture<FlowRun> triggerFlow(String flowId, @Nullable Object input, TriggerOptions options);

  /** As {@link Workflows#triggerFlowSync(String, Object, Duration)}. */
  default CompletableFuture<FlowRun> triggerFlowSync(String flowId, @Nullable Object input, Duration timeout) {
    return triggerFlowSync(flowId, input, timeout, TriggerOptions.none());
  }

  /** As {@link Workflows#triggerFlowSync(String, Object, Duration, TriggerOptions)}. */
  CompletableFuture<FlowRun> triggerFlowSync(
      String flowId, @Nullable Object input, Duration timeout, TriggerOptions options);

  /** As {@link Workflows#listRuns(ListRunsParams)}. */
  CompletableFuture<Page<FlowRun>> listRuns(ListRunsParams params);

  /** As {@link Workflows#getRun(String)}. */
  CompletableFuture<FlowRun> getRun(String runId);

  /** As {@link Workflows#listRunSteps(String)}. */
  CompletableFuture<List<StepResult>> listRunSteps(String runId);

  /** As {@link Workflows#approveRun(String, ApproveRunParams)}. */
  CompletableFuture<FlowRun> approveRun(String runId, ApproveRunParams params);

  /** As {@link Workflows#cancelRun(String)}. */
  CompletableFuture<FlowRun> cancelRun(String runId);

  /** As {@link Workflows#listFolders(ListParams)}. */
  CompletableFuture<Page<Folder>> listFolders(ListParams params);

  /** As {@link Workflows#getFolder(String)}. */
  CompletableFuture<Folder> getFolder(String folderId);

  /** As {@link Workflows#createFolder(CreateFolderParams)}. */
  CompletableFuture<Folder> createFolder(CreateFolderParams params);

  /** As {@link Workflows#updateFolder(String, UpdateFolderParams)}. */
  CompletableFuture<Folder> updateFolder(String folderId, UpdateFolderParams params);

  /** As {@link Workflows#deleteFolder(String)}. */
  CompletableFuture<@Nullable Void> deleteFolder(String folderId);

  /** As {@link Workflows#listConnections(ListConnectionsParams)}. */
  CompletableFuture<Page<AppConnection>> listConnections(ListConnectionsParams params);

  /** As {@link Workflows#getConnection(String)}. */
  CompletableFuture<AppConnection> getConnection(String connectionId);

  /** As {@link Workflows#upsertConnection(UpsertConnectionParams)}. */
  CompletableFuture<AppConnection> upsertConnection(UpsertConnectionParams params);

  /** As {@link Workflows#deleteConnection(String)}. */
  CompletableFuture<@Nullable Void> deleteConnection(String connectionId);

  /** As {@link Workflows#listMcpServers(ListParams)}. */
  CompletableFuture<Page<McpServer>> listMcpServers(ListParams params);

  /** As {@link Workflows#getMcpServer(String)}. */
  CompletableFuture<McpServer> getMcpServer(String mcpServerId);

  /** As {@link Workflows#createMcpServer(CreateMcpServerParams)}. */
  CompletableFuture<McpServer> createMcpServer(CreateMcpServerParams params);

  /** As {@link Workflows#deleteMcpServer(String)}. */
  CompletableFuture<@Nullable Void> deleteMcpServer(String mcpServerId);

  /** As {@link Workflows#rotateMcpToken(String)}. */
  CompletableFuture<McpServer> rotateMcpToken(String mcpServerId);
}
