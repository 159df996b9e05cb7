package dev.flowkit.workflows;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.McpServer;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * MCP servers that expose flows as tools, asynchronously: the calls of {@link McpServerService},
 * each returning at once with a {@link CompletableFuture}. Part of {@link AsyncWorkflows}; threads
 * and cancelling as described there.
 */
public interface AsyncMcpServerService {
  /** As {@link McpServerService#listMcpServers(ListParams)}. */
  CompletableFuture<AsyncPage<McpServer>> listMcpServers(ListParams params);

  /** As {@link McpServerService#listMcpServers()}. */
  default CompletableFuture<AsyncPage<McpServer>> listMcpServers() {
    return listMcpServers(ListParams.none());
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
