package dev.flowkit.examples;

import dev.flowkit.core.Page;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListFlowsParams;
import java.time.Duration;
import java.util.Map;

/**
 * flow8's REST API with the typed client: the documented base URL {@code http://host:4454/api/},
 * session login, {@code ?page=&size=} lists walked page by page, a play triggered, followed and
 * cancelled. Runs against an embedded server speaking flow8.
 *
 * <p>{@code mvn -pl sdk-examples exec:java@example -Dexample=Flow8Example}
 */
public final class Flow8Example {
  private Flow8Example() {}

  public static void main(String[] args) {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start();
        FlowClient client = FlowClient.builder()
            .platform(Platform.FLOW8)
            .baseUrl(server.url() + "api/") // as flow8 documents it; the client does not double /api
            .credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD)
            .build()) {
      System.out.println("Signed in as " + client.auth().getSession().user().email() + " (GET /api/auth/me)");

      Page<Flow> page = client.workflows().listFlows(ListFlowsParams.builder().limit(2).build());
      System.out.println("Flows: " + page.totalCount() + " in " + page.pageCount() + " pages of 2");
      int n = 0;
      for (Flow flow : page.autoPager()) {
        System.out.println("  " + (++n) + ". " + flow.version().displayName());
      }

      FlowRun play = client.workflows().triggerFlow(server.flowId("Hello"), Map.of("name", "Ada"));
      FlowRun done = client.workflows().waitForRun(play.id(), Duration.ofSeconds(30));
      System.out.println("Play " + done.id() + ": " + done.status() + " " + done.output());

      FlowRun waiting = client.workflows().triggerFlow(server.flowId("Approval"), null);
      FlowRun canceled = client.workflows().cancelRun(waiting.id()); // DELETE /api/plays/{id}
      System.out.println("Play " + canceled.id() + ": " + canceled.status());
      client.auth().logout(); // POST /api/auth/logout
    }
  }
}
