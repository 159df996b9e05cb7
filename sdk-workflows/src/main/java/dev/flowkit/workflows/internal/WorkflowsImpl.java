package dev.flowkit.workflows.internal;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.Workflows;
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
import org.jspecify.annotations.Nullable;

/** The blocking facade: each method runs its call on the caller's thread. */
public final class WorkflowsImpl implements Workflows {
  private final FlowCalls flows;
  private final RunCalls runs;
  private final CrudCalls<Folder> folders;
  private final CrudCalls<AppConnection> connections;
  private final CrudCalls<McpServer> mcpServers;
  private final RunStreams streams;

  public WorkflowsImpl(WorkflowCalls calls, RunStreams streams) {
    this.flows = calls.flows;
    this.runs = calls.runs;
    this.folders = calls.folders;
    this.connections = calls.connections;
    this.mcpServers = calls.mcpServers;
    this.streams = streams;
  }

  /** Cancels the open streams, for {@code FlowClient.close()}. */
  public void cancelStreams() {
    streams.cancelAll();
  }

  @Override
  public Page<Flow> listFlows(ListFlowsParams params) {
    return flows.list(params).execute().toPage(cursor -> listFlows(params.withCursor(cursor)));
  }

  @Override
  public Flow getFlow(String flowId) {
    return flows.get(flowId).execute();
  }

  @Override
  public Flow createFlow(CreateFlowParams params) {
    return flows.create(params).execute();
  }

  @Override
  public Flow updateFlow(String flowId, UpdateFlowParams params) {
    return flows.update(flowId, params).execute();
  }

  @Override
  public void deleteFlow(String flowId) {
    flows.delete(flowId).execute();
  }

  @Override
  public Flow applyFlowOperation(String flowId, FlowOperation operation) {
    return flows.apply(flowId, operation).execute();
  }

  @Override
  public Page<FlowVersion> listVersions(String flowId, ListParams params) {
    return flows.listVersions(flowId, params).execute()
        .toPage(cursor -> listVersions(flowId, params.withCursor(cursor)));
  }

  @Override
  public FlowVersion getVersion(String flowId, String versionId) {
    return flows.getVersion(flowId, versionId).execute();
  }

  @Override
  public FlowRun triggerFlow(String flowId, @Nullable Object input, TriggerFlowParams params) {
    return flows.trigger(flowId, input, params).execute();
  }

  @Override
  public FlowRun triggerFlowSync(String flowId, @Nullable Object input, Duration timeout, TriggerFlowParams params) {
    long start = System.nanoTime();
    FlowRun run = flows.triggerSync(flowId, input, timeout, params).execute();
    if (!flows.syncByWaiting() || run.isTerminal() || run.id() == null) return run;
    return waitForRun(run.id(), FlowCalls.left(timeout, start)); // no synchronous mode: wait for the run
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
  public RunStream streamFlow(String flowId, @Nullable Object input, TriggerFlowParams params) {
    SocketRuns sockets = streams.sockets();
    if (sockets != null) return sockets.streamFlow(flowId, input, params);
    return streams.open(flows.streamRequest(flowId, input, params), null);
  }

  @Override
  public Page<FlowRun> listRuns(ListRunsParams params) {
    return runs.list(params).execute().toPage(cursor -> listRuns(params.withCursor(cursor)));
  }

  @Override
  public FlowRun getRun(String runId) {
    return runs.get(runId).execute();
  }

  @Override
  public List<StepResult> listRunSteps(String runId) {
    return runs.steps(runId).execute();
  }

  @Override
  public FlowRun approveRun(String runId, ApproveRunParams params) {
    return runs.approve(runId, params).execute();
  }

  @Override
  public FlowRun cancelRun(String runId) {
    return runs.cancel(runId).execute();
  }

  @Override
  public List<FlowRun> listLatestRuns() {
    return runs.latest().execute();
  }

  @Override
  public FlowRun waitForRun(String runId, Duration timeout) {
    SocketRuns sockets = streams.sockets();
    if (sockets != null) return sockets.waitForRun(runId, timeout);
    ApiCall<FlowRun> get = runs.get(runId);
    return RunPoller.waitFor(get, timeout);
  }

  @Override
  public RunSubscription streamRun(String runId, RunEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    SocketRuns sockets = streams.sockets();
    if (sockets != null) return sockets.streamRun(runId, listener);
    return streams.subscribe(runs.eventsRequest(runId, null), runId, listener);
  }

  @Override
  public RunStream streamRun(String runId) {
    SocketRuns sockets = streams.sockets();
    if (sockets != null) return sockets.streamRun(runId);
    return streams.open(runs.eventsRequest(runId, null), runId);
  }

  @Override
  public Page<Folder> listFolders(ListParams params) {
    return folders.list(Queries.of(params)).execute().toPage(cursor -> listFolders(params.withCursor(cursor)));
  }

  @Override
  public Folder getFolder(String folderId) {
    return folders.get(folderId).execute();
  }

  @Override
  public Folder createFolder(CreateFolderParams params) {
    return folders.create(params).execute();
  }

  @Override
  public Folder updateFolder(String folderId, UpdateFolderParams params) {
    return folders.update(folderId, params).execute();
  }

  @Override
  public void deleteFolder(String folderId) {
    folders.delete(folderId).execute();
  }

  @Override
  public Page<AppConnection> listConnections(ListConnectionsParams params) {
    return connections.list(Queries.of(params)).execute()
        .toPage(cursor -> listConnections(params.withCursor(cursor)));
  }

  @Override
  public AppConnection getConnection(String connectionId) {
    return connections.get(connectionId).execute();
  }

  @Override
  public AppConnection upsertConnection(UpsertConnectionParams params) {
    return connections.create(params).execute();
  }

  @Override
  public void deleteConnection(String connectionId) {
    connections.delete(connectionId).execute();
  }

  @Override
  public Page<McpServer> listMcpServers(ListParams params) {
    return mcpServers.list(Queries.of(params)).execute().toPage(cursor -> listMcpServers(params.withCursor(cursor)));
  }

  @Override
  public McpServer getMcpServer(String mcpServerId) {
    return mcpServers.get(mcpServerId).execute();
  }

  @Override
  public McpServer createMcpServer(CreateMcpServerParams params) {
    return mcpServers.create(params).execute();
  }

  @Override
  public void deleteMcpServer(String mcpServerId) {
    mcpServers.delete(mcpServerId).execute();
  }

  @Override
  public McpServer rotateMcpToken(String mcpServerId) {
    return mcpServers.action(mcpServerId, Operation.ROTATE_MCP_TOKEN).execute();
  }
}
