package dev.flowkit.examples;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.iaiflow.CreateWorkflowParams;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import dev.flowkit.workflows.iaiflow.Node;
import dev.flowkit.workflows.iaiflow.NodeConfig;
import dev.flowkit.workflows.iaiflow.StepLog;
import dev.flowkit.workflows.iaiflow.UpdateWorkflowParams;
import dev.flowkit.workflows.iaiflow.WebhookEvent;
import dev.flowkit.workflows.iaiflow.WebhookVerificationException;
import dev.flowkit.workflows.iaiflow.WebhookVerifier;
import dev.flowkit.workflows.iaiflow.Workflow;
import dev.flowkit.workflows.iaiflow.WorkflowDefinition;
import dev.flowkit.workflows.iaiflow.WorkflowStatus;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * IAI Flow with the typed client: the quickstart (login → session → flows → run → read it), then
 * a WorkflowDefinition written with the builder (a condition on its edges), run as a graph with
 * its step logs, and a webhook receiver on the JDK's own HTTP server that verifies IAI Flow's
 * signed webhooks. Runs against an embedded server speaking IAI Flow; point {@code baseUrl} at
 * {@code https://api.flow.iai.one} (and the receiver's URL in dash.iai.one's settings) for real.
 *
 * <p>{@code mvn -pl sdk-examples exec:java@example -Dexample=IaiFlowExample}
 */
public final class IaiFlowExample {
  private IaiFlowExample() {}

  public static void main(String[] args) throws Exception {
    String secret = "whsec_example_only"; // IAI Flow's workspace webhook secret; keep yours out of code
    BlockingQueue<String> verified = new LinkedBlockingQueue<>();
    HttpServer receiver = webhookReceiver(WebhookVerifier.builder().secret(secret).build(), verified);
    String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/iai/webhooks";
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).webhook(hook, secret).start();
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

      // 5. A definition of your own: nodes, and edges that carry conditions.
      WorkflowDefinition triage = WorkflowDefinition.builder().name("Triage")
          .node(Node.of("start", NodeConfig.manualTrigger()))
          .node(Node.of("check", NodeConfig.condition("priority", "equals", "high")))
          .node(Node.builder().id("page").name("Page on-call")
              .config(NodeConfig.jsTransform("(c, ctx) => ({ paged: ctx.input.who })")).build())
          .node(Node.of("queue", NodeConfig.log("queued for {{input.who}}")))
          .connect("start", "check")
          .connect("check", "page", "output.result")
          .connect("check", "queue", "!output.result")
          .build();
      Workflow flow = IaiFlow.of(client).flows().create(CreateWorkflowParams.of("Triage", triage));
      IaiFlow.of(client).flows().update(flow.id(), UpdateWorkflowParams.builder().status(WorkflowStatus.ACTIVE).build());
      FlowRun paged = client.workflows().waitForRun(
          client.workflows().triggerFlow(flow.id(), Map.of("priority", "high", "who", "Grace")).id(), Duration.ofSeconds(30));
      System.out.println("Triage: " + paged.status() + " " + paged.output());
      for (StepLog step : IaiFlow.of(client).runs().steps(paged.id())) {
        System.out.println("  [" + step.status() + "] " + step.nodeId() + " (" + step.nodeType() + ")");
      }

      // 6. The webhooks the runs sent, as the receiver verified them.
      for (int i = 0; i < 5; i++) {
        String line = verified.poll(10, TimeUnit.SECONDS);
        if (line == null) break;
        System.out.println(line);
      }
    } finally {
      receiver.stop(0);
    }
  }

  /**
   * A webhook receiver on the JDK's HTTP server: the raw body and two headers go to the verifier;
   * 204 for a delivery it accepts, 400 for one it refuses (IAI Flow then retries).
   */
  static HttpServer webhookReceiver(WebhookVerifier verifier, BlockingQueue<String> out) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    http.createContext("/iai/webhooks", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      try {
        WebhookEvent event = verifier.verify(body, exchange.getRequestHeaders().getFirst("X-IAI-Signature"),
            exchange.getRequestHeaders().getFirst("X-IAI-Event"));
        String about = event instanceof WebhookEvent.Run ? " " + ((WebhookEvent.Run) event).runId()
            + " " + ((WebhookEvent.Run) event).status() : "";
        out.add("Webhook verified: " + event.event() + about);
        exchange.sendResponseHeaders(204, -1);
      } catch (WebhookVerificationException e) {
        out.add("Webhook refused: " + e.getClass().getSimpleName());
        exchange.sendResponseHeaders(400, -1);
      }
      exchange.close();
    });
    http.start();
    return http;
  }
}
