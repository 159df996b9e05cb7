package dev.flowkit.workflows.iaiflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.BadRequestException;
import dev.flowkit.core.ConflictException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Step;
import dev.flowkit.workflows.models.StepResult;
import dev.flowkit.workflows.models.StepType;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code IaiFlow.of(client)} and the shared calls against the reference server as IAI Flow, over
 * real HTTP: definitions written with the builder come back the same, run as graphs, and every
 * side call of the API reference answers in its shape.
 */
class IaiFlowEndToEndTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).start();
  private final FlowClient client = FlowClient.builder().platform(Platform.IAI_FLOW).baseUrl(server.url().toString())
      .credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD).build();
  private final IaiFlow iai = IaiFlow.of(client);

  @AfterEach void close() {
    client.close();
    server.close();
  }

  /** A definition with every documented node type and the things a round trip could lose. */
  static WorkflowDefinition everything() {
    return WorkflowDefinition.parse(WorkflowDefinitionTest.EVERY_TYPE);
  }

  private ExecutionRun await(String runId) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      ExecutionRun run = iai.runs().get(runId);
      if (run.isTerminal()) return run;
      Thread.sleep(10);
    }
    throw new AssertionError("run " + runId + " did not end");
  }

  @Test void aDefinitionRoundTripsThroughThePlatformUnchanged() {
    WorkflowDefinition sent = everything();
    Workflow created = iai.flows().create(CreateWorkflowParams.of("Everything", sent));
    assertEquals(WorkflowStatus.DRAFT, created.status());
    Workflow read = iai.flows().get(created.id());
    assertEquals(sent.toJson(), read.definitionJson(), "byte for byte");
    assertEquals(sent, read.definition());

    WorkflowDefinition changed = read.definition().toBuilder()
        .node(Node.of("extra", NodeConfig.log("more"))).connect("note", "extra").build();
    Workflow updated = iai.flows().update(created.id(), UpdateWorkflowParams.builder().definition(changed)
        .status(WorkflowStatus.ACTIVE).build());
    assertEquals(WorkflowStatus.ACTIVE, updated.status());
    assertEquals(changed, iai.flows().get(created.id()).definition());
    assertTrue(iai.flows().list().stream().anyMatch(w -> w.id().equals(created.id())));
  }

  @Test void aBranchingDefinitionRunsAsAGraphWithSkippedSteps() throws Exception {
    WorkflowDefinition d = WorkflowDefinition.builder().name("Triage")
        .node(Node.of("start", NodeConfig.manualTrigger()))
        .node(Node.of("check", NodeConfig.condition("priority", "equals", "high")))
        .node(Node.builder().id("page").name("Page on-call")
            .config(NodeConfig.jsTransform("(c, ctx) => ({ paged: ctx.input.who })")).build())
        .node(Node.of("queue", NodeConfig.log("queued {{input.who}}")))
        .connect("start", "check")
        .connect("check", "page", "output.result")
        .connect("check", "queue", "!output.result")
        .build();
    Workflow flow = iai.flows().create(CreateWorkflowParams.of("Triage", d));
    iai.flows().update(flow.id(), UpdateWorkflowParams.builder().status(WorkflowStatus.ACTIVE).build());

    ExecutionRun run = await(iai.runs().create(flow.id(), Map.of("priority", "high", "who", "ada")).id());
    assertEquals(ExecutionStatus.SUCCESS, run.status());
    assertEquals(Map.of("paged", "ada"), run.output());
    assertEquals(dev.flowkit.workflows.models.TriggeredBy.API, run.triggeredBy());
    assertEquals(Integer.valueOf(4), run.nodeCount());
    List<StepLog> steps = iai.runs().steps(run.id());
    assertEquals(List.of(StepStatus.SUCCESS, StepStatus.SUCCESS, StepStatus.SUCCESS, StepStatus.SKIPPED),
        steps.stream().map(StepLog::status).collect(Collectors.toList()));
    assertEquals("Page on-call", steps.get(2).nodeName());
    assertEquals("queue", steps.get(3).nodeId());

    List<StepResult> shared = client.workflows().listRunSteps(run.id());
    assertEquals(RunStatus.SKIPPED, shared.get(3).status(), "the shared step logs know skipped too");
    Flow sharedFlow = client.workflows().getFlow(flow.id());
    assertTrue(sharedFlow.version().valid());
    assertNull(sharedFlow.version().trigger(), "a graph that branches has no step chain");

    List<LogEntry> logs = iai.logs().forRun(run.id());
    assertEquals("Run started", logs.get(0).message());
    assertTrue(logs.stream().anyMatch(l -> "Node queue skipped: no path reached it".equals(l.message())));
  }

  @Test void anHttpRequestNodeCallsTheTestsServer() throws Exception {
    try (MockWebServer shop = new MockWebServer()) {
      shop.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body("{\"late\":true}").build());
      shop.start(InetAddress.getByName("127.0.0.1"), 0);
      WorkflowDefinition d = WorkflowDefinition.builder().name("Shop")
          .node(Node.of("start", NodeConfig.manualTrigger()))
          .node(Node.of("fetch", NodeConfig.httpRequest(shop.url("/orders/").toString() + "{{input.id}}", "GET", null, null)))
          .node(Node.of("late", NodeConfig.jsTransform("(r) => r.body.late ? 'late' : 'on time'")))
          .connect("start", "fetch").connect("fetch", "late")
          .build();
      Workflow flow = iai.flows().create(CreateWorkflowParams.of("Shop", d));
      iai.flows().update(flow.id(), UpdateWorkflowParams.builder().status(WorkflowStatus.ACTIVE).build());
      FlowRun done = client.workflows().waitForRun(client.workflows().triggerFlow(flow.id(), Map.of("id", "o_9")).id(),
          Duration.ofSeconds(10));
      assertEquals("late", done.output());
      assertEquals("/orders/o_9", shop.takeRequest().getTarget());
    }
  }

  @Test void sharedCreateFlowWritesTheDefinitionTheNativeCallsRead() throws Exception {
    Flow flow = client.workflows().createFlow(CreateFlowParams.builder().displayName("Hook")
        .trigger(Step.webhookTrigger("hook")).build());
    WorkflowDefinition d = iai.flows().get(flow.id()).definition();
    assertEquals("webhook", d.node("hook").type());
    assertEquals(StepType.WEBHOOK, client.workflows().getFlow(flow.id()).version().trigger().type());
    assertThrows(UnsupportedOperationException.class, () -> client.workflows().createFlow(CreateFlowParams.builder()
        .displayName("x").trigger(Step.manualTrigger("t").then(Step.llm("l", "hi", 0))).build()));
  }

  @Test void theSideCallsAnswerInTheirShapes() throws Exception {
    List<NodeType> nodes = iai.nodes();
    assertEquals(15, nodes.size());
    assertEquals(List.of("manual_trigger", "schedule", "webhook", "http_trigger"),
        iai.nodes(null, "trigger").stream().map(NodeType::type).collect(Collectors.toList()));

    for (Template t : iai.templates()) {
      Workflow made = iai.flows().create(CreateWorkflowParams.of(t.name(), t.definition()));
      assertEquals(t.definition(), made.definition(), "a template starts a flow");
    }

    iai.agents().writeMemory(WriteMemoryParams.of("agent_writer", "style", "formal"));
    AgentRun agent = iai.agents().run(RunAgentParams.of("agent_writer", "a thank-you note", null));
    assertEquals(ExecutionStatus.SUCCESS, agent.status());
    assertEquals(Map.of("draft", "Draft (formal): a thank-you note"), agent.output());
    assertEquals(List.of(agent.id()), iai.agents().logs("agent_writer").stream().map(AgentRun::id).collect(Collectors.toList()));
    assertEquals("formal", iai.agents().memory("agent_writer").get(0).value());
    assertEquals("agent_writer", iai.agents().list().get(0).id());

    String runId = client.workflows().triggerFlow(server.flowId("Hello"), Map.of("name", "Ada")).id();
    await(runId);
    LogEntry written = iai.logs().write(WriteLogParams.builder().message("checked").runId(runId).level("warn").build());
    assertEquals("warn", written.level());
    assertEquals(written, iai.logs().list(runId, 1).get(0));
    Metrics metrics = iai.metrics();
    assertEquals(Long.valueOf(1), metrics.totalRuns());
    assertEquals(Long.valueOf(1), metrics.successRuns());
    assertEquals(runId, iai.runs().latest().get(0).id());
    assertTrue(iai.health().ok());

    assertThrows(BadRequestException.class, () -> iai.flows().create(CreateWorkflowParams.of("Bad",
        WorkflowDefinition.builder().name("Bad").node(Node.of("a", NodeConfig.log("x"))).node(Node.of("b", NodeConfig.log("y")))
            .connect("a", "b").connect("b", "a").build())), "a cycle is refused by the platform");
    Workflow draft = iai.flows().create(CreateWorkflowParams.of("Draft", null));
    assertThrows(ConflictException.class, () -> iai.runs().create(draft.id(), null), "a draft does not run");
  }
}
