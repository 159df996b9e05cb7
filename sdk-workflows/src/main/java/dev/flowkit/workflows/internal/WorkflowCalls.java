package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.McpServer;

/** The calls of every workflows resource, described once for both facades. */
public final class WorkflowCalls {
  final FlowCalls flows;
  final RunCalls runs;
  final CrudCalls<Folder> folders;
  final CrudCalls<AppConnection> connections;
  final CrudCalls<McpServer> mcpServers;

  public WorkflowCalls(Rest rest, FlowCalls flows, RunCalls runs) {
    this.flows = flows;
    this.runs = runs;
    this.folders = new CrudCalls<>(rest, Folder.class, "folderId", "api", "folders");
    this.connections = new CrudCalls<>(rest, AppConnection.class, "connectionId", "api", "app-connections");
    this.mcpServers = new CrudCalls<>(rest, McpServer.class, "mcpServerId", "api", "mcp-servers");
  }
}
