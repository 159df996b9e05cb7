package dev.flowkit.workflows.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestEncodingTest {
  @Test
  void createFlowParamsWithStepChainEncodesToApiShape() {
    CreateFlowParams params = CreateFlowParams.builder()
        .displayName("New Lead Notification")
        .projectId("proj_01")
        .folderId("fld_01")
        .trigger(Step.manualTrigger("trigger")
            .then(Step.set("greet", Map.of("text", "Hi {{input.name}}")))
            .then(Step.llm("answer", "Hello big world", 20)))
        .build();

    assertEquals(TestJson.parse("""
        {"displayName":"New Lead Notification","projectId":"proj_01","folderId":"fld_01",
         "trigger":{"name":"trigger","type":"MANUAL","displayName":"trigger","settings":{},
           "nextAction":{"name":"greet","type":"SET","displayName":"greet",
             "settings":{"values":{"text":"Hi {{input.name}}"}},
             "nextAction":{"name":"answer","type":"LLM","displayName":"answer",
               "settings":{"text":"Hello big world","tokenDelayMs":20}}}}}
        """), TestJson.encodeToMap(params));
  }

  @Test
  void optionalFieldsAreLeftOut() {
    assertEquals(Map.of("displayName", "Bare"),
        TestJson.encodeToMap(CreateFlowParams.builder().displayName("Bare").build()));
    assertEquals(Map.of("displayName", "Ops"),
        TestJson.encodeToMap(UpdateFolderParams.builder().displayName("Ops").build()));
    assertEquals(Map.of(), TestJson.encodeToMap(ApproveRunParams.none()));
  }

  @Test
  void updateFlowParamsEncodesTrigger() {
    UpdateFlowParams params = UpdateFlowParams.builder()
        .displayName("Renamed")
        .trigger(Step.manualTrigger("trigger").then(Step.approval("ok")))
        .build();

    assertEquals(TestJson.parse("""
        {"displayName":"Renamed",
         "trigger":{"name":"trigger","type":"MANUAL","displayName":"trigger","settings":{},
           "nextAction":{"name":"ok","type":"APPROVAL","displayName":"ok","settings":{}}}}
        """), TestJson.encodeToMap(params));
  }

  @Test
  void folderParamsEncode() {
    assertEquals(Map.of("displayName", "Sales", "projectId", "proj_01"),
        TestJson.encodeToMap(CreateFolderParams.builder().displayName("Sales").projectId("proj_01").build()));
    assertEquals(Map.of("displayName", "Sales"), TestJson.encodeToMap(CreateFolderParams.of("Sales")));
    assertEquals(Map.of("displayName", "Ops", "displayOrder", 1L),
        TestJson.encodeToMap(UpdateFolderParams.builder().displayName("Ops").displayOrder(1).build()));
  }

  @Test
  void approveRunParamsEncode() {
    ApproveRunParams params = ApproveRunParams.builder()
        .step("approve")
        .payload(Map.of("approved", true, "by", "ada"))
        .build();

    assertEquals(TestJson.parse("{\"step\":\"approve\",\"payload\":{\"approved\":true,\"by\":\"ada\"}}"),
        TestJson.encodeToMap(params));
  }

  @Test
  void upsertConnectionParamsSendTheValueObject() {
    UpsertConnectionParams params = UpsertConnectionParams.builder()
        .externalId("slack-main")
        .displayName("Slack Workspace")
        .pieceName("slack")
        .projectId("proj_01")
        .type(ConnectionType.SECRET_TEXT)
        .value(ConnectionValue.secretText("xoxb-123"))
        .build();

    assertEquals(TestJson.parse("""
        {"externalId":"slack-main","displayName":"Slack Workspace","pieceName":"slack",
         "projectId":"proj_01","type":"SECRET_TEXT","value":{"secret_text":"xoxb-123"}}
        """), TestJson.encodeToMap(params));
    assertEquals(params, params.toBuilder().build());
    assertEquals(ConnectionValue.secretText("xoxb-123"), params.value());
  }

  @Test
  void everyConnectionValueEncodesToItsObject() {
    assertEquals(Map.of("secret_text", "s"), valueOf(ConnectionValue.secretText("s")));
    assertEquals(Map.of("username", "u", "password", "p"), valueOf(ConnectionValue.basicAuth("u", "p")));
    assertEquals(Map.of("access_token", "a", "refresh_token", "r"),
        valueOf(ConnectionValue.oauth2("a", "r")));
    assertEquals(Map.of("access_token", "a"), valueOf(ConnectionValue.oauth2("a", null)));
    assertEquals(Map.of("api_key", "xoxb", "props", Map.of("region", "eu")),
        valueOf(ConnectionValue.custom(Map.of("api_key", "xoxb", "props", Map.of("region", "eu")))));
    assertEquals(Map.of(), valueOf(ConnectionValue.none()));
  }

  private static Object valueOf(ConnectionValue value) {
    UpsertConnectionParams params = UpsertConnectionParams.builder()
        .displayName("c").pieceName("p").type(ConnectionType.CUSTOM_AUTH).value(value).build();
    return TestJson.encodeToMap(params).get("value");
  }

  @Test
  void noAuthConnectionNeedsNoValue() {
    UpsertConnectionParams params = UpsertConnectionParams.builder()
        .displayName("Public API").pieceName("http").type(ConnectionType.NO_AUTH).build();

    assertEquals(Map.of("displayName", "Public API", "pieceName", "http", "type", "NO_AUTH"),
        TestJson.encodeToMap(params));
  }

  @Test
  void mcpServerAndApiKeyParamsEncode() {
    CreateMcpServerParams params = CreateMcpServerParams.builder()
        .name("My MCP Server")
        .projectId("proj_01")
        .addTool("notify", "flow_01")
        .addTool(McpTool.of("greet", "flow_02"))
        .build();

    assertEquals(TestJson.parse("""
        {"name":"My MCP Server","projectId":"proj_01",
         "tools":[{"name":"notify","flowId":"flow_01"},{"name":"greet","flowId":"flow_02"}]}
        """), TestJson.encodeToMap(params));
    assertEquals(params, params.toBuilder().build());
    assertEquals(Map.of("tools", java.util.List.of()),
        TestJson.encodeToMap(CreateMcpServerParams.builder().build()));
  }
}
