package dev.flowkit.workflows.internal;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.AsyncWorkflows;
import dev.flowkit.workflows.Workflows;
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

/** The asynchronous facade: the same calls as {@link WorkflowsImpl}, on OkHttp's dispatcher. */
public final class AsyncWorkflowsImpl implements AsyncWorkflows {
  private final FlowCalls flows;
  private final RunCalls runs;
  private final CrudCalls<Folder> folders;
  private final CrudCalls<AppConnection> connections;
  private final CrudCalls<McpServer> mcpServers;
  private final Workflows blocking;

  public AsyncWorkflowsImpl(
      FlowCalls flows,
      RunCalls runs,
      CrudCalls<Folder> folders,
      CrudCalls<AppConnection> connections,
      CrudCalls<McpServer> mcpServers,
      Workflows blocking) {
    this.flows = flows;
    this.runs = runs;
    this.folders = folders;
    this.connections = connections;
    this.mcpServers = mcpServers;
    this.blocking = blocking;
  }

  @Override
  public CompletableFuture<Page<Flow>> listFlows(ListFlowsParams params) {
    return flows.list(params).executeAsync()
        .thenApply(page -> page.toPage(cursor -> blocking.listFlows(params.withCursor(cursor))));
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
  public CompletableFuture<Page<FlowVersion>> listVersions(String flowId, ListParams params) {
    return flows.listVersions(flowId, params).executeAsync()
        .thenApply(page -> page.toPage(cursor -> blocking.listVersions(flowId, params.withCursor(cursor))));
  }

  @Override
  public CompletableFuture<FlowVersion> getVersion(String flowId, String versionId) {
    return flows.getVersion(flowId, versionId).executeAsync();
  }

  @Override
  public CompletableFuture<FlowRun> triggerFlow(String flowId, @Nullable Object input, TriggerOptions options) {
    return flows.trigger(flowId, input, options).executeAsync();
  }

  @Override
  public CompletableFuture<FlowRun> triggerFlowSync(
      String flowId, @Nullable Object input, Duration timeout, TriggerOptions options) {
    return flows.triggerSync(flowId, input, timeout, options).executeAsync();
  }

  @Override
  public CompletableFuture<Page<FlowRun>> listRuns(ListRunsParams params) {
    return runs.list(params).executeAsync()
        .thenApply(page -> page.toPage(cursor -> blocking.listRuns(params.withCursor(cursor))));
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
  public CompletableFuture<Page<Folder>> listFolders(ListParams params) {
    return folders.list(Queries.of(params)).executeAsync()
        .thenApply(page -> page.toPage(cursor -> blocking.listFolders(params.withCursor(cursor))));
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
  public CompletableFuture<Page<AppConnection>> listConnections(ListConnectionsParams params) {
    return connections.list(Queries.of(params)).executeAsync()
        .thenApply(page -> page.toPage(cursor -> blocking.listConnections(params.withCursor(cursor))));
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
  public CompletableFuture<Page<McpServer>> listMcpServers(ListParams params) {
    return mcpServers.list(Queries.of(params)).executeAsync()
        .thenApply(page -> page.toPage(cursor -> blocking.listMcpServers(params.withCursor(cursor))));
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
    return mcpServers.action(mcpServerId, "rotate").executeAsync();
  }
}
