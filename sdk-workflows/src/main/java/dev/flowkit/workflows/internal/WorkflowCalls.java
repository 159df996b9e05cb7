package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.internal.platform.Operation;
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
    this.folders = new CrudCalls<>(rest, Folder.class, "folderId", Operation.LIST_FOLDERS, Operation.GET_FOLDER,
        Operation.CREATE_FOLDER, Operation.UPDATE_FOLDER, Operation.DELETE_FOLDER);
    this.connections = new CrudCalls<>(rest, AppConnection.class, "connectionId", Operation.LIST_CONNECTIONS,
        Operation.GET_CONNECTION, Operation.UPSERT_CONNECTION, null, Operation.DELETE_CONNECTION);
    this.mcpServers = new CrudCalls<>(rest, McpServer.class, "mcpServerId", Operation.LIST_MCP_SERVERS,
        Operation.GET_MCP_SERVER, Operation.CREATE_MCP_SERVER, null, Operation.DELETE_MCP_SERVER);
  }
}
