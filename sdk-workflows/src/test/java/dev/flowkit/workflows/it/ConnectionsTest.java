package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.NotFoundException;
import dev.flowkit.server.RecordedExchange;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.ConnectionStatus;
import dev.flowkit.workflows.models.ConnectionType;
import dev.flowkit.workflows.models.ConnectionValue;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** App connections: upsert by externalId, list, get, delete; the secret never comes back. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class ConnectionsTest {
  private static final String SECRET = "sk-live-0123456789abcdef";
  private static final String ROTATED = "sk-live-rotated-fedcba9876";

  @Test
  void upsertWithTheSameExternalIdUpdatesInsteadOfDuplicating(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      UpsertConnectionParams params = UpsertConnectionParams.builder()
          .externalId("openai-main").displayName("OpenAI").pieceName("openai")
          .type(ConnectionType.SECRET_TEXT).value(ConnectionValue.secretText(SECRET)).build();

      AppConnection created = w.upsertConnection(params);
      assertTrue(created.id().startsWith("conn_"), created.id());
      assertEquals("openai-main", created.externalId());
      assertEquals("OpenAI", created.displayName());
      assertEquals(ConnectionType.SECRET_TEXT, created.type());
      assertEquals(ConnectionStatus.ACTIVE, created.status());

      AppConnection updated = w.upsertConnection(params.toBuilder()
          .displayName("OpenAI (rotated)").value(ConnectionValue.secretText(ROTATED)).build());
      assertEquals(created.id(), updated.id(), "same externalId, same connection");
      assertEquals("OpenAI (rotated)", updated.displayName());
      assertEquals(List.of(created.id()), ids(w.listConnections().data()));
      assertEquals(List.of(201, 200), Clients.exchanges(server, "POST", "/api/app-connections").stream()
          .map(RecordedExchange::status).collect(Collectors.toList()));
      assertEquals(updated, w.getConnection(created.id()));

      for (RecordedExchange e : server.exchanges()) {
        assertFalse(e.responseBody().contains(SECRET) || e.responseBody().contains(ROTATED),
            "a secret came back in " + e);
      }
      for (Object shown : List.of(params, params.value(), created, updated)) {
        assertFalse(shown.toString().contains(SECRET), shown.toString());
      }
    }
  }

  @Test
  void listFiltersByPieceNameOnEveryPage(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      AppConnection slack1 = w.upsertConnection(basic("slack", "s1"));
      w.upsertConnection(basic("github", "g1"));
      AppConnection slack2 = w.upsertConnection(basic("slack", "s2"));
      AppConnection none = w.upsertConnection(UpsertConnectionParams.builder()
          .displayName("Public").pieceName("http").type(ConnectionType.NO_AUTH).build());
      assertEquals(none.id(), none.externalId(), "a generated externalId");

      List<AppConnection> slack = w.listConnections(ListConnectionsParams.builder().pieceName("slack").limit(1).build())
          .autoPager().stream().collect(Collectors.toList());
      assertEquals(List.of(slack2.id(), slack1.id()), ids(slack));
      assertEquals(4, w.listConnections().data().size());
    }
  }

  @Test
  void deleteConnectionRemovesItAndMissingIdsAreNotFound(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      AppConnection c = w.upsertConnection(basic("slack", "x"));
      w.deleteConnection(c.id());
      assertApiError(assertThrows(NotFoundException.class, () -> w.getConnection(c.id())), 404, "CONNECTION_NOT_FOUND");
      assertApiError(assertThrows(NotFoundException.class, () -> w.deleteConnection(c.id())), 404, "CONNECTION_NOT_FOUND");
      assertEquals(List.of(), w.listConnections().data());
    }
  }

  @Test
  void upsertBuilderNeedsAValueForSecretTypes(ReferenceServer server) {
    assertEquals("value is required for type BASIC_AUTH", assertThrows(IllegalStateException.class,
        () -> UpsertConnectionParams.builder().displayName("x").pieceName("p").type(ConnectionType.BASIC_AUTH).build())
        .getMessage());
    assertEquals("displayName is required", assertThrows(IllegalStateException.class,
        () -> UpsertConnectionParams.builder().pieceName("p").type(ConnectionType.NO_AUTH).build()).getMessage());
    assertTrue(server.exchanges().isEmpty());
  }

  private static UpsertConnectionParams basic(String piece, String externalId) {
    return UpsertConnectionParams.builder().externalId(externalId).displayName(piece + " " + externalId)
        .pieceName(piece).type(ConnectionType.BASIC_AUTH).value(ConnectionValue.basicAuth("bot", SECRET)).build();
  }

  private static List<String> ids(List<AppConnection> connections) {
    return connections.stream().map(AppConnection::id).collect(Collectors.toList());
  }
}
