package dev.flowkit.packaging;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.ApproveRunParams;
import dev.flowkit.workflows.models.ConnectionStatus;
import dev.flowkit.workflows.models.ConnectionType;
import dev.flowkit.workflows.models.ConnectionValue;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.FlowVersion;
import dev.flowkit.workflows.models.FlowVersionState;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.McpServerStatus;
import dev.flowkit.workflows.models.McpTool;
import dev.flowkit.workflows.models.RunEnvironment;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Session;
import dev.flowkit.workflows.models.Step;
import dev.flowkit.workflows.models.StepResult;
import dev.flowkit.workflows.models.StepType;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A tiny app as an Android or shrunk JVM app would use Flowkit: log in, page through flows,
 * trigger, stream a run, and read every model the API returns. The build shrinks and
 * obfuscates it with ProGuard using only the rules that ship in the jars plus this app's own,
 * then runs it against a reference server: a rule that is missing fails a check here.
 *
 * <p>Arguments: base URL, email, password. Prints {@code OK <n> checks} and exits 0, or prints
 * what failed and exits 1.
 */
public final class ShrinkApp {
  /** The app's own output type, read with {@link FlowRun#output(Class)} (kept by app.pro). */
  public static final class Greeting {
    String greeting;
  }

  private static int checks;

  private ShrinkApp() {}

  public static void main(String[] args) {
    try (FlowClient client = FlowClient.builder().baseUrl(args[0]).credentials(args[1], args[2]).build()) {
      run(client, args[1], args[2]);
      System.out.println("OK " + checks + " checks");
    } catch (Throwable t) {
      System.out.println("FAILED after " + checks + " checks");
      t.printStackTrace(System.out);
      System.exit(1);
    }
    System.exit(0);
  }

