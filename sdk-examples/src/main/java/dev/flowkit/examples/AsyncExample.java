package dev.flowkit.examples;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.AsyncWorkflows;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListRunsParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The asynchronous side: fifty triggers at once, waiting for all of them without a thread each,
 * then walking every run page by page without blocking, and one call with its own options.
 */
public final class AsyncExample {
  private AsyncExample() {}

  public static void main(String[] args) {
    try (ReferenceServer server = ReferenceServer.builder().start();
        FlowClient client =
            FlowClient.builder().baseUrl(server.url().toString()).apiKey(server.demoApiKey()).build()) {
      AsyncWorkflows async = client.async().workflows();
      String hello = server.flowId("Hello");

      // 1. Fifty triggers in flight at once (up to maxConcurrentRequests, 64 by default).
      List<CompletableFuture<FlowRun>> runs = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        runs.add(async.triggerFlow(hello, Collections.singletonMap("name", "user" + i))
            .thenCompose(run -> async.waitForRun(run.id(), Duration.ofSeconds(30))));
      }
      CompletableFuture.allOf(runs.toArray(new CompletableFuture<?>[0])).join();
      System.out.println("Finished runs: " + runs.size());

      // 2. Every run of the flow, ten per page, each page fetched asynchronously.
      AtomicInteger succeeded = new AtomicInteger();
      async.listRuns(ListRunsParams.builder().flowId(hello).limit(10).build())
          .thenCompose(page -> page.forEach(run -> {
            if (run.status().name().equals("SUCCEEDED")) succeeded.incrementAndGet();
          }))
          .join();
      System.out.println("Succeeded runs: " + succeeded.get());

      // 3. One call with its own timeout and no retries; the client is derived, not rebuilt.
      FlowRun quick = client.withOptions(o -> o.callTimeout(Duration.ofSeconds(5)).maxRetries(0))
          .workflows().triggerFlowSync(hello, Collections.singletonMap("name", "Ada"), Duration.ofSeconds(4));
      System.out.println("Quick run " + quick.status() + ": " + quick.output());
    }
  }
}
