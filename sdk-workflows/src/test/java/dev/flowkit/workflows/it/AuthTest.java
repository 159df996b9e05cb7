package dev.flowkit.workflows.it;

import static dev.flowkit.workflows.it.Clients.assertApiError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.InternalServerException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.PermissionDeniedException;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.ListParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logging in and out, lazy login and re-login, API keys, and other workspaces. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class AuthTest {
  @Test
  void loginWithAWrongPasswordIsUnauthorized(ReferenceServer server) {
    try (FlowClient client = Clients.anonymous(server)) {
      UnauthorizedException e = assertThrows(UnauthorizedException.class,
          () -> client.auth().login(ReferenceServer.DEMO_EMAIL, "not-the-password"));
      assertApiError(e, 401, "UNAUTHENTICATED");
      assertTrue(client.sessionCookies().isEmpty());
    }
  }

  @Test
  void callsWithoutCredentialsAreUnauthorized(ReferenceServer server) {
    try (FlowClient client = Clients.anonymous(server)) {
      assertApiError(assertThrows(UnauthorizedException.class, () -> client.workflows().listFlows()),
          401, "UNAUTHENTICATED");
    }
  }

  @Test
  void credentialsClientLogsInLazilyOnItsFirstCall(ReferenceServer server) {
    try (FlowClient client = Clients.session(server)) {
      assertTrue(server.exchanges().isEmpty(), "building the client sends nothing");
      assertEquals(5, client.workflows().listFlows().data().size());
      assertEquals(1, Clients.exchanges(server, "POST", "/api/auth/login").size());
      assertEquals(ReferenceServer.DEMO_EMAIL, client.auth().getSession().user().email());
      assertEquals(5, client.workflows().listFlows().data().size());
      assertEquals(1, Clients.exchanges(server, "POST", "/api/auth/login").size(), "one login is enough");
    }
  }

  @Test
  void expiredSessionIsRenewedByLoggingInAgain(ReferenceServer server) {
    try (FlowClient client = Clients.session(server)) {
      String hello = server.flowId("Hello");
      assertEquals(hello, client.workflows().getFlow(hello).id());
      String firstCookie = client.sessionCookies().get(0).value();

      server.expireAllSessions();

      assertEquals(hello, client.workflows().getFlow(hello).id());
      assertEquals(2, Clients.exchanges(server, "POST", "/api/auth/login").size());
      assertFalse(firstCookie.equals(client.sessionCookies().get(0).value()), "a new session cookie");
      List<Integer> flowStatuses = Clients.exchanges(server, "GET", "/api/flows/" + hello).stream()
          .map(e -> e.status()).collect(Collectors.toList());
      assertEquals(List.of(401, 200, 401, 200), flowStatuses);
    }
  }

  @Test
  void concurrentCallsAfterExpiryAllSucceed(ReferenceServer server) throws Exception {
    try (FlowClient client = Clients.session(server)) {
      String hello = server.flowId("Hello");
      client.workflows().getFlow(hello);
      server.expireAllSessions();

      List<CompletableFuture<Flow>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) calls.add(client.async().workflows().getFlow(hello));
      for (CompletableFuture<Flow> call : calls) assertEquals(hello, call.get(10, TimeUnit.SECONDS).id());

      int logins = Clients.exchanges(server, "POST", "/api/auth/login").size();
      assertEquals(2, logins, "the first login, then one shared by all 20 calls");
      assertEquals(ReferenceServer.DEMO_EMAIL, client.auth().getSession().user().email());
    }
  }

  @Test
  void credentialsClientWithAWrongPasswordIsUnauthorized(ReferenceServer server) {
    try (FlowClient client = Clients.credentials(server, ReferenceServer.DEMO_EMAIL, "wrong")) {
      UnauthorizedException e =
          assertThrows(UnauthorizedException.class, () -> client.workflows().getFlow(server.flowId("Hello")));
      assertApiError(e, 401, "UNAUTHENTICATED");
      assertEquals(1, Clients.exchanges(server, "POST", "/api/auth/login").size(), "no login loop");
      // The login's own refusal, not the 401 of the call that needed it: it says why.
      assertTrue(e.getMessage().contains("/api/auth/login"), e.getMessage());
      assertEquals(Clients.exchanges(server, "POST", "/api/auth/login").get(0).responseBody(), e.rawBody());
    }
  }

  @Test
  void aLoginThatFailsIsWhatTheCallerSees(ReferenceServer server) throws Exception {
    server.faults().on("POST", "/api/auth/login").times(100).respond(500); // retries included
    try (FlowClient client = Clients.session(server)) {
      InternalServerException e =
          assertThrows(InternalServerException.class, () -> client.workflows().getFlow(server.flowId("Hello")));
      assertTrue(e.getMessage().contains("/api/auth/login"), e.getMessage());
      CompletableFuture<Flow> async = client.async().workflows().getFlow(server.flowId("Hello"));
      ExecutionException failed = assertThrows(ExecutionException.class, () -> async.get(10, TimeUnit.SECONDS));
      assertInstanceOf(InternalServerException.class, failed.getCause());
    }
  }

  @Test
  void logoutEndsTheSessionAndForgetsTheCookie(ReferenceServer server) {
    try (FlowClient client = Clients.anonymous(server)) {
      client.auth().login(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD);
      assertEquals(1, client.sessionCookies().size());
      client.auth().logout();
      assertTrue(client.sessionCookies().isEmpty());
      assertEquals(1, Clients.exchanges(server, "DELETE", "/api/auth/session").size());
      assertEquals(204, Clients.exchanges(server, "DELETE", "/api/auth/session").get(0).status());
      assertApiError(assertThrows(UnauthorizedException.class, () -> client.auth().getSession()),
          401, "UNAUTHENTICATED");
    }
  }

  @Test
  void apiKeysAreCreatedListedWithoutSecretAndRevokedAtOnce(ReferenceServer server) {
    try (FlowClient admin = Clients.session(server)) {
      CreatedApiKey created = admin.auth().createApiKey("ci");
      assertEquals("ci", created.name());
      assertTrue(created.id().startsWith("key_"), created.id());
      assertNotNull(created.key());
      assertNull(created.lastUsed());
      assertFalse(created.toString().contains(created.key()), created.toString());

      try (FlowClient ci = Clients.apiKey(server, created.key())) {
        assertEquals(5, ci.workflows().listFlows().data().size());

        List<ApiKey> keys = admin.auth().listApiKeys(ListParams.builder().limit(10).build()).data();
        assertEquals(List.of("ci", "seeded demo key"), keys.stream().map(ApiKey::name).collect(Collectors.toList()));
        assertEquals(created.id(), keys.get(0).id());
        assertNotNull(keys.get(0).lastUsed(), "the key was used once");
        assertTrue(Clients.exchanges(server, "GET", "/api/auth/api-keys").stream()
            .noneMatch(e -> e.responseBody().contains(created.key())), "a listed key never shows its secret");

        admin.auth().revokeApiKey(created.id());

        assertApiError(assertThrows(UnauthorizedException.class, () -> ci.workflows().listFlows()),
            401, "UNAUTHENTICATED");
        assertEquals(List.of("seeded demo key"),
            admin.auth().listApiKeys().data().stream().map(ApiKey::name).collect(Collectors.toList()));
        assertApiError(assertThrows(NotFoundException.class, () -> admin.auth().revokeApiKey(created.id())),
            404, "API_KEY_NOT_FOUND");
      }
    }
  }

  @Test
  void anotherWorkspacesFlowIsForbidden(ReferenceServer server) {
    try (FlowClient other =
        Clients.credentials(server, ReferenceServer.OTHER_EMAIL, ReferenceServer.OTHER_PASSWORD)) {
      String hello = server.flowId("Hello");
      PermissionDeniedException e =
          assertThrows(PermissionDeniedException.class, () -> other.workflows().getFlow(hello));
      assertApiError(e, 403, "FORBIDDEN");
      assertEquals(List.of(), other.workflows().listFlows().data(), "the other workspace sees none of them");
      assertApiError(assertThrows(PermissionDeniedException.class,
          () -> other.workflows().triggerFlow(hello, null)), 403, "FORBIDDEN");
      assertEquals(0, server.runsCreated(hello));
    }
  }
}
