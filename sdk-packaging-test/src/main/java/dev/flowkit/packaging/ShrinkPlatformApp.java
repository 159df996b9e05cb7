package dev.flowkit.packaging;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.Piece;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.flow8.Flow8Flow;
import dev.flowkit.workflows.flow8.KvEntry;
import dev.flowkit.workflows.flow8.KvParams;
import dev.flowkit.workflows.iaiflow.CreateWorkflowParams;
import dev.flowkit.workflows.iaiflow.ExecutionRun;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import dev.flowkit.workflows.iaiflow.Node;
import dev.flowkit.workflows.iaiflow.NodeConfig;
import dev.flowkit.workflows.iaiflow.StepLog;
import dev.flowkit.workflows.iaiflow.StepStatus;
import dev.flowkit.workflows.iaiflow.UpdateWorkflowParams;
import dev.flowkit.workflows.iaiflow.Workflow;
import dev.flowkit.workflows.iaiflow.WorkflowDefinition;
import dev.flowkit.workflows.iaiflow.WorkflowStatus;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * A tiny app on the platform artifacts, shrunk and obfuscated like {@link ShrinkApp}: the platform
 * is found as a service (sdk-flow8, sdk-activepieces, sdk-iaiflow), and its shared and native
 * calls read their models, with only the rules the jars ship.
 *
 * <p>Arguments: the platform ({@code FLOW8}, {@code IMBRACE} or {@code IAI_FLOW}), base URL, API
 * key, email, password. Prints {@code OK <n> checks} and exits 0, or what failed and exits 1.
 */
public final class ShrinkPlatformApp {
  private static int checks;

  private ShrinkPlatformApp() {}

  public static void main(String[] args) {
    Platform platform = Platform.valueOf(args[0]);
    FlowClient.Builder builder = FlowClient.builder().platform(platform).baseUrl(args[1]);
    if (platform == Platform.IAI_FLOW) {
      builder.credentials(args[3], args[4]);
    } else {
      builder.apiKey(args[2]);
    }
    try (FlowClient client = builder.build()) {
      if (platform == Platform.FLOW8) flow8(client);
      if (platform == Platform.IMBRACE) imbrace(client);
      if (platform == Platform.IAI_FLOW) iaiFlow(client);
      System.out.println("OK " + checks + " checks");
    } catch (Throwable t) {
      System.out.println("FAILED after " + checks + " checks");
      t.printStackTrace(System.out);
      System.exit(1);
    }
    System.exit(0);
  }

  private static void flow8(FlowClient client) throws Exception {
    Flow8 flow8 = Flow8.of(client);
    List<Flow8Flow> flows = flow8.flows().list().data();
    check(!flows.isEmpty(), "flow8 flows");
    String hello = null;
    for (Flow8Flow f : flows) {
      if ("Hello".equals(f.name())) hello = f.id();
    }
    check(hello != null, "the Hello flow in " + flows);
    check(client.workflows().listFlows().data().size() == flows.size(), "the shared list reads flow8's");
    // triggerFlowSync waits on flow8's WebSocket, which the platform artifact put in place.
    FlowRun run = client.workflows().triggerFlowSync(hello, Collections.singletonMap("name", "Ada"), Duration.ofSeconds(10));
    check(run.status() == RunStatus.SUCCEEDED, "flow8 play " + run);
    KvEntry set = flow8.kv().set(KvParams.global("greeting", "hello"));
    check("greeting".equals(set.key()), "kv set " + set);
    check(!flow8.kv().list().data().isEmpty(), "kv list");
  }

  private static void imbrace(FlowClient client) {
    List<Flow> flows = client.workflows().listFlows().data();
    check(!flows.isEmpty() && flows.get(0).projectId() != null, "Imbrace flows " + flows);
    List<Piece> pieces = Activepieces.of(client).listPieces();
    check(!pieces.isEmpty() && pieces.get(0).name() != null, "pieces " + pieces);
  }

  private static void iaiFlow(FlowClient client) throws Exception {
    IaiFlow iai = IaiFlow.of(client);
    check(!iai.flows().list().isEmpty(), "IAI Flow workflows");
    WorkflowDefinition definition = WorkflowDefinition.builder().name("Note")
        .node(Node.of("start", NodeConfig.manualTrigger()))
        .node(Node.of("note", NodeConfig.log("noted {{input.who}}")))
        .connect("start", "note")
        .build();
    Workflow flow = iai.flows().create(CreateWorkflowParams.of("Note", definition));
    check(definition.equals(iai.flows().get(flow.id()).definition()), "the definition round trips");
    iai.flows().update(flow.id(), UpdateWorkflowParams.builder().status(WorkflowStatus.ACTIVE).build());
    ExecutionRun run = iai.runs().create(flow.id(), Collections.singletonMap("who", "ada"));
    for (int i = 0; i < 200 && !run.isTerminal(); i++) {
      Thread.sleep(25);
      run = iai.runs().get(run.id());
    }
    check(run.isTerminal(), "run ended " + run);
    List<StepLog> steps = iai.runs().steps(run.id());
    check(steps.size() == 2 && steps.get(1).status() == StepStatus.SUCCESS, "step logs " + steps);
    check(client.workflows().listFlows().data().size() == iai.flows().list().size(), "the shared list reads IAI Flow's");
  }

  private static void check(boolean ok, String what) {
    if (!ok) throw new AssertionError("check failed: " + what);
    checks++;
  }
}
