package dev.flowkit.workflows.internal;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.workflows.AsyncWorkflows;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.internal.platform.Operation;
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
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous facade: the same call descriptions as {@link WorkflowsImpl}, run on OkHttp's
 * dispatcher; the next page of a list is fetched asynchronously as well.
 */
public final class AsyncWorkflowsImpl implements AsyncWorkflows {
  private final FlowCalls flows;
  private final RunCalls runs;
  private final CrudCalls<Folder> folders;
  private final CrudCalls<AppConnection> connections;
  private final CrudCalls<McpServer> mcpServers;
  private final RunStreams streams;
  private final ScheduledExecutorService timer;

  public AsyncWorkflowsImpl(WorkflowCalls calls, RunStreams streams, ScheduledExecutorService timer) {
    this.timer = timer;
    this.flows = calls.flows;
    this.runs = calls.runs;
    this.folders = calls.folders;
    this.connections = calls.connections;
    this.mcpServers = calls.mcpServers;
    this.streams = streams;
  }

  @Override
  public CompletableFuture<AsyncPage<Flow>> listFlows(ListFlowsParams params) {
    return flows.list(params)
        .map(page -> page.toAsyncPage(cursor -> listFlows(params.withCursor(cursor))))
        .executeAsync();
  }

  @Override
  public CompletableFuture<Flow> getFlow(String flowId) {
    return flows.get(flowId).executeAsync();
  }

  @Override
  public CompletableFuture<Flow> createFlow(CreateFlowParams params) {
    return flows.create(params).executeAsync();
  }

  @Override
  public CompletableFuture<Flow> updateFlow(String flowId, UpdateFlowParams params) {
    return flows.update(flowId, params).executeAsync();
  }

  @Override
  public CompletableFuture<@Nullable Void> deleteFlow(String flowId) {
    return flows.delete(flowId).executeAsync();
  }

  @Override
  public CompletableFuture<Flow> applyFlowOperation(String flowId, FlowOperation operation) {
    return flows.apply(flowId, operation).executeAsync();
  }

  @Override
  public CompletableFuture<AsyncPage<FlowVersion>> listVersions(String flowId, ListParams params) {
    return flows.listVersions(flowId, params)
        .map(page -> page.toAsyncPage(cursor -> listVersions(flowId, params.withCursor(cursor))))
        .executeAsync();
  }

  @Override
  public CompletableFuture<FlowVersion> getVersion(String flowId, String versionId) {
    return flows.getVersion(flowId, versionId).executeAsync();
  }

  @Override
  public CompletableFuture<FlowRun> triggerFlow(String flowId, @Nullable Object input, TriggerFlowParams params) {
    return flows.trigger(flowId, input, params).executeAsync();
  }

  @Override
  public CompletableFuture<FlowRun> triggerFlowSync(String flowId, @Nullable Object input, Duration timeout, TriggerFlowParams params) {
    long start = System.nanoTime();
    CompletableFuture<FlowRun> started = flows.triggerSync(flowId, input, timeout, params).executeAsync();
    if (!flows.syncByWaiting()) return started;
    CompletableFuture<FlowRun> done = started.thenCompose(run -> run.isTerminal() || run.id() == null
        ? CompletableFuture.completedFuture(run)
        : waitForRun(run.id(), FlowCalls.left(timeout, start))); // no synchronous mode: wait for the run
    done.whenComplete((r, e) -> {
      if (done.isCancelled()) started.cancel(true);
    });
    return done;
  }

  @Override
  public RunSubscription streamFlow(
      String flowId, @Nullable Object input, TriggerFlowParams params, RunEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    SocketRuns sockets = streams.sockets();
    if (sockets != null) return sockets.streamFlow(flowId, input, params, listener);
    return streams.subscribe(flows.streamRequest(flowId, input, params), null, listener);
  }

  @Override
  public CompletableFuture<AsyncPage<FlowRun>> listRuns(ListRunsParams params) {
    return runs.list(params)
        .map(page -> page.toAsyncPage(cursor -> listRuns(params.withCursor(cursor))))
        .executeAsync();
  }