  private static void run(FlowClient client, String email, String password) throws Exception {
    Workflows w = client.workflows();

    // Log in: Session, User, Workspace.
    Session session = client.auth().login(email, password);
    check(session.authenticated(), "logged in");
    check(email.equals(session.user().email()), "user email " + session.user());
    check(!session.workspace().name().isEmpty(), "workspace " + session.workspace());
    check(client.auth().getSession().authenticated(), "session");

    // Page through every flow two at a time: Flow, FlowVersion, Step, enums.
    List<Flow> flows = new ArrayList<>();
    for (Flow flow : w.listFlows(ListFlowsParams.builder().limit(2).build()).autoPager()) flows.add(flow);
    check(flows.size() >= 5, "paged " + flows.size() + " flows");
    Map<String, Flow> byName = new HashMap<>();
    for (Flow flow : flows) {
      check(flow.status() != FlowStatus.UNKNOWN, "flow status " + flow);
      check(flow.version().state() != FlowVersionState.UNKNOWN, "version state " + flow.version());
      check(flow.version().trigger().type() != StepType.UNKNOWN, "trigger type " + flow.version().trigger());
      byName.put(flow.version().displayName(), flow);
    }
    Flow hello = byName.get("Hello");
    check(hello != null, "the Hello flow in " + byName.keySet());
    List<FlowVersion> versions = w.listVersions(hello.id()).data();
    check(!versions.isEmpty() && versions.get(0).flowId().equals(hello.id()), "versions " + versions);
    check(w.getVersion(hello.id(), versions.get(0).id()).equals(versions.get(0)), "getVersion");
    check(w.getFlow(hello.id()).equals(hello), "getFlow equals the listed flow");

    // Trigger and wait: FlowRun, StepResult, RunEnvironment, the app's own output type.
    FlowRun run = w.triggerFlowSync(hello.id(), Collections.singletonMap("name", "Ada"), Duration.ofSeconds(10));
    check(run.status() == RunStatus.SUCCEEDED, "sync run " + run);
    check(Collections.singletonMap("greeting", "Hello, Ada!").equals(run.output()), "output " + run.output());
    Greeting greeting = run.output(Greeting.class);
    check(greeting != null && "Hello, Ada!".equals(greeting.greeting), "typed output");
    check(run.environment() != RunEnvironment.UNKNOWN, "environment " + run.environment());
    StepResult greet = run.steps().get("greet");
    check(greet != null && greet.status() == RunStatus.SUCCEEDED, "step " + run.steps());
    List<String> stepNames = new ArrayList<>();
    for (StepResult step : w.listRunSteps(run.id())) stepNames.add(step.name());
    check(stepNames.equals(java.util.Arrays.asList("trigger", "greet")), "run steps " + stepNames);
    FlowRun async = w.triggerFlow(hello.id(), Collections.singletonMap("name", "Bo"));
    check(w.waitForRun(async.id(), Duration.ofSeconds(10)).status() == RunStatus.SUCCEEDED, "waitForRun");
    check(w.getRun(run.id()).id().equals(run.id()), "getRun");
    check(!w.listRuns(ListRunsParams.builder().flowId(hello.id()).limit(1).build()).data().isEmpty(), "listRuns");
    check(!w.listLatestRuns().isEmpty(), "listLatestRuns");

    // A failing run: RunError.
    FlowRun failed = w.triggerFlowSync(byName.get("Failing").id(), null, Duration.ofSeconds(10));
    check(failed.status() == RunStatus.FAILED && failed.error() != null && !failed.error().message().isEmpty(),
        "failed run " + failed);

    // An approval: PAUSED, then approved with a payload.
    FlowRun paused = w.triggerFlow(byName.get("Approval").id(), null);
    for (int i = 0; i < 100 && w.getRun(paused.id()).status() != RunStatus.PAUSED; i++) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    w.approveRun(paused.id(), ApproveRunParams.builder().step("approve")
        .payload(Collections.singletonMap("by", "ops")).build());
    check(w.waitForRun(paused.id(), Duration.ofSeconds(10)).status() == RunStatus.SUCCEEDED, "approved run");

    // Stream a run, pulled: every event type, tokens in order.
    Map<String, Object> topic = Collections.singletonMap("topic", "AI");
    Flow story = byName.get("Story");
    StringBuilder tokens = new StringBuilder();
    RunEvent.Output output = null;
    int messages = 0;
    try (RunStream events = w.streamFlow(story.id(), topic)) {
      while (events.hasNext()) {
        RunEvent event = events.next();
        if (event instanceof RunEvent.Token) tokens.append(((RunEvent.Token) event).content());
        if (event instanceof RunEvent.Message) messages++;
        if (event instanceof RunEvent.Output) output = (RunEvent.Output) event;
      }
    }
    check(tokens.toString().startsWith("Once upon a time, AI"), "streamed tokens " + tokens);
    check(messages > 0 && output != null && output.status() == RunStatus.SUCCEEDED, "stream end " + output);

    // Stream a run, pushed to a listener.
    final StringBuilder pushed = new StringBuilder();
    try (RunSubscription subscription = w.streamFlow(story.id(), topic, new RunEventListener() {
      @Override public void onToken(RunSubscription s, String content, String step, @Nullable String reasoning) {
        synchronized (pushed) {
          pushed.append(content);
        }
      }
    })) {
      check(subscription.awaitCompletion(Duration.ofSeconds(20)), "listener stream completed");
    }
    synchronized (pushed) {
      check(pushed.toString().equals(tokens.toString()), "pushed tokens " + pushed);
    }

    // Folders and a new flow: Folder, CreateFlowParams, FlowOperation.
    Folder folder = w.createFolder(CreateFolderParams.builder().displayName("Shrunk").displayOrder(3).build());
    check(folder.displayOrder() == 3 && w.listFolders().data().contains(w.getFolder(folder.id())), "folder " + folder);
    Flow created = w.createFlow(CreateFlowParams.builder().displayName("Built").folderId(folder.id())
        .trigger(Step.manualTrigger("trigger").toBuilder()
            .nextAction(Step.set("answer", Collections.singletonMap("answer", 42))).build())
        .build());
    Flow published = w.applyFlowOperation(created.id(), FlowOperation.lockAndPublish());
    check(published.publishedVersionId() != null, "published " + published);
    FlowRun answer = w.triggerFlowSync(created.id(), null, Duration.ofSeconds(10));
    check(answer.output() instanceof Map && ((Map<?, ?>) answer.output()).get("answer") instanceof Number,
        "new flow output " + answer.output());

    // Connections: AppConnection, ConnectionType, ConnectionStatus, ConnectionValue.
    AppConnection connection = w.upsertConnection(UpsertConnectionParams.builder()
        .externalId("slack").displayName("Slack").pieceName("slack").type(ConnectionType.SECRET_TEXT)
        .value(ConnectionValue.secretText("xoxb-secret")).build());
    check(connection.type() == ConnectionType.SECRET_TEXT && connection.status() != ConnectionStatus.UNKNOWN,
        "connection " + connection);
    check(w.listConnections(ListConnectionsParams.builder().pieceName("slack").build()).data().contains(connection),
        "listConnections");

    // MCP servers: McpServer, McpTool, McpServerStatus.
    McpServer mcp = w.createMcpServer(CreateMcpServerParams.builder().name("tools").addTool("greet", hello.id()).build());
    check(mcp.status() == McpServerStatus.ENABLED && mcp.tools().equals(Collections.singletonList(McpTool.of("greet", hello.id()))),
        "mcp " + mcp);
    check(!w.rotateMcpToken(mcp.id()).token().equals(mcp.token()), "rotated token");
    check(w.listMcpServers(ListParams.builder().limit(1).build()).autoPager().iterator().hasNext(), "listMcpServers");

    // API keys: CreatedApiKey, ApiKey.
    CreatedApiKey key = client.auth().createApiKey("shrunk");
    check(key.key().length() > 8, "created key");
    boolean listed = false;
    for (ApiKey listedKey : client.auth().listApiKeys().autoPager()) listed |= listedKey.id().equals(key.id());
    check(listed, "listApiKeys");
    try (FlowClient byKey = FlowClient.builder().baseUrl(client.options().baseUrl().toString()).apiKey(key.key()).build()) {
      check(byKey.workflows().getFlow(hello.id()).id().equals(hello.id()), "API key client");
    }
    client.auth().revokeApiKey(key.id());

    // Errors: the error body decodes into a typed exception.
    try {
      w.getFlow("flow_does_not_exist");
      check(false, "expected a 404");
    } catch (NotFoundException e) {
      check(e.statusCode() == 404 && e.errorCode() != null && e.requestId() != null, "404 " + e);
    }

    client.auth().logout();
  }

  private static void check(boolean ok, String what) {
    if (!ok) throw new AssertionError("check failed: " + what);
    checks++;
  }
}
