package dev.flowkit.workflows;

import dev.flowkit.core.AsyncPage;
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
import dev.flowkit.workflows.models.TriggerFlowParams;
import dev.flowkit.workflows.models.UpdateFlowParams;
import dev.flowkit.workflows.models.UpdateFolderParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The calls of {@link Workflows}, each returning at once with a {@link CompletableFuture}; get
 * it from {@code client.async().workflows()}. A failed future holds the same {@link
 * dev.flowkit.core.FlowException} the blocking call would throw; cancelling a future cancels
 * its HTTP call. Pages are {@link AsyncPage}s whose next page is fetched asynchronously too.
 *
 * <p>Threads: a call in flight holds one thread of OkHttp's dispatcher pool (OkHttp reads the
 * answer with blocking I/O), and at most {@code maxConcurrentRequests} calls (see {@link
 * dev.flowkit.core.ClientOptions}) are in flight at once; further calls wait in the queue
 * without a thread. Futures complete on those dispatcher threads, so keep their callbacks
 * short, or hand work on with {@code thenApplyAsync(…, executor)}. {@code
 * waitForRun} polls from one timer thread shared by the client. The streaming calls return a
 * {@link RunSubscription} at once and read on a thread of their own, as the blocking ones do.
 */
public interface AsyncWorkflows {
  /** As {@link FlowService#listFlows(ListFlowsParams)}. */
  CompletableFuture<AsyncPage<Flow>> listFlows(ListFlowsParams params);

  /** As {@link FlowService#listFlows()}. */
  default CompletableFuture<AsyncPage<Flow>> listFlows() {
    return listFlows(ListFlowsParams.defaults());
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
    return listVersions(flowId, ListParams.defaults());
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

  /** As {@link RunService#listRuns(ListRunsParams)}. */
  CompletableFuture<AsyncPage<FlowRun>> listRuns(ListRunsParams params);

  /** As {@link RunService#listRuns()}. */
  default CompletableFuture<AsyncPage<FlowRun>> listRuns() {
    return listRuns(ListRunsParams.defaults());
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

  /** As {@link FolderService#listFolders(ListParams)}. */
  CompletableFuture<AsyncPage<Folder>> listFolders(ListParams params);

  /** As {@link FolderService#listFolders()}. */
  default CompletableFuture<AsyncPage<Folder>> listFolders() {
    return listFolders(ListParams.defaults());
  }

  /** As {@link FolderService#getFolder(String)}. */
  CompletableFuture<Folder> getFolder(String folderId);

  /** As {@link FolderService#createFolder(CreateFolderParams)}. */
  CompletableFuture<Folder> createFolder(CreateFolderParams params);

  /** As {@link FolderService#updateFolder(String, UpdateFolderParams)}. */
  CompletableFuture<Folder> updateFolder(String folderId, UpdateFolderParams params);

  /** As {@link FolderService#deleteFolder(String)}. */
  CompletableFuture<@Nullable Void> deleteFolder(String folderId);

  /** As {@link ConnectionService#listConnections(ListConnectionsParams)}. */
  CompletableFuture<AsyncPage<AppConnection>> listConnections(ListConnectionsParams params);

  /** As {@link ConnectionService#listConnections()}. */
  default CompletableFuture<AsyncPage<AppConnection>> listConnections() {
    return listConnections(ListConnectionsParams.defaults());
  }

  /** As {@link ConnectionService#getConnection(String)}. */
  CompletableFuture<AppConnection> getConnection(String connectionId);

  /** As {@link ConnectionService#upsertConnection(UpsertConnectionParams)}. */
  CompletableFuture<AppConnection> upsertConnection(UpsertConnectionParams params);

  /** As {@link ConnectionService#deleteConnection(String)}. */
  CompletableFuture<@Nullable Void> deleteConnection(String connectionId);

  /** As {@link McpServerService#listMcpServers(ListParams)}. */
  CompletableFuture<AsyncPage<McpServer>> listMcpServers(ListParams params);

  /** As {@link McpServerService#listMcpServers()}. */
  default CompletableFuture<AsyncPage<McpServer>> listMcpServers() {
    return listMcpServers(ListParams.defaults());
  }

  /** As {@link McpServerService#getMcpServer(String)}. */
  CompletableFuture<McpServer> getMcpServer(String mcpServerId);

  /** As {@link McpServerService#createMcpServer(CreateMcpServerParams)}. */
  CompletableFuture<McpServer> createMcpServer(CreateMcpServerParams params);

  /** As {@link McpServerService#deleteMcpServer(String)}. */
  CompletableFuture<@Nullable Void> deleteMcpServer(String mcpServerId);

  /** As {@link McpServerService#rotateMcpToken(String)}. */
  CompletableFuture<McpServer> rotateMcpToken(String mcpServerId);
}