  @Override
  public CompletableFuture<FlowRun> getRun(String runId) {
    return runs.get(runId).executeAsync();
  }

  @Override
  public CompletableFuture<List<StepResult>> listRunSteps(String runId) {
    return runs.steps(runId).executeAsync();
  }

  @Override
  public CompletableFuture<FlowRun> approveRun(String runId, ApproveRunParams params) {
    return runs.approve(runId, params).executeAsync();
  }

  @Override
  public CompletableFuture<FlowRun> cancelRun(String runId) {
    return runs.cancel(runId).executeAsync();
  }

  @Override
  public CompletableFuture<List<FlowRun>> listLatestRuns() {
    return runs.latest().executeAsync();
  }

  @Override
  public CompletableFuture<FlowRun> waitForRun(String runId, Duration timeout) {
    SocketRuns sockets = streams.sockets();
    if (sockets != null) return sockets.waitForRunAsync(runId, timeout);
    ApiCall<FlowRun> get = runs.get(runId);
    return RunPoller.waitForAsync(get, timeout, timer);
  }

  @Override
  public RunSubscription streamRun(String runId, RunEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    SocketRuns sockets = streams.sockets();
    if (sockets != null) return sockets.streamRun(runId, listener);
    return streams.subscribe(runs.eventsRequest(runId, null), runId, listener);
  }

  @Override
  public CompletableFuture<AsyncPage<Folder>> listFolders(ListParams params) {
    return folders.list(Queries.of(params))
        .map(page -> page.toAsyncPage(cursor -> listFolders(params.withCursor(cursor))))
        .executeAsync();
  }

  @Override
  public CompletableFuture<Folder> getFolder(String folderId) {
    return folders.get(folderId).executeAsync();
  }

  @Override
  public CompletableFuture<Folder> createFolder(CreateFolderParams params) {
    return folders.create(params).executeAsync();
  }

  @Override
  public CompletableFuture<Folder> updateFolder(String folderId, UpdateFolderParams params) {
    return folders.update(folderId, params).executeAsync();
  }

  @Override
  public CompletableFuture<@Nullable Void> deleteFolder(String folderId) {
    return folders.delete(folderId).executeAsync();
  }

  @Override
  public CompletableFuture<AsyncPage<AppConnection>> listConnections(ListConnectionsParams params) {
    return connections.list(Queries.of(params))
        .map(page -> page.toAsyncPage(cursor -> listConnections(params.withCursor(cursor))))
        .executeAsync();
  }

  @Override
  public CompletableFuture<AppConnection> getConnection(String connectionId) {
    return connections.get(connectionId).executeAsync();
  }

  @Override
  public CompletableFuture<AppConnection> upsertConnection(UpsertConnectionParams params) {
    return connections.create(params).executeAsync();
  }

  @Override
  public CompletableFuture<@Nullable Void> deleteConnection(String connectionId) {
    return connections.delete(connectionId).executeAsync();
  }

  @Override
  public CompletableFuture<AsyncPage<McpServer>> listMcpServers(ListParams params) {
    return mcpServers.list(Queries.of(params))
        .map(page -> page.toAsyncPage(cursor -> listMcpServers(params.withCursor(cursor))))
        .executeAsync();
  }

  @Override
  public CompletableFuture<McpServer> getMcpServer(String mcpServerId) {
    return mcpServers.get(mcpServerId).executeAsync();
  }

  @Override
  public CompletableFuture<McpServer> createMcpServer(CreateMcpServerParams params) {
    return mcpServers.create(params).executeAsync();
  }

  @Override
  public CompletableFuture<@Nullable Void> deleteMcpServer(String mcpServerId) {
    return mcpServers.delete(mcpServerId).executeAsync();
  }

  @Override
  public CompletableFuture<McpServer> rotateMcpToken(String mcpServerId) {
    return mcpServers.action(mcpServerId, Operation.ROTATE_MCP_TOKEN).executeAsync();
  }
}
