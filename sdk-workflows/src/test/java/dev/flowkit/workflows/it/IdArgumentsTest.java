package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.UpdateFolderParams;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * An id the caller passes becomes one path segment, or the call is refused before any request:
 * null, blank, and the dot segments {@code .} and {@code ..}, which every URL resolves to "this"
 * or "the parent" and which would therefore address another resource.
 */
@ReferenceServerTest
class IdArgumentsTest {
  private static Map<String, Consumer<String>> idTakingCalls(Workflows w) {
    Map<String, Consumer<String>> calls = new LinkedHashMap<>();
    calls.put("getFlow", w::getFlow);
    calls.put("deleteFlow", w::deleteFlow);
    calls.put("applyFlowOperation", id -> w.applyFlowOperation(id, FlowOperation.changeName("x")));
    calls.put("listVersions", w::listVersions);
    calls.put("getVersion", id -> w.getVersion(id, "fv_1"));
    calls.put("getVersion(versionId)", id -> w.getVersion("flow_1", id));
    calls.put("triggerFlow", id -> w.triggerFlow(id, null));
    calls.put("triggerFlowSync", id -> w.triggerFlowSync(id, null, Duration.ofSeconds(1)));
    calls.put("streamFlow", id -> w.streamFlow(id, null, new RunEventListener() {}));
    calls.put("getRun", w::getRun);
    calls.put("listRunSteps", w::listRunSteps);
    calls.put("approveRun", w::approveRun);
    calls.put("cancelRun", w::cancelRun);
    calls.put("streamRun", id -> w.streamRun(id, new RunEventListener() {}));
    calls.put("getFolder", w::getFolder);
    calls.put("updateFolder", id -> w.updateFolder(id, UpdateFolderParams.builder().displayName("x").build()));
    calls.put("deleteFolder", w::deleteFolder);
    calls.put("getConnection", w::getConnection);
    calls.put("deleteConnection", w::deleteConnection);
    calls.put("getMcpServer", w::getMcpServer);
    calls.put("deleteMcpServer", w::deleteMcpServer);
    calls.put("rotateMcpToken", w::rotateMcpToken);
    return calls;
  }

  @Test
  void badIdsAreRefusedBeforeAnyRequest(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      for (Map.Entry<String, Consumer<String>> call : idTakingCalls(client.workflows()).entrySet()) {
        String name = call.getKey();
        assertThrows(NullPointerException.class, () -> call.getValue().accept(null), name);
        for (String blank : new String[] {"", " "}) {
          assertThrows(IllegalArgumentException.class, () -> call.getValue().accept(blank), name);
        }
        for (String dots : new String[] {".", ".."}) {
          IllegalArgumentException e =
              assertThrows(IllegalArgumentException.class, () -> call.getValue().accept(dots), name + "(\"" + dots + "\")");
          assertTrue(e.getMessage().contains("\"" + dots + "\""), e.getMessage());
        }
      }
      assertThrows(IllegalArgumentException.class, () -> client.auth().revokeApiKey(".."));
      assertEquals(0, server.exchanges().size(), "no request was sent");
    }
  }

  @Test
  void idsThatOnlyLookLikePathsStayOneSegment(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      for (String id : new String[] {"...", "a/..", "../flows", "%2e%2e", "?x=1#y"}) {
        assertThrows(dev.flowkit.core.NotFoundException.class, () -> client.workflows().getFlow(id), id);
      }
      server.exchanges().forEach(x -> assertTrue(x.path().startsWith("/api/flows/"), x.path()));
      assertEquals(5, server.exchanges().size());
    }
  }
}
