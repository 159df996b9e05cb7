package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.ConflictException;
import dev.flowkit.core.FlowIoException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.AsyncWorkflows;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The asynchronous facade: same results as the blocking calls, concurrency, cancellation. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class AsyncTest {
  private static final int TRIGGERS = 200;

  @Test
  void asyncCallsGiveTheSameResultsAsBlockingOnes(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      AsyncWorkflows async = client.async().workflows();
      String hello = server.flowId("Hello");

      Flow flow = async.getFlow(hello).get(10, TimeUnit.SECONDS);
      assertEquals(client.workflows().getFlow(hello), flow);

      AsyncPage<Flow> first = async.listFlows(ListFlowsParams.builder().limit(2).build()).get(10, TimeUnit.SECONDS);
      assertEquals(2, first.data().size());
      AsyncPage<Flow> second = first.nextPage().get(10, TimeUnit.SECONDS);
      assertEquals(client.workflows().listFlows(ListFlowsParams.builder().limit(2).build()).nextPage().data(),
          second.data());
      List<Flow> all = new ArrayList<>();
      first.forEach(all::add).get(10, TimeUnit.SECONDS);
      assertEquals(client.workflows().listFlows().autoPager().stream().collect(Collectors.toList()), all);

      FlowRun run = async.triggerFlowSync(hello, Map.of("name", "Async"), Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS);
      assertEquals(RunStatus.SUCCEEDED, run.status());
      assertEquals(Map.of("greeting", "Hello, Async!"), run.output());
      assertEquals(run.id(), async.getRun(run.id()).get(10, TimeUnit.SECONDS).id());
      assertEquals(2, async.listRunSteps(run.id()).get(10, TimeUnit.SECONDS).size());

      Folder folder = async.createFolder(CreateFolderParams.of("Async")).get(10, TimeUnit.SECONDS);
      assertEquals("Async", async.getFolder(folder.id()).get(10, TimeUnit.SECONDS).displayName());
      async.deleteFolder(folder.id()).get(10, TimeUnit.SECONDS);

      ExecutionException missing =
          assertThrows(ExecutionException.class, () -> async.getFlow("flow_missing").get(10, TimeUnit.SECONDS));
      assertApiError(assertInstanceOf(NotFoundException.class, missing.getCause()), 404, "FLOW_NOT_FOUND");

      async.applyFlowOperation(hello, FlowOperation.changeStatus(FlowStatus.DISABLED)).get(10, TimeUnit.SECONDS);
      ExecutionException disabled =
          assertThrows(ExecutionException.class, () -> async.triggerFlow(hello, null).get(10, TimeUnit.SECONDS));
      assertApiError(assertInstanceOf(ConflictException.class, disabled.getCause()), 409, "CONFLICT");
    }
  }

  @Test
  void twoHundredConcurrentTriggersAllComplete(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      AsyncWorkflows async = client.async().workflows();
      String hello = server.flowId("Hello");
      List<CompletableFuture<FlowRun>> futures = new ArrayList<>();
      for (int i = 0; i < TRIGGERS; i++) {
        futures.add(async.triggerFlow(hello, Map.of("name", "n" + i)));
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);

      Set<String> runIds = new HashSet<>();
      Set<Object> inputs = new HashSet<>();
      for (CompletableFuture<FlowRun> f : futures) {
        FlowRun run = f.join();
        runIds.add(run.id());
        inputs.add(run.input());
        assertEquals(hello, run.flowId());
      }
      assertEquals(TRIGGERS, runIds.size());
      assertEquals(TRIGGERS, inputs.size());
      assertEquals(TRIGGERS, server.runsCreated(hello));

      // and every one of those runs ends SUCCEEDED (bounded wait)
      ListRunsParams succeeded = ListRunsParams.builder().flowId(hello).status(RunStatus.SUCCEEDED).limit(100).build();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      Set<String> done;
      do {
        done = client.workflows().listRuns(succeeded).autoPager().stream().map(FlowRun::id).collect(Collectors.toSet());
        if (done.size() == TRIGGERS) break;
        Thread.sleep(50);
      } while (System.nanoTime() < deadline);
      assertEquals(runIds, done);
    }
  }

  @Test
  void cancellingAFutureCancelsItsHttpCall(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      String approval = server.flowId("Approval");
      // a sync trigger of a flow that pauses: the server would hold the answer for 20 s
      CompletableFuture<FlowRun> future =
          client.async().workflows().triggerFlowSync(approval, null, Duration.ofSeconds(20));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (server.runsCreated(approval) == 0) {
        assertTrue(System.nanoTime() < deadline, "the trigger never reached the server");
        Thread.sleep(5);
      }
      assertEquals(1, Clients.SHARED_OKHTTP.dispatcher().runningCallsCount());

      assertTrue(future.cancel(true));

      assertTrue(future.isCancelled());
      assertThrows(CancellationException.class, future::join);
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (Clients.SHARED_OKHTTP.dispatcher().runningCallsCount() > 0) {
        assertTrue(System.nanoTime() < deadline, "the HTTP call is still running after cancel");
        Thread.sleep(5);
      }
      FlowRun paused = client.workflows().listRuns(ListRunsParams.builder().flowId(approval).build()).data().get(0);
      assertEquals(RunStatus.CANCELED, client.workflows().cancelRun(paused.id()).status());
    }
  }

  @Test
  void cancellingAListOrItsNextPageCancelsTheHttpCall(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      AsyncPage<Flow> first =
          client.async().workflows().listFlows(ListFlowsParams.builder().limit(1).build()).get(10, TimeUnit.SECONDS);
      assertTrue(first.hasNextPage());
      server.faults().on("GET", "/api/flows").times(3).delay(Duration.ofSeconds(5));
      assertCancelReachesTheHttpCall(() -> client.async().workflows().listFlows());
      assertCancelReachesTheHttpCall(first::nextPage);
      assertCancelReachesTheHttpCall(() -> first.forEach(flow -> {}));
    }
  }

  private static void assertCancelReachesTheHttpCall(java.util.function.Supplier<CompletableFuture<?>> call)
      throws InterruptedException {
    CompletableFuture<?> future = call.get();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (Clients.SHARED_OKHTTP.dispatcher().runningCallsCount() == 0) {
      assertTrue(System.nanoTime() < deadline, "the call never started");
      Thread.sleep(5);
    }
    assertTrue(future.cancel(true));
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (Clients.SHARED_OKHTTP.dispatcher().runningCallsCount() > 0) {
      assertTrue(System.nanoTime() < deadline, "the HTTP call is still running after cancel");
      Thread.sleep(5);
    }
  }

  @Test
  void closingTheClientEndsTheCallsInFlight(ReferenceServer server) throws Exception {
    String approval = server.flowId("Approval"); // a sync trigger the server holds for 20 s
    FlowClient client = FlowClient.builder().baseUrl(server.url().toString()).apiKey(server.demoApiKey()).build();
    CompletableFuture<FlowRun> async = client.async().workflows().triggerFlowSync(approval, null, Duration.ofSeconds(20));
    CompletableFuture<FlowRun> blocking = CompletableFuture.supplyAsync(
        () -> client.workflows().triggerFlowSync(approval, null, Duration.ofSeconds(20)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.runsCreated(approval) < 2) {
      assertTrue(System.nanoTime() < deadline, "the triggers never reached the server");
      Thread.sleep(5);
    }

    long closing = System.nanoTime();
    client.close();

    for (CompletableFuture<FlowRun> call : List.of(async, blocking)) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
      assertInstanceOf(FlowIoException.class, e.getCause());
    }
    assertTrue(System.nanoTime() - closing < TimeUnit.SECONDS.toNanos(3), "ended promptly");
  }

  @Test
  void interruptingABlockedCallEndsItPromptly(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.apiKey(server)) {
      String approval = server.flowId("Approval"); // a sync trigger the server holds for 20 s
      CompletableFuture<Throwable> failure = new CompletableFuture<>();
      CompletableFuture<Boolean> flagKept = new CompletableFuture<>();
      Thread caller = new Thread(() -> {
        try {
          client.workflows().triggerFlowSync(approval, null, Duration.ofSeconds(20));
          failure.complete(null);
        } catch (RuntimeException e) {
          failure.complete(e);
        }
        flagKept.complete(Thread.currentThread().isInterrupted());
      });
      caller.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (server.runsCreated(approval) == 0) {
        assertTrue(System.nanoTime() < deadline, "the trigger never reached the server");
        Thread.sleep(5);
      }
      Thread.sleep(100); // the call is now waiting for its answer

      long interrupted = System.nanoTime();
      caller.interrupt();

      Throwable e = failure.get(5, TimeUnit.SECONDS);
      assertTrue(System.nanoTime() - interrupted < TimeUnit.SECONDS.toNanos(2), "ended promptly");
      assertInstanceOf(FlowIoException.class, e);
      assertTrue(e.getMessage().contains("was interrupted"), e.getMessage());
      assertTrue(flagKept.get(5, TimeUnit.SECONDS), "the thread keeps its interrupt flag");
      caller.join(5_000);
    }
  }
}
