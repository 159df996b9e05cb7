package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.FlowException;
import dev.flowkit.server.Faults;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListRunsParams;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The proof that a trigger runs once: 1,000 triggers, each met by a seeded random mix of faults
 * on its attempts — 503 and 429 with Retry-After, 408, a reset after the server created the
 * run, and a body cut mid-way. With at most {@code maxRetries} faults a trigger must return its
 * run; with more it must fail with a typed {@link FlowException}. Either way the server holds at
 * most one run per trigger, and exactly one for every trigger that returned.
 */
@ReferenceServerTest
class ThousandTriggersTest {
  private static final int TRIGGERS = 1000;
  private static final int MAX_RETRIES = 3;
  private static final long SEED = 20261130L;

  @Test
  void everyTriggerRunsAtMostOnceAndEveryCallReturnsItsRunOrATypedError(ReferenceServer server) {
    String flowId = server.flowId("Hello");
    String path = "/api/flows/" + flowId + "/run";
    Random random = new Random(SEED);
    Map<Integer, String> returned = new HashMap<>();
    int ok = 0;
    int typedErrors = 0;
    int faultsInjected = 0;
    try (FlowClient client =
        FlowClient.builder().baseUrl(server.url().toString()).apiKey(server.demoApiKey()).maxRetries(MAX_RETRIES)
            .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(2)).build()) {
      for (int n = 0; n < TRIGGERS; n++) {
        // Mostly 0..3 faults (a retry budget of 3 absorbs them); one trigger in 25 gets 4.
        int faults = random.nextInt(25) == 0 ? MAX_RETRIES + 1 : random.nextInt(MAX_RETRIES + 1);
        for (int f = 0; f < faults; f++) inject(server.faults().on("POST", path), random.nextInt(5));
        faultsInjected += faults;
        try {
          FlowRun run = client.workflows().triggerFlow(flowId, Map.of("n", n));
          assertTrue(faults <= MAX_RETRIES, "trigger " + n + " succeeded through " + faults + " faults");
          returned.put(n, run.id());
          ok++;
        } catch (FlowException e) {
          assertEquals(MAX_RETRIES + 1, faults, "trigger " + n + " failed with " + faults + " faults: " + e);
          typedErrors++;
        }
        server.faults().clear();
      }

      Map<Integer, Integer> runsPerTrigger = new HashMap<>();
      Map<Integer, String> runIdPerTrigger = new HashMap<>();
      int listed = 0;
      Iterator<FlowRun> runs =
          client.workflows().listRuns(ListRunsParams.builder().flowId(flowId).limit(100).build()).autoPager().iterator();
      while (runs.hasNext() && listed <= 2 * TRIGGERS) {
        FlowRun run = runs.next();
        listed++;
        Object n = ((Map<?, ?>) run.input()).get("n");
        if (n == null) continue; // a seeded run, not one of ours
        int trigger = ((Number) n).intValue();
        runsPerTrigger.merge(trigger, 1, Integer::sum);
        runIdPerTrigger.put(trigger, run.id());
      }
      for (Map.Entry<Integer, Integer> entry : runsPerTrigger.entrySet()) {
        assertEquals(1, entry.getValue(), "trigger " + entry.getKey() + " ran more than once");
      }
      for (Map.Entry<Integer, String> entry : returned.entrySet()) {
        assertEquals(entry.getValue(), runIdPerTrigger.get(entry.getKey()), "trigger " + entry.getKey() + "'s run");
      }
      int runsCreated = runsPerTrigger.size();
      assertEquals(TRIGGERS, ok + typedErrors);
      assertTrue(ok > 900, ok + " calls returned their run");
      assertTrue(typedErrors > 0, "some triggers met more faults than the retry budget");
      System.out.printf(
          "1000 triggers: %d faults injected, %d calls returned their run, %d typed errors, %d runs created"
              + " (server runsCreated=%d), no trigger ran twice%n",
          faultsInjected, ok, typedErrors, runsCreated, server.runsCreated(flowId));
    }
  }

  private static void inject(Faults.Rule rule, int kind) {
    switch (kind) {
      case 0:
        rule.respond(503, 0);
        break;
      case 1:
        rule.respond(429, 0);
        break;
      case 2:
        rule.respond(408, 0);
        break;
      case 3:
        rule.resetConnection(); // the server created the run, the answer is lost
        break;
      default:
        rule.halfBody(); // the server created the run, the answer is cut mid-body
        break;
    }
  }
}
