package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.contract.ContractExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link FlowClient#fromEnv(java.util.function.Function)}: which variables, and what is missing. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class FromEnvTest {
  @Test
  void missingBaseUrlIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FlowClient.fromEnv(Map.of("FLOWKIT_API_KEY", "fk_x")::get));
    assertTrue(e.getMessage().contains("FLOWKIT_BASE_URL"), e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> FlowClient.fromEnv(Map.of("FLOWKIT_BASE_URL", "  ", "FLOWKIT_API_KEY", "fk_x")::get));
  }

  @Test
  void missingCredentialsAreNamed(ReferenceServer server) {
    String url = server.url().toString();
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> FlowClient.fromEnv(Map.of("FLOWKIT_BASE_URL", url)::get));
    assertTrue(none.getMessage().contains("FLOWKIT_API_KEY"), none.getMessage());
    IllegalStateException noPassword = assertThrows(IllegalStateException.class, () -> FlowClient.fromEnv(
        Map.of("FLOWKIT_BASE_URL", url, "FLOWKIT_EMAIL", ReferenceServer.DEMO_EMAIL)::get));
    assertTrue(noPassword.getMessage().contains("FLOWKIT_PASSWORD"), noPassword.getMessage());
  }

  @Test
  void apiKeyFromTheEnvironmentWorks(ReferenceServer server) {
    try (FlowClient client = FlowClient.fromEnv(
        Map.of("FLOWKIT_BASE_URL", server.url().toString(), "FLOWKIT_API_KEY", server.demoApiKey())::get)) {
      assertEquals(server.url(), client.options().baseUrl());
      assertEquals(5, client.workflows().listFlows().data().size());
      assertEquals(200, server.exchanges().get(0).status());
      assertEquals("<redacted>", server.exchanges().get(0).requestHeaders().get("Authorization"),
          "the key went in the Authorization header");
    }
  }

  @Test
  void emailAndPasswordFromTheEnvironmentLogInLazily(ReferenceServer server) {
    try (FlowClient client = FlowClient.fromEnv(Map.of(
        "FLOWKIT_BASE_URL", server.url().toString(),
        "FLOWKIT_EMAIL", ReferenceServer.DEMO_EMAIL,
        "FLOWKIT_PASSWORD", ReferenceServer.DEMO_PASSWORD)::get)) {
      assertEquals(ReferenceServer.DEMO_EMAIL, client.auth().getSession().user().email());
      assertEquals(1, Clients.exchanges(server, "POST", "/api/auth/login").size());
      assertTrue(!client.toString().contains(ReferenceServer.DEMO_PASSWORD), client.toString());
    }
  }
}
