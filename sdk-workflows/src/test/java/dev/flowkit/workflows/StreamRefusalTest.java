package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.StreamException;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.server.RecordedExchange;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answers that mean "do not reconnect" end the stream after exactly one request. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class StreamRefusalTest {
  @Test
  void noContentClosesCleanly(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      FlowRun run = client.workflows().triggerFlowSync(server.flowId("Hello"), Map.of("name", "Ada"), Duration.ofSeconds(10));
      server.faults().on("GET", "/api/runs/*/events").respondRaw(204, "text/plain", "");
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription subscription = client.workflows().streamRun(run.id(), recorder);
      assertTrue(subscription.awaitCompletion(Duration.ofSeconds(5)));

      assertEquals(List.of(), recorder.errors);
      assertEquals(List.of(), recorder.events);
      assertTrue(recorder.closed.get());
      assertEquals(1, eventRequests(server));
    }
  }

  @Test
  void unknownRunIsNotFoundWithoutRetrying(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription subscription = client.workflows().streamRun("run_missing", recorder);
      assertTrue(subscription.awaitCompletion(Duration.ofSeconds(5)));

      assertEquals(1, recorder.errors.size());
      NotFoundException e = assertInstanceOf(NotFoundException.class, recorder.errors.get(0));
      assertEquals("RUN_NOT_FOUND", e.errorCode());
      assertEquals(List.of(), recorder.reconnects);
      assertEquals(1, eventRequests(server));
    }
  }

  @Test
  void badCredentialsAreUnauthorizedWithoutRetrying(ReferenceServer server) throws Exception {
    try (FlowClient client = FlowClient.builder().baseUrl(server.url().toString()).apiKey("fk_wrong_key_0000000000").build()) {
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription subscription = client.workflows().streamRun("run_any", recorder);
      assertTrue(subscription.awaitCompletion(Duration.ofSeconds(5)));

      assertInstanceOf(UnauthorizedException.class, recorder.errors.get(0));
      assertEquals(1, eventRequests(server));
    }
  }

  @Test
  void anHtmlPageIsAStreamErrorWithoutRetrying(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.uncheckedClient(server)) {
      server.faults().on("GET", "/api/runs/*/events").respondRaw(200, "text/html", "<html><body>Proxy login</body></html>");
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription subscription = client.workflows().streamRun("run_any", recorder);
      assertTrue(subscription.awaitCompletion(Duration.ofSeconds(5)));

      StreamException e = assertInstanceOf(StreamException.class, recorder.errors.get(0));
      assertTrue(e.getMessage().contains("text/html"), e.getMessage());
      assertEquals(1, eventRequests(server));
    }
  }

  @Test
  void aDisabledFlowsStreamIsAConflict(ReferenceServer server) throws Exception {
    try (FlowClient client = StreamFixtures.client(server)) {
      String flowId = server.flowId("Hello");
      client.workflows().applyFlowOperation(flowId, FlowOperation.changeStatus(FlowStatus.DISABLED));
      StreamFixtures.Recorder recorder = new StreamFixtures.Recorder();
      RunSubscription subscription = client.workflows().streamFlow(flowId, Map.of(), recorder);
      assertTrue(subscription.awaitCompletion(Duration.ofSeconds(5)));
      assertInstanceOf(dev.flowkit.core.ConflictException.class, recorder.errors.get(0));
      assertEquals(0, server.runsCreated(flowId));
    }
  }

  private static long eventRequests(ReferenceServer server) {
    return server.exchanges().stream().filter(StreamRefusalTest::isEvents).count();
  }

  private static boolean isEvents(RecordedExchange exchange) {
    return exchange.path().endsWith("/events");
  }
}
