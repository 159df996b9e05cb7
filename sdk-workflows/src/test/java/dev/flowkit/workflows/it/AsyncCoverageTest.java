package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.AsyncAuthService;
import dev.flowkit.workflows.AsyncWorkflows;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calls the asynchronous side gained: runs, waiting, approval, streams, auth, paging. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class AsyncCoverageTest {
  @Test
  void runCallsWaitAndApproveAsynchronously(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      AsyncWorkflows async = client.async().workflows();
      FlowRun started = async.triggerFlow(server.flowId("Approval"), null).get(10, TimeUnit.SECONDS);

      FlowRun paused = async.waitForRun(started.id(), Duration.ofMillis(300)).get(10, TimeUnit.SECONDS);
      assertEquals(RunStatus.PAUSED, Clients.awaitStatus(client.workflows(), started.id(), RunStatus.PAUSED).status());
      assertFalse(paused.isTerminal(), "the wait ends at its timeout with the live run");

      async.approveRun(started.id()).get(10, TimeUnit.SECONDS);
      FlowRun done = async.waitForRun(started.id(), Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS);
      assertEquals(RunStatus.SUCCEEDED, done.status());

      List<FlowRun> latest = async.listLatestRuns().get(10, TimeUnit.SECONDS);
      assertEquals(started.id(), latest.get(0).id());
      assertEquals(started.id(), async.listRuns().get(10, TimeUnit.SECONDS).data().get(0).id());
    }
  }

  @Test
  void waitForRunFailsWithTheCallsError(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> client.async().workflows().waitForRun("run_missing", Duration.ofSeconds(1)).get(10, TimeUnit.SECONDS));
      Clients.assertApiError(assertInstanceOf(dev.flowkit.core.NotFoundException.class, e.getCause()), 404, "RUN_NOT_FOUND");
    }
  }

  @Test
  void streamsFromTheAsyncSideDeliverEveryEvent(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
      RunEventListener listener = new RunEventListener() {
        @Override
        public void onEvent(RunSubscription subscription, RunEvent event) {
          events.add(event);
        }
      };
      RunSubscription live =
          client.async().workflows().streamFlow(server.flowId("Hello"), Collections.singletonMap("name", "A"), listener);
      RunEvent.Output output = live.completion().get(10, TimeUnit.SECONDS);
      assertNotNull(live.runId());

      RunSubscription replay = client.async().workflows().streamRun(live.runId(), listener);
      assertEquals(output, replay.completion().get(10, TimeUnit.SECONDS));
      assertTrue(replay.awaitCompletion(Duration.ofSeconds(10)));
    }
  }

  @Test
  void authCallsAndApiKeyPagesAreAsynchronous(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.anonymous(server)) {
      AsyncAuthService auth = client.async().auth();
      Session session = auth.login(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD).get(10, TimeUnit.SECONDS);
      assertEquals(ReferenceServer.DEMO_EMAIL, session.user().email());
      assertEquals(session.user().id(), auth.getSession().get(10, TimeUnit.SECONDS).user().id());

      List<String> created = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        CreatedApiKey key = auth.createApiKey("async-" + i).get(10, TimeUnit.SECONDS);
        created.add(key.id());
      }
      AsyncPage<ApiKey> first = auth.listApiKeys(ListParams.builder().limit(1).build()).get(10, TimeUnit.SECONDS);
      List<String> walked = new ArrayList<>();
      first.forEach(key -> walked.add(key.id())).get(10, TimeUnit.SECONDS);
      assertTrue(walked.containsAll(created), walked + " holds " + created);
      assertFalse(auth.listApiKeys().get(10, TimeUnit.SECONDS).data().isEmpty());

      auth.revokeApiKey(created.get(0)).get(10, TimeUnit.SECONDS);
      auth.logout().get(10, TimeUnit.SECONDS);
      assertTrue(client.sessionCookies().isEmpty());
      ExecutionException e = assertThrows(ExecutionException.class, () -> auth.getSession().get(10, TimeUnit.SECONDS));
      assertInstanceOf(UnauthorizedException.class, e.getCause());
    }
  }

  @Test
  void nextPageDoesNotBlockTheCaller(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      AsyncWorkflows async = client.async().workflows();
      AsyncPage<Flow> first =
          async.listFlows(dev.flowkit.workflows.models.ListFlowsParams.builder().limit(2).build()).get(10, TimeUnit.SECONDS);
      server.faults().on("GET", "/api/flows").delay(Duration.ofMillis(500));
      long start = System.nanoTime();
      CompletableFuture<AsyncPage<Flow>> next = first.nextPage();
      long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertFalse(next.isDone(), "the next page is still on its way");
      assertTrue(tookMillis < 400, "nextPage() returned after " + tookMillis + " ms");
      assertEquals(2, next.get(10, TimeUnit.SECONDS).data().size());
    }
  }
}
