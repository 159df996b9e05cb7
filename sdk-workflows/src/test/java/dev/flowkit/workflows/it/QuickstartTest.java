package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.Page;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.it.Outputs.Greeting;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Session;
import dev.flowkit.workflows.models.TriggeredBy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Seed 000's quickstart: log in, check the session, list flows, trigger one, read its output. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class QuickstartTest {
  @Test
  void loginSessionListTriggerGetRunAndReadOutput(ReferenceServer server) {
    try (FlowClient client = Clients.anonymous(server)) {
      Session login = client.auth().login(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD);
      assertTrue(login.authenticated());
      assertEquals(ReferenceServer.DEMO_EMAIL, login.user().email());
      assertEquals("Demo Workspace", login.workspace().name());
      assertEquals(List.of("iai_session"),
          client.sessionCookies().stream().map(c -> c.name()).collect(Collectors.toList()));

      Session session = client.auth().getSession();
      assertEquals(login.user().id(), session.user().id());
      assertEquals(login.workspace().workspaceId(), session.workspace().workspaceId());

      Page<Flow> flows = client.workflows().listFlows();
      // newest first: the seed order reversed
      assertEquals(List.of("Failing", "Slow", "Approval", "Story", "Hello"),
          flows.data().stream().map(f -> f.version().displayName()).collect(Collectors.toList()));
      assertFalse(flows.hasNextPage());
      Flow hello = flows.data().get(4);
      assertEquals(server.flowId("Hello"), hello.id());

      FlowRun started = client.workflows().triggerFlow(hello.id(), Map.of("name", "Ada"));
      assertTrue(started.id().startsWith("run_"), started.id());
      assertEquals(hello.id(), started.flowId());
      assertEquals(hello.publishedVersionId(), started.flowVersionId());
      assertEquals(TriggeredBy.MANUAL, started.triggeredBy());

      FlowRun done = client.workflows().waitForRun(started.id(), Duration.ofSeconds(10));
      assertEquals(RunStatus.SUCCEEDED, done.status());
      assertEquals(new Greeting("Hello, Ada!"), done.output(Greeting.class));
      assertEquals(Map.of("greeting", "Hello, Ada!"), done.output());
      assertEquals(Map.of("name", "Ada"), done.input());

      FlowRun fetched = client.workflows().getRun(started.id());
      assertEquals(done.output(), fetched.output());
      assertEquals(List.of("trigger", "greet"), List.copyOf(fetched.steps().keySet()));
      assertEquals(RunStatus.SUCCEEDED, fetched.steps().get("greet").status());
      assertNotNull(fetched.finishTime());
      assertNotNull(fetched.durationMs());
    }
  }

  @Test
  void sameQuickstartWithAnApiKey(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Session session = client.auth().getSession();
      assertEquals(ReferenceServer.DEMO_EMAIL, session.user().email());
      assertTrue(client.sessionCookies().isEmpty(), "an API key needs no session cookie");

      List<String> names = client.workflows().listFlows().data().stream()
          .map(f -> f.version().displayName()).collect(Collectors.toList());
      assertEquals(List.of("Failing", "Slow", "Approval", "Story", "Hello"), names);

      FlowRun run = client.workflows()
          .triggerFlowSync(server.flowId("Hello"), Map.of("name", "Bob"), Duration.ofSeconds(10));
      assertEquals(RunStatus.SUCCEEDED, run.status());
      assertEquals(TriggeredBy.API, run.triggeredBy());
      assertEquals("Hello, Bob!", run.output(Greeting.class).greeting());
      assertEquals(run.output(), client.workflows().getRun(run.id()).output());
      assertTrue(server.exchanges().stream().noneMatch(e -> e.path().equals("/api/auth/login")),
          "an API key client never logs in");
    }
  }
}
