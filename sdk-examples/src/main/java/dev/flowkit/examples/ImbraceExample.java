package dev.flowkit.examples;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Imbrace SDK page's calls in Java: listFlows, triggerFlow, listRuns, createMcpServer, on the
 * same typed client. Runs against an embedded server speaking Imbrace.
 *
 * <p>{@code mvn -pl sdk-examples exec:java@example -Dexample=ImbraceExample}
 */
public final class ImbraceExample {
  private ImbraceExample() {}

  public static void main(String[] args) {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IMBRACE).start();
        FlowClient client = FlowClient.builder()
            .platform(Platform.IMBRACE)
            .baseUrl(server.url().toString())
            .apiKey(server.demoApiKey())
            .build()) {
      for (Flow flow : client.workflows().listFlows(ListFlowsParams.builder().limit(10).status(FlowStatus.ENABLED).build()).data()) {
        System.out.println(flow.id() + " " + flow.version().displayName());
      }

      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("name", "contact_123");
      payload.put("event", "lead_created");
      FlowRun run = client.workflows().triggerFlow(server.flowId("Hello"), payload);
      client.workflows().waitForRun(run.id(), Duration.ofSeconds(30));

      client.workflows().triggerFlow(server.flowId("Failing"), null);
      FlowRun failed = client.workflows().waitForRun(
          client.workflows().listRuns(ListRunsParams.builder().flowId(server.flowId("Failing")).limit(20).build())
              .data().get(0).id(), Duration.ofSeconds(30));
      System.out.println("Failing flow's run: " + failed.status() + " (" + failed.error().message() + ")");
      int failedRuns = client.workflows().listRuns(ListRunsParams.builder().status(RunStatus.FAILED).limit(20).build())
          .data().size();
      System.out.println("FAILED runs: " + failedRuns);

      McpServer mcp = client.workflows().createMcpServer(CreateMcpServerParams.builder().name("My MCP Server").build());
      System.out.println("MCP server " + mcp.id() + " " + mcp.name());
    }
  }
}
