package dev.flowkit.workflows.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRedactionTest {
  @Test
  void createdApiKeyToStringHidesTheKey() {
    CreatedApiKey key = TestJson.decode(
        "{\"id\":\"key_01\",\"name\":\"ci\",\"key\":\"fk_live_0123456789abcdefWXYZ\",\"created\":\"2026-01-01T00:00:00Z\"}",
        CreatedApiKey.class);

    String text = key.toString();

    assertFalse(text.contains("fk_live_0123456789abcdef"), text);
    assertTrue(text.contains("key=****WXYZ"), text);
    assertTrue(text.contains("id=key_01"), text);
    assertEquals("fk_live_0123456789abcdefWXYZ", key.key());
  }

  @Test
  void shortApiKeyIsRedactedCompletely() {
    CreatedApiKey key = TestJson.decode("{\"key\":\"short-secret\"}", CreatedApiKey.class);

    assertFalse(key.toString().contains("cret"), key.toString());
    assertTrue(key.toString().contains("key=<redacted>"), key.toString());
  }

  @Test
  void mcpServerToStringHidesTheToken() {
    McpServer server = TestJson.decode(
        "{\"id\":\"mcp_01\",\"token\":\"mcp_tok_supersecret\",\"tools\":[{\"name\":\"n\",\"flowId\":\"flow_01\"}]}",
        McpServer.class);

    String text = server.toString();

    assertFalse(text.contains("supersecret"), text);
    assertTrue(text.contains("token=<redacted>"), text);
    assertTrue(text.contains("flowId=flow_01"), text);
  }

  @Test
  void upsertConnectionParamsToStringHidesTheValue() {
    UpsertConnectionParams params = UpsertConnectionParams.builder()
        .displayName("Slack").pieceName("slack").type(ConnectionType.BASIC_AUTH)
        .value(ConnectionValue.basicAuth("ada", "hunter2-password"))
        .build();

    String text = params.toString();

    assertFalse(text.contains("hunter2"), text);
    assertFalse(text.contains("ada"), text);
    assertTrue(text.contains("value=<redacted>"), text);
    assertTrue(text.contains("displayName=Slack"), text);
    assertFalse(params.value().toString().contains("hunter2"));
  }

  @Test
  void connectionValueToStringShowsFieldNamesOnly() {
    assertEquals("ConnectionValue{secret_text=<redacted>}", ConnectionValue.secretText("xoxb-1").toString());
    assertEquals("ConnectionValue{access_token=<redacted>, refresh_token=<redacted>}",
        ConnectionValue.oauth2("at-secret", "rt-secret").toString());
    assertFalse(ConnectionValue.custom(Map.of("api_key", "xoxb-secret")).toString().contains("xoxb"));
    assertEquals("ConnectionValue{}", ConnectionValue.none().toString());
  }
}
