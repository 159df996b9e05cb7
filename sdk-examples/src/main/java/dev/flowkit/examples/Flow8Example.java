package dev.flowkit.examples;

import dev.flowkit.core.Page;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.flow8.Flow8Flow;
import dev.flowkit.workflows.flow8.Flow8Query;
import dev.flowkit.workflows.flow8.FlowParams;
import dev.flowkit.workflows.flow8.FlowletParams;
import dev.flowkit.workflows.flow8.Play;
import dev.flowkit.workflows.flow8.PlayLayer;
import dev.flowkit.workflows.flow8.Retry;
import dev.flowkit.workflows.flow8.RunParams;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import java.util.Map;

/**
 * flow8 with the typed client: the documented base URL {@code http://host:4454/api/}, session
 * login, {@code ?page=&size=} lists, a flow built from flowlets (one behind an approval gate),
 * its play watched live over flow8's WebSocket and approved from the listener, its layers read,
 * and a play cancelled. Runs against an embedded server speaking flow8.
 *
 * <p>{@code mvn -pl sdk-examples exec:java@example -Dexample=Flow8Example}
 */
public final class Flow8Example {
  private Flow8Example() {}

  public static void main(String[] args) throws Exception {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start();
        FlowClient client = FlowClient.builder()
            .platform(Platform.FLOW8)
            .baseUrl(server.url() + "api/") // as flow8 documents it; the client does not double /api
            .credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD)
            .build()) {
      System.out.println("Signed in as " + client.auth().getSession().user().email() + " (GET /api/auth/me)");
      Flow8 flow8 = Flow8.of(client);

      Page<Flow8Flow> page = flow8.flows().list(Flow8Query.builder().size(2).build());
      System.out.println("Flows: " + page.totalCount() + " in " + page.pageCount() + " pages of 2");
      int n = 0;
      for (Flow8Flow flow : page.autoPager()) System.out.println("  " + (++n) + ". " + flow.name());

      // A flow of three flowlets; the second waits for a person's approval.
      Flow8Flow invoices = flow8.flows().create(FlowParams.builder().name("Invoice Processing").category("Finance").build());
      flow8.flowlets().add(invoices.id(), FlowletParams.builder().ref("fetchInvoice").appId("template").index(0)
          .args(Map.of("invoiceId", "{{ $prev.args.invoiceId }}", "amount", 1250))
          .retry(Retry.builder().count(2).delayMs(500).backoffMultiplier(2).build()).build());
      flow8.flowlets().add(invoices.id(), FlowletParams.builder().ref("pay").appId("template").index(1)
          .args(Map.of("paid", "{{ $prev.fetchInvoice.invoiceId }}")).needsApproval(true).build());
      flow8.flowlets().add(invoices.id(), FlowletParams.builder().ref("wait").appId("delay").index(2)
          .args(Map.of("ms", 200)).build());

      // Start a play, then watch it live over WS /api/ws?token=… and approve it when it waits.
      String playId = flow8.flows().run(invoices.id(), RunParams.builder().args(Map.of("invoiceId", "INV-001"))
          .idempotencyKey("process-INV-001").build()).playId();
      try (RunSubscription live = client.workflows().streamRun(playId, new RunEventListener() {
        @Override public void onEvent(RunSubscription run, RunEvent event) {
          if (!(event instanceof RunEvent.Message)) return;
          RunEvent.Message m = (RunEvent.Message) event;
          System.out.println("  live: " + m.type() + " " + m.step());
          if (m.type() == RunEvent.MessageType.PAUSE) {
            flow8.plays().approve(playId, (String) m.data().get("layerId"), "Looks good");
          }
        }

        @Override public void onOutput(RunSubscription run, RunEvent.Output output) {
          System.out.println("  live: done in " + output.totalTime().toMillis() + " ms");
        }
      })) {
        live.awaitCompletion(Duration.ofSeconds(30));
      }
      Play play = flow8.plays().get(playId);
      System.out.println("Play " + play.id() + ": " + play.state() + " in " + play.duration() + " ms");
      for (PlayLayer layer : flow8.plays().layers(playId)) {
        System.out.println("  layer " + layer.ref() + ": " + layer.state() + " " + layer.out());
      }

      FlowRun hello = client.workflows().triggerFlowSync(server.flowId("Hello"), Map.of("name", "Ada"), Duration.ofSeconds(30));
      System.out.println("Hello: " + hello.status() + " (flow8 says " + hello.additionalProperties().get("state") + ")");

      FlowRun waiting = client.workflows().triggerFlow(server.flowId("Approval"), null);
      Play canceled = flow8.plays().cancel(waiting.id()); // DELETE /api/plays/{id}
      System.out.println("Play " + canceled.id() + ": " + canceled.state());
      client.auth().logout(); // POST /api/auth/logout
    }
  }
}
