package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flowkit.core.FlowIoException;
import dev.flowkit.core.InternalServerException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.TriggerFlowParams;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Retries against injected faults, proven exactly-once from the server's side. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class ReliabilityTest {
  @Test
  void retriesOn503ThenSucceeds(ReferenceServer server) {
    // Retry-After: 1 (OkHttp itself repeats a 503 that says 0 once, which would blur the count).
    server.faults().on("GET", "/api/flows").times(1).respond(503, 1);
    try (FlowClient client = Clients.apiKey(server)) {
      assertEquals(5, client.workflows().listFlows().data().size());
    }
    assertEquals(2, server.exchanges().stream().filter(x -> x.path().equals("/api/flows")).count());
  }

  @Test
  void rateLimitedTriggerIsRetriedAndRunsOnce(ReferenceServer server) {
    String flowId = server.flowId("Hello");
    server.faults().on("POST", "/api/flows/*/run").times(1).respond(429, 0);
    try (FlowClient client = Clients.apiKey(server)) {
      FlowRun run = client.workflows().triggerFlow(flowId, Map.of("name", "Ada"));
      assertEquals(flowId, run.flowId());
    }
    assertEquals(1, server.runsCreated(flowId));
  }

  @Test
  void aLostTriggerAnswerWithAnIdempotencyKeyIsRetriedAndRunsOnce(ReferenceServer server) {
    String flowId = server.flowId("Hello");
    // The server starts the run, then the connection drops before the answer arrives.
    server.faults().on("POST", "/api/flows/*/run").times(1).resetConnection();
    try (FlowClient client = Clients.apiKey(server)) {
      FlowRun run =
          client.workflows().triggerFlow(flowId, Map.of("name", "Ada"),
              TriggerFlowParams.builder().idempotencyKey("order-1234").build());
      assertEquals(flowId, run.flowId());
    }
    assertEquals(1, server.runsCreated(flowId), "the retry was answered from the idempotency store");
  }

  @Test
  void aLostTriggerAnswerWithoutAKeyIsNotRetried(ReferenceServer server) {
    String flowId = server.flowId("Hello");
    server.faults().on("POST", "/api/flows/*/run").times(1).resetConnection();
    try (FlowClient client = Clients.apiKey(server)) {
      assertThrows(FlowIoException.class, () -> client.workflows().triggerFlow(flowId, Map.of("name", "Ada")));
    }
    assertEquals(1, server.runsCreated(flowId), "never a second run the caller did not ask for");
  }

  @Test
  void persistentFailureSurfacesAfterTheRetryBudget(ReferenceServer server) {
    server.faults().on("GET", "/api/flows").times(5).respond(503, 1);
    try (FlowClient client = Clients.base(server).apiKey(server.demoApiKey()).maxRetries(1).build()) {
      InternalServerException e = assertThrows(InternalServerException.class, () -> client.workflows().listFlows());
      assertEquals(503, e.statusCode());
    }
    assertEquals(2, server.exchanges().stream().filter(x -> x.path().equals("/api/flows")).count());
  }
}
