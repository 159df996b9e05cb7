package dev.flowkit.examples;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.Session;
import java.time.Duration;
import java.util.Map;

/**
 * The platform quickstart in Java: log in, read the session, list flows, trigger a run and
 * read its output. It starts an embedded reference server on loopback so it runs anywhere;
 * point {@code baseUrl} at your platform to run it for real.
 */
public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) {
    try (ReferenceServer server = ReferenceServer.builder().start();
        FlowClient client = FlowClient.builder().baseUrl(server.url().toString()).build()) {
      // 1. Log in: the session cookie lands in the client's cookie jar.
      Session session = client.auth().login(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD);
      System.out.println("Logged in as " + session.user().name() + " in " + session.workspace().name());

      // 2. The session, read back with the cookie.
      System.out.println("Session authenticated: " + client.auth().getSession().authenticated());

      // 3. List flows.
      Flow hello = null;
      for (Flow flow : client.workflows().listFlows().data()) {
        System.out.println("  flow " + flow.id() + "  " + flow.version().displayName() + "  " + flow.status());
        if (flow.version().displayName().equals("Hello")) hello = flow;
      }
      if (hello == null) throw new IllegalStateException("the demo flow 'Hello' is missing");

      // 4. Trigger a run, then wait for it to finish.
      FlowRun run = client.workflows().triggerFlow(hello.id(), Map.of("name", "Ada"));
      System.out.println("Run ID: " + run.id() + " (" + run.status() + ")");
      FlowRun finished = client.workflows().waitForRun(run.id(), Duration.ofSeconds(30));

      // 5. Read its output.
      System.out.println("Run " + finished.status() + " in " + finished.durationMs() + " ms: " + finished.output());
    }
  }
}
