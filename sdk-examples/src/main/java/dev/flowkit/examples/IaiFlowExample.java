package dev.flowkit.examples;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import java.time.Duration;
import java.util.Map;

/**
 * IAI Flow's five-minute quickstart with the typed client: login → session → fetch flows →
 * trigger a run → read it. Runs against an embedded server speaking IAI Flow; point
 * {@code baseUrl} at {@code https://api.flow.iai.one} to run it for real.
 *
 * <p>{@code mvn -pl sdk-examples exec:java@example -Dexample=IaiFlowExample}
 */
public final class IaiFlowExample {
  private IaiFlowExample() {}

  public static void main(String[] args) {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).start();
        FlowClient client = FlowClient.builder()
            .platform(Platform.IAI_FLOW)
            .baseUrl(server.url().toString())
            .credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD)
            .build()) {
      // 1. Login happens on the first call; the iai_session cookie rides along after that.
      System.out.println("Signed in as " + client.auth().getSession().user().email());

      // 2. List flows: GET /api/flows → {"items":[…]}.
      Flow first = null;
      for (Flow flow : client.workflows().listFlows().data()) {
        System.out.println("  flow " + flow.id() + "  " + flow.version().displayName() + "  v"
            + flow.version().number() + "  " + flow.status());
        if (flow.version().displayName().equals("Hello")) first = flow;
      }
      if (first == null) throw new IllegalStateException("the demo flow 'Hello' is missing");

      // 3. Run it: POST /api/workflows/{id}/run → {run_id, status: "running", started_at}.
      FlowRun run = client.workflows().triggerFlow(first.id(), Map.of("name", "Ada"));
      System.out.println("Run ID: " + run.id());

      // 4. Read it: GET /api/runs/{id} → {"run":{…,"status":"success","duration_ms":…}}.
      FlowRun done = client.workflows().waitForRun(run.id(), Duration.ofSeconds(30));
      System.out.println("Run of " + done.flowName() + ": " + done.status() + " in " + done.durationMs()
          + " ms, output " + done.output());
      System.out.println("Streaming on IAI Flow: " + Platform.IAI_FLOW.supportedCalls().contains("streamFlow"));
    }
  }
}
