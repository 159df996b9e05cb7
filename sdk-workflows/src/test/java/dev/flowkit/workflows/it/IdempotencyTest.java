package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.RecordedExchange;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.ConnectionType;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.TriggerFlowParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every POST that creates something carries an Idempotency-Key: fresh per call, the same on every
 * attempt of it. That is what lets a dropped connection or a 5xx on a create be retried without
 * creating twice.
 */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class IdempotencyTest {
  private static FlowClient client(ReferenceServer server) {
    return Clients.base(server).apiKey(server.demoApiKey()).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5)).build();
  }

  @Test
  void everyCreatingPostCarriesOneKeyForAllItsAttempts(ReferenceServer server) {
    String hello = server.flowId("Hello");
    Set<String> keys = new HashSet<>();
    try (FlowClient client = client(server)) {
      Workflows w = client.workflows();
      Flow flow = once(server, keys, "/api/flows", () -> w.createFlow(CreateFlowParams.builder().displayName("Keyed").build()));
      once(server, keys, "/api/flows/" + flow.id(), () -> w.applyFlowOperation(flow.id(), FlowOperation.changeName("Renamed")));
      once(server, keys, "/api/flows/" + hello + "/run", () -> w.triggerFlow(hello, Map.of("name", "Ada")));
      once(server, keys, "/api/folders", () -> w.createFolder(CreateFolderParams.of("Keyed")));
      once(server, keys, "/api/app-connections", () -> w.upsertConnection(UpsertConnectionParams.builder()
          .externalId("ext-1").displayName("Slack").pieceName("slack").type(ConnectionType.SECRET_TEXT)
          .value(dev.flowkit.workflows.models.ConnectionValue.secretText("xoxb")).build()));
      McpServer mcp = once(server, keys, "/api/mcp-servers", () -> w.createMcpServer(CreateMcpServerParams.builder().build()));
      once(server, keys, "/api/mcp-servers/" + mcp.id() + "/rotate", () -> w.rotateMcpToken(mcp.id()));
      once(server, keys, "/api/auth/api-keys", () -> client.auth().createApiKey("ci"));
    }
    assertEquals(8, keys.size(), "a fresh key per call");
  }

  /** Runs {@code call} with its first attempt refused (503), checking both attempts share a key. */
  private static <T> T once(ReferenceServer server, Set<String> keys, String path, Supplier<T> call) {
    server.faults().on("POST", path).times(1).respond(503, 0);
    server.clearExchanges();
    T result = call.get();
    List<String> sent =
        server.exchanges().stream().filter(x -> x.method().equals("POST") && x.path().equals(path))
            .map(x -> x.requestHeaders().get("Idempotency-Key")).collect(Collectors.toList());
    assertEquals(2, sent.size(), path + ": one refused attempt and its retry");
    assertNotNull(sent.get(0), path + " carries a key");
    assertEquals(sent.get(0), sent.get(1), path + ": the retry repeats the key");
    keys.add(sent.get(0));
    return result;
  }

  @Test
  void aCreateWhoseConnectionDropsAfterTheServerActedIsRetriedAndCreatesOnce(ReferenceServer server) {
    server.faults().on("POST", "/api/folders").times(1).resetConnection();
    server.faults().on("POST", "/api/flows").times(1).halfBody();
    server.faults().on("POST", "/api/mcp-servers").times(1).respond(500);
    try (FlowClient client = client(server)) {
      Workflows w = client.workflows();
      int mcpBefore = w.listMcpServers().data().size();
      Folder folder = w.createFolder(CreateFolderParams.of("Once"));
      Flow flow = w.createFlow(CreateFlowParams.builder().displayName("Once").build());
      McpServer mcp = w.createMcpServer(CreateMcpServerParams.builder().build());
      assertEquals(1, w.listFolders().data().stream().filter(f -> f.displayName().equals("Once")).count());
      assertEquals(1, w.listFlows().data().stream().filter(f -> f.version().displayName().equals("Once")).count());
      assertEquals(mcpBefore + 1, w.listMcpServers().data().size());
      assertEquals(folder.id(), w.getFolder(folder.id()).id());
      assertEquals(flow.id(), w.getFlow(flow.id()).id());
      assertEquals(mcp.id(), w.getMcpServer(mcp.id()).id());
    }
    List<RecordedExchange> folderPosts =
        server.exchanges().stream().filter(x -> x.method().equals("POST") && x.path().equals("/api/folders"))
            .collect(Collectors.toList());
    assertEquals(2, folderPosts.size());
    assertEquals("true", folderPosts.get(1).responseHeaders().get("Idempotent-Replayed"));
  }

  @Test
  void twoCallsWithTheSameParamsAreTwoCreates(ReferenceServer server) {
    try (FlowClient client = client(server)) {
      Folder a = client.workflows().createFolder(CreateFolderParams.of("Twice"));
      Folder b = client.workflows().createFolder(CreateFolderParams.of("Twice"));
      assertNotEquals(a.id(), b.id(), "a new call is a new key, not a replay");
    }
  }

  @Test
  void aRepeatWhileTheFirstIsStillRunningGetsTheFirstsAnswer(ReferenceServer server) throws Exception {
    String slow = server.flowId("Slow"); // a 2 s DELAY: the sync trigger holds its key that long
    TriggerFlowParams keyed = TriggerFlowParams.builder().idempotencyKey("order-1234").build();
    try (FlowClient client = client(server)) {
      CompletableFuture<FlowRun> first = CompletableFuture.supplyAsync(
          () -> client.workflows().triggerFlowSync(slow, Map.of(), Duration.ofSeconds(10), keyed));
      for (int i = 0; i < 500 && server.runsCreated(slow) == 0; i++) Thread.sleep(10);
      assertEquals(1, server.runsCreated(slow), "the first trigger reached the server");

      // The server answers 409 IDEMPOTENCY_IN_PROGRESS (Retry-After: 1) until the first is done.
      FlowRun second = client.workflows().triggerFlowSync(slow, Map.of(), Duration.ofSeconds(10), keyed);
      assertEquals(first.get(15, TimeUnit.SECONDS).id(), second.id());
      assertEquals(RunStatus.SUCCEEDED, second.status());
    }
    assertEquals(1, server.runsCreated(slow));
    List<Integer> statuses = server.exchanges().stream()
        .filter(x -> x.method().equals("POST") && x.path().equals("/api/flows/" + slow + "/run"))
        .map(RecordedExchange::status).collect(Collectors.toList());
    assertTrue(statuses.contains(409), statuses.toString());
    assertEquals(200, (int) statuses.get(statuses.size() - 1), statuses.toString());
  }
}
