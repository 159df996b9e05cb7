package dev.flowkit.workflows;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.McpServer;

/** MCP servers that expose flows as tools to AI agents. */
public interface McpServerService {
  /** One page of MCP servers. */
  Page<McpServer> listMcpServers(ListParams params);

  /** The first page of MCP servers. */
  default Page<McpServer> listMcpServers() {
    return listMcpServers(ListParams.none());
  }

  /** The MCP server with this id. */
  McpServer getMcpServer(String mcpServerId);

  /** Registers an MCP server; its token is in the result. */
  McpServer createMcpServer(CreateMcpServerParams params);

  /** Deletes an MCP server. */
  void deleteMcpServer(String mcpServerId);

  /** Issues a new token; the old one stops working at once. */
  McpServer rotateMcpToken(String mcpServerId);
}
