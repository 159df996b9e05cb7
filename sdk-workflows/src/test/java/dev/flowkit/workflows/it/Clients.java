package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowkit.server.RecordedExchange;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractValidator;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Step;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/** Clients of a {@link ReferenceServer} for the integration tests, and small shared helpers. */
final class Clients {
  /** One pool for every test; each exchange is checked against openapi/flow-api.yaml. */
  static final OkHttpClient SHARED_OKHTTP =
      new OkHttpClient.Builder().addNetworkInterceptor(ContractValidator.interceptor()).build();

  private Clients() {}

  /** A client authenticated with the demo user's seeded API key. */
  static FlowClient apiKey(ReferenceServer server) {
    return apiKey(server, server.demoApiKey());
  }

  /** A client authenticated with {@code key}. */
  static FlowClient apiKey(ReferenceServer server, String key) {
    return base(server).apiKey(key).build();
  }

  /** A client that logs in as the demo user on its first call and again when the session expires. */
  static FlowClient session(ReferenceServer server) {
    return credentials(server, ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD);
  }

  /** A client that logs in lazily with these credentials. */
  static FlowClient credentials(ReferenceServer server, String email, String password) {
    return base(server).credentials(email, password).build();
  }

  /** A client with no credentials at all (to call {@code auth().login} by hand). */
  static FlowClient anonymous(ReferenceServer server) {
    return base(server).build();
  }

  static FlowClient.Builder base(ReferenceServer server) {
    return FlowClient.builder().baseUrl(server.url().toString()).okHttpClient(SHARED_OKHTTP);
  }

  /** Creates a flow with this chain and publishes it, so it can be triggered. */
  static Flow publishedFlow(Workflows workflows, String name, Step trigger) {
    Flow created = workflows.createFlow(CreateFlowParams.builder().displayName(name).trigger(trigger).build());
    return workflows.applyFlowOperation(created.id(), FlowOperation.lockAndPublish());
  }

  /** Polls the run (bounded by {@code timeout}) until {@code until} holds; fails otherwise. */
  static FlowRun awaitRun(Workflows workflows, String runId, Predicate<FlowRun> until, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    FlowRun run = workflows.getRun(runId);
    while (!until.test(run)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("run " + runId + " did not reach the expected state in " + timeout + ": " + run);
      }
      Thread.sleep(20);
      run = workflows.getRun(runId);
    }
    return run;
  }

  /** Polls until the run has {@code status}. */
  static FlowRun awaitStatus(Workflows workflows, String runId, RunStatus status) throws InterruptedException {
    return awaitRun(workflows, runId, r -> r.status() == status, Duration.ofSeconds(10));
  }

  /** The names of a chain's steps, in order. */
  static List<String> names(Step trigger) {
    return trigger.chain().stream().map(Step::name).collect(Collectors.toList());
  }

  /** The recorded exchanges whose method and path match. */
  static List<RecordedExchange> exchanges(ReferenceServer server, String method, String path) {
    return server.exchanges().stream()
        .filter(e -> e.method().equals(method) && e.path().equals(path))
        .collect(Collectors.toList());
  }

  /** Asserts the exception's status, code and that it carries a request id. */
  static void assertApiError(dev.flowkit.core.FlowApiException e, int status, String code) {
    assertEquals(status, e.statusCode(), e.toString());
    assertEquals(code, e.errorCode(), e.toString());
    if (e.requestId() == null || !e.requestId().startsWith("req_")) {
      throw new AssertionError("no request id in " + e);
    }
  }
}
