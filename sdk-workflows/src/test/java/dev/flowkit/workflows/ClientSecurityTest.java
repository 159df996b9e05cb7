package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flowkit.core.ClientOptions;
import org.junit.jupiter.api.Test;

/** Secrets are checked when the client is built and never printed; copying options stays safe. */
class ClientSecurityTest {
  @Test
  void optionsCopiedIntoTheBuilderKeepThePlainHttpGuard() {
    ClientOptions secure = ClientOptions.builder().baseUrl("https://flow.example.com").apiKey("fk_live_1").build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FlowClient.builder().from(secure).baseUrl("http://flow.example.com").build());
    assertFalse(e.getMessage().contains("fk_live_1"), e.getMessage());
    ClientOptions optedIn = ClientOptions.builder().baseUrl("http://flow.internal").allowInsecureHttp(true).build();
    try (FlowClient client = FlowClient.builder().from(optedIn).build()) {
      assertEquals("http://flow.internal/", client.options().baseUrl().toString());
    }
  }

  @Test
  void baseUrlWithUserInfoIsRejectedWithoutPrintingThePassword() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FlowClient.builder().baseUrl("https://ada:s3cr3t-pw@flow.example.com/").apiKey("k").build());
    assertFalse(e.getMessage().contains("s3cr3t-pw"), e.getMessage());
  }

  @Test
  void apiKeyThatIsNotAHeaderValueIsRejectedWhenBuilding() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FlowClient.builder().apiKey("fk_live_abcdef\n"));
    assertFalse(e.getMessage().contains("fk_live_abcdef"), e.getMessage());
  }
}
