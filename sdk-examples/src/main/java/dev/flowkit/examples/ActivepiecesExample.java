package dev.flowkit.examples;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.ApFlowOperation;
import dev.flowkit.workflows.activepieces.ApStep;
import dev.flowkit.workflows.activepieces.WebhookResponse;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListRunsParams;
import java.util.Arrays;
import java.util.Collections;

/**
 * Activepieces itself (cloud or self-hosted) in Java: {@code {host}/api/v1} with {@code
 * Authorization: Bearer}. Builds a flow from typed steps (a webhook trigger and a router whose
 * branches answer differently), publishes it, calls its webhook and reads the answers and the
 * runs. Runs against an embedded server speaking Activepieces.
 *
 * <p>{@code mvn -pl sdk-examples exec:java@example -Dexample=ActivepiecesExample}
 */
public final class ActivepiecesExample {
  private ActivepiecesExample() {}

  public static void main(String[] args) {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.ACTIVEPIECES).start();
        FlowClient client = FlowClient.builder()
            .platform(Platform.ACTIVEPIECES)
            .baseUrl(server.url().toString()) // the host, such as https://cloud.activepieces.com
            .apiKey(server.demoApiKey())      // sent as Authorization: Bearer
            .build()) {
      Workflows workflows = client.workflows();
      Activepieces activepieces = Activepieces.of(client);
      // Activepieces names the project on most calls; an API key belongs to one.
      String project = workflows.getFlow(server.flowId("Hello")).projectId();

      Flow flow = workflows.createFlow(CreateFlowParams.builder().displayName("Lead router").projectId(project).build());
      ApStep router = ApStep.router("route", "Route by score", ApStep.ExecutionType.EXECUTE_FIRST_MATCH, Arrays.asList(
              ApStep.conditionBranch("Hot", Collections.singletonList(Collections.singletonList(
                  ApStep.condition("{{trigger.body.score}}", ApStep.Operator.NUMBER_IS_GREATER_THAN, "50", false)))),
              ApStep.fallbackBranch("Otherwise")))
          .withChildren(Arrays.asList(
              ApStep.returnResponse("hot", "0.1.24", 200, Collections.singletonMap("lead", "hot")),
              ApStep.returnResponse("cold", "0.1.24", 200, Collections.singletonMap("lead", "cold"))));
      activepieces.applyFlowOperation(flow.id(),
          ApFlowOperation.importFlow("Lead router", ApStep.catchWebhook("0.1.24").then(router), null));
      Flow published = activepieces.applyFlowOperation(flow.id(), ApFlowOperation.lockAndPublish());
      System.out.println("Published " + published.id() + ": " + published.status());

      for (int score : new int[] {80, 20}) {
        WebhookResponse answer = activepieces.triggerWebhookSync(flow.id(), Collections.singletonMap("score", score));
        System.out.println("score " + score + " -> " + answer.statusCode() + " " + answer.body());
      }
      for (FlowRun run : workflows.listRuns(ListRunsParams.builder().projectId(project).flowId(flow.id()).build()).data()) {
        System.out.println("run " + run.id() + " " + run.status());
      }
    }
  }
}
