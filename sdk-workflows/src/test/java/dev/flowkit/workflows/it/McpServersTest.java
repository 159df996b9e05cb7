package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.McpServerStatus;
import dev.flowkit.workflows.models.McpTool;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MCP servers: create, list, get, delete, and token rotation seen by an MCP client. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class McpServersTest {
  @Test
  void createListGetAndDelete(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      McpServer agent = w.createMcpServer(CreateMcpServerParams.builder()
          .name("agent tools").addTool("greet", hello).build());
      assertTrue(agent.id().startsWith("mcp_"), agent.id());
      assertEquals("agent tools", agent.name());
      assertEquals(McpServerStatus.ENABLED, agent.status());
      assertEquals(List.of(McpTool.of("greet", hello)), agent.tools());
      assertFalse(agent.token().isEmpty());
      assertFalse(agent.toString().contains(agent.token()), agent.toString());

      McpServer bare = w.createMcpServer(CreateMcpServerParams.builder().build());
      assertNull(bare.name());
      assertEquals(List.of(), bare.tools());

      assertEquals(agent, w.getMcpServer(agent.id()));
      assertEquals(List.of(bare.id(), agent.id()), ids(w.listMcpServers().data()));
      assertEquals(List.of(bare.id(), agent.id()),
          ids(w.listMcpServers(ListParams.builder().limit(1).build()).autoPager().stream().collect(Collectors.toList())));

      w.deleteMcpServer(bare.id());
      assertApiError(assertThrows(NotFoundException.class, () -> w.getMcpServer(bare.id())), 404, "MCP_SERVER_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class, () -> w.deleteMcpServer(bare.id())), 404, "MCP_SERVER_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class, () -> w.rotateMcpToken(bare.id())), 404, "MCP_SERVER_NOT_FOUND");
      assertEquals(List.of(agent.id()), ids(w.listMcpServers().data()));
    }
  }

  @Test
  void rotatingTheTokenLocksOutTheOldOneAtOnce(ReferenceServer server) throws IOException {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      String hello = server.flowId("Hello");
      McpServer mcp = w.createMcpServer(CreateMcpServerParams.builder().addTool("greet", hello).build());
      String oldToken = mcp.token();
      assertEquals(200, toolsStatus(server, mcp.id(), oldToken));

      McpServer rotated = w.rotateMcpToken(mcp.id());

      assertEquals(mcp.id(), rotated.id());
      assertNotEquals(oldToken, rotated.token());
      assertEquals(401, toolsStatus(server, mcp.id(), oldToken));
      assertEquals(200, toolsStatus(server, mcp.id(), rotated.token()));
      assertEquals(rotated.token(), w.getMcpServer(mcp.id()).token());
      assertEquals(401, toolsStatus(server, mcp.id(), server.demoApiKey()), "only the server's own token");
    }
  }

  @Test
  void aToolForAMissingFlowIsNotFound(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> client.workflows().createMcpServer(
          CreateMcpServerParams.builder().addTool("ghost", "flow_missing").build()));
      assertApiError(e, 404, "FLOW_NOT_FOUND");
      assertEquals(List.of(), client.workflows().listMcpServers().data());
    }
  }

  /** What an MCP client gets from {@code GET /api/mcp/{id}/tools} with this bearer token. */
  private static int toolsStatus(ReferenceServer server, String mcpId, String token) throws IOException {
    Request request = new Request.Builder()
        .url(server.url().resolve("/api/mcp/" + mcpId + "/tools"))
        .header("Authorization", "Bearer " + token)
        .build();
    try (Response response = Clients.SHARED_OKHTTP.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 200) {
        assertTrue(body.contains("\"tools\":[{\"name\":\"greet\""), body);
      }
      return response.code();
    }
  }

  private static List<String> ids(List<McpServer> servers) {
    return servers.stream().map(McpServer::id).collect(Collectors.toList());
  }
}
