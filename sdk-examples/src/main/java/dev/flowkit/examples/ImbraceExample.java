package dev.flowkit.examples;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.ChannelAutomation;
import dev.flowkit.workflows.activepieces.WebhookAcceptance;
import dev.flowkit.workflows.activepieces.WebhookResponse;
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
import java.util.List;
import java.util.Map;

/**
 * Imbrace's workflows in Java, as the official Imbrace SDK calls them: the gateway's
 * Activepieces v1 with {@code x-api-key}. Lists flows, runs one from its webhook and waits for
 * its Return Response, starts another asynchronously and finds the run by flow and time, reads
 * a failed run's failed step, creates an MCP server and lists the channel automations. Runs
 * against an embedded server speaking Imbrace.
 *
 * <p>{@code mvn -pl sdk-examples exec:java@example -Dexample=ImbraceExample}
 */
public final class ImbraceExample {
  private ImbraceExample() {}

  public static void main(String[] args) throws InterruptedException {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IMBRACE).start();
        FlowClient client = FlowClient.builder()
            .platform(Platform.IMBRACE)
            .baseUrl(server.url().toString()) // the gateway, such as https://app-gatewayv2.imbrace.co
            .apiKey(server.demoApiKey())      // or .accessToken(token, organizationId)
            .build()) {
      Workflows workflows = client.workflows();
      Activepieces activepieces = Activepieces.of(client);
      for (Flow flow : workflows.listFlows(ListFlowsParams.builder().status(FlowStatus.ENABLED).build()).autoPager()) {
        System.out.println(flow.id() + " " + flow.version().displayName());
      }

      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("name", "contact_123");
      WebhookResponse answer = activepieces.triggerWebhookSync(server.flowId("Hello"), payload);
      System.out.println("Hello answered " + answer.statusCode() + " " + answer.body());

      // The asynchronous webhook answers 200 {} with no run id: find the run by flow and time.
      WebhookAcceptance accepted = activepieces.triggerWebhook(server.flowId("Hello"), payload);
      ListRunsParams started = ListRunsParams.builder().flowId(accepted.flowId()).createdAfter(accepted.acceptedAt()).build();
      List<FlowRun> runs = workflows.listRuns(started).data();
      for (int attempt = 0; attempt < 100 && runs.isEmpty(); attempt++) {
        Thread.sleep(50);
        runs = workflows.listRuns(started).data();
      }
      FlowRun run = workflows.waitForRun(runs.get(0).id(), Duration.ofSeconds(30));
      System.out.println("Webhook " + accepted.webhookId() + " started " + run.id() + ": " + run.status());

      WebhookResponse failed = activepieces.triggerWebhookSync(server.flowId("Failing"), null);
      FlowRun failedRun = workflows.listRuns(ListRunsParams.builder().flowId(server.flowId("Failing"))
          .status(RunStatus.FAILED).build()).data().get(0);
      System.out.println("Failing flow: " + failed.outcome() + " at " + failedRun.failedStep().name());

      McpServer mcp = workflows.createMcpServer(CreateMcpServerParams.builder()
          .projectId(failedRun.projectId()).name("My MCP Server").build());
      System.out.println("MCP server " + mcp.id() + " " + mcp.name());
      for (ChannelAutomation automation : activepieces.listChannelAutomations("whatsapp")) {
        System.out.println("Channel automation: " + automation.name());
      }
    }
  }
}
