package dev.flowkit.workflows.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.InvalidResponseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceDecodingTest {
  static final String FLOW = """
      {
        "id": "flow_01", "created": "2026-01-01T00:00:00.123Z", "updated": "2026-01-02T00:00:00Z",
        "projectId": "proj_01", "externalId": "ext-1", "folderId": "fld_01",
        "status": "ENABLED", "operationStatus": "NONE", "publishedVersionId": "fv_01",
        "version": {
          "id": "fv_01", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z",
          "flowId": "flow_01", "displayName": "New Lead Notification", "state": "LOCKED", "valid": true,
          "trigger": {
            "name": "trigger", "type": "MANUAL", "displayName": "Trigger", "settings": {},
            "nextAction": {
              "name": "greet", "type": "SET", "displayName": "Greet",
              "settings": {"values": {"text": "Hi {{input.name}}"}},
              "nextAction": {
                "name": "answer", "type": "LLM", "displayName": "Answer",
                "settings": {"text": "Hello big world", "tokenDelayMs": 5}
              }
            }
          }
        }
      }
      """;

  static final String RUN = """
      {
        "id": "run_01", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:01Z",
        "projectId": "proj_01", "flowId": "flow_01", "flowVersionId": "fv_01",
        "status": "FAILED", "environment": "PRODUCTION",
        "startTime": "2026-01-01T00:00:00.100Z", "finishTime": "2026-01-01T00:00:00.900Z",
        "durationMs": 800,
        "input": {"name": "Ada"},
        "output": {"answer": "Hello", "score": 3},
        "error": {"message": "boom", "step": "fail"},
        "steps": {
          "trigger": {"status": "SUCCEEDED", "input": {"name": "Ada"}, "output": {"name": "Ada"},
                      "startTime": "2026-01-01T00:00:00.100Z", "finishTime": "2026-01-01T00:00:00.100Z",
                      "durationMs": 0},
          "fail": {"status": "FAILED", "input": {"message": "boom"},
                   "startTime": "2026-01-01T00:00:00.200Z", "finishTime": "2026-01-01T00:00:00.900Z",
                   "durationMs": 700}
        },
        "failParentOnFailure": true,
        "tags": ["nightly", "crm"],
        "triggeredBy": "api"
      }
      """;

  @Test
  void decodesFlowWithVersionAndStepChain() {
    Flow flow = TestJson.decode(FLOW, Flow.class);

    assertEquals("flow_01", flow.id());
    assertEquals(Instant.parse("2026-01-01T00:00:00.123Z"), flow.created());
    assertEquals(Instant.parse("2026-01-02T00:00:00Z"), flow.updated());
    assertEquals("proj_01", flow.projectId());
    assertEquals("ext-1", flow.externalId());
    assertEquals("fld_01", flow.folderId());
    assertEquals(FlowStatus.ENABLED, flow.status());
    assertEquals(FlowOperationStatus.NONE, flow.operationStatus());
    assertEquals("fv_01", flow.publishedVersionId());

    FlowVersion version = flow.version();
    assertEquals("fv_01", version.id());
    assertEquals("flow_01", version.flowId());
    assertEquals("New Lead Notification", version.displayName());
    assertEquals(FlowVersionState.LOCKED, version.state());
    assertTrue(version.valid());

    List<Step> chain = version.trigger().chain();
    assertEquals(3, chain.size());
    assertEquals("trigger", chain.get(0).name());
    assertEquals(StepType.MANUAL, chain.get(0).type());
    assertEquals("Trigger", chain.get(0).displayName());
    assertEquals(Map.of(), chain.get(0).settings());
    assertEquals(StepType.SET, chain.get(1).type());
    assertEquals(Map.of("text", "Hi {{input.name}}"), chain.get(1).settings().get("values"));
    assertEquals(StepType.LLM, chain.get(2).type());
    assertEquals(5L, chain.get(2).settings().get("tokenDelayMs"), "integers stay integers");
    assertNull(chain.get(2).nextAction());
  }

  @Test
  void decodesFlowWithoutOptionalFields() {
    Flow flow = TestJson.decode("""
        {"id":"flow_02","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z",
         "projectId":"proj_01","status":"DISABLED","operationStatus":"NONE",
         "version":{"id":"fv_02","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z",
                    "flowId":"flow_02","displayName":"Draft","state":"DRAFT","valid":false,
                    "trigger":{"name":"trigger","type":"MANUAL","displayName":"trigger"}}}
        """, Flow.class);

    assertNull(flow.externalId());
    assertNull(flow.folderId());
    assertNull(flow.publishedVersionId());
    assertEquals(FlowVersionState.DRAFT, flow.version().state());
    assertFalse(flow.version().valid());
    assertEquals(Map.of(), flow.version().trigger().settings());
    assertNull(flow.version().steps(), "a platform that sends no steps object");
  }

  @Test
  void decodesFlowRunWithStepsErrorAndOutput() {
    FlowRun run = TestJson.decode(RUN, FlowRun.class);

    assertEquals("run_01", run.id());
    assertEquals("proj_01", run.projectId());
    assertEquals("flow_01", run.flowId());
    assertEquals("fv_01", run.flowVersionId());
    assertEquals(RunStatus.FAILED, run.status());
    assertTrue(run.isTerminal());
    assertEquals(RunEnvironment.PRODUCTION, run.environment());
    assertEquals(Instant.parse("2026-01-01T00:00:00.100Z"), run.startTime());
    assertEquals(Instant.parse("2026-01-01T00:00:00.900Z"), run.finishTime());
    assertEquals(800L, run.durationMs());
    assertEquals(Map.of("name", "Ada"), run.input());
    assertEquals(Map.of("answer", "Hello", "score", 3L), run.output());
    assertEquals("boom", run.error().message());
    assertEquals("fail", run.error().step());
    assertTrue(run.failParentOnFailure());
    assertEquals(List.of("nightly", "crm"), run.tags());
    assertEquals(TriggeredBy.API, run.triggeredBy());

    assertEquals(List.of("trigger", "fail"), List.copyOf(run.steps().keySet()));
    StepResult trigger = run.steps().get("trigger");
    assertEquals(RunStatus.SUCCEEDED, trigger.status());
    assertEquals(Map.of("name", "Ada"), trigger.output());
    assertEquals(0L, trigger.durationMs());
    StepResult fail = run.steps().get("fail");
    assertEquals(RunStatus.FAILED, fail.status());
    assertNull(fail.output());
    assertEquals(Instant.parse("2026-01-01T00:00:00.200Z"), fail.startTime());
    assertEquals(700L, fail.durationMs());
  }

  @Test
  void decodesQueuedRunWithoutOptionalFields() {
    FlowRun run = TestJson.decode("""
        {"id":"run_02","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z",
         "projectId":"proj_01","flowId":"flow_01","flowVersionId":"fv_01","status":"QUEUED",
         "environment":"TESTING","input":null,"failParentOnFailure":false,"triggeredBy":"manual"}
        """, FlowRun.class);

    assertEquals(RunStatus.QUEUED, run.status());
    assertFalse(run.isTerminal());
    assertNull(run.startTime());
    assertNull(run.finishTime());
    assertNull(run.durationMs());
    assertNull(run.input());
    assertNull(run.output());
    assertNull(run.error());
    assertEquals(Map.of(), run.steps());
    assertEquals(List.of(), run.tags());
    assertEquals(TriggeredBy.MANUAL, run.triggeredBy());
  }

  @Test
  void decodesEveryTriggeredByValue() {
    for (String value : new String[] {"manual", "schedule", "webhook", "api"}) {
      FlowRun run = TestJson.decode("{\"triggeredBy\":\"" + value + "\"}", FlowRun.class);
      assertEquals(value.toUpperCase(), run.triggeredBy().name());
    }
  }

  @Test
  void unknownEnumValuesDecodeToUnknown() {
    Flow flow = TestJson.decode(FLOW
        .replace("\"ENABLED\"", "\"ARCHIVED\"")
        .replace("\"NONE\"", "\"MIGRATING\"")
        .replace("\"LOCKED\"", "\"FROZEN\"")
        .replace("\"LLM\"", "\"GPT_9\""), Flow.class);
    assertEquals(FlowStatus.UNKNOWN, flow.status());
    assertEquals(FlowOperationStatus.UNKNOWN, flow.operationStatus());
    assertEquals(FlowVersionState.UNKNOWN, flow.version().state());
    assertEquals(StepType.UNKNOWN, flow.version().trigger().chain().get(2).type());
    assertEquals("ARCHIVED", flow.statusAsString(), "the server's text stays readable");
    assertEquals("MIGRATING", flow.operationStatusAsString());
    assertEquals("FROZEN", flow.version().stateAsString());
    assertEquals("GPT_9", flow.version().trigger().chain().get(2).typeAsString());

    FlowRun run = TestJson.decode(RUN
        .replace("\"FAILED\", \"environment\"", "\"RETRYING\", \"environment\"")
        .replace("\"PRODUCTION\"", "\"STAGING\"")
        .replace("\"api\"", "\"email\""), FlowRun.class);
    assertEquals(RunStatus.UNKNOWN, run.status());
    assertEquals("RETRYING", run.statusAsString());
    assertFalse(run.isTerminal());
    assertEquals(RunEnvironment.UNKNOWN, run.environment());
    assertEquals("STAGING", run.environmentAsString());
    assertEquals(TriggeredBy.UNKNOWN, run.triggeredBy());
    assertEquals("email", run.triggeredByAsString());

    AppConnection connection = TestJson.decode(
        "{\"type\":\"SAML\",\"status\":\"EXPIRED\"}", AppConnection.class);
    assertEquals(ConnectionType.UNKNOWN, connection.type());
    assertEquals("SAML", connection.typeAsString());
    assertEquals(ConnectionStatus.UNKNOWN, connection.status());
    assertEquals("EXPIRED", connection.statusAsString());

    McpServer server = TestJson.decode("{\"status\":\"PAUSED\"}", McpServer.class);
    assertEquals(McpServerStatus.UNKNOWN, server.status());
    assertEquals("PAUSED", server.statusAsString());
  }

  @Test
  void aStatusTheSdkKnowsIsNotUnknownAndEveryConstantReadsBack() {
    for (RunStatus status : RunStatus.values()) {
      FlowRun run = TestJson.decode("{\"status\":\"" + status.name() + "\"}", FlowRun.class);
      assertSame(status, run.status());
      assertEquals(status.name(), run.statusAsString());
    }
    assertEquals(RunStatus.QUOTA_EXCEEDED, TestJson.decode("{\"status\":\"QUOTA_EXCEEDED\"}", FlowRun.class).status());
  }

  @Test
  void unknownFieldsAreKeptWithExactNumbers() {
    String withExtras = FLOW
        .replace("\"projectId\": \"proj_01\",",
            "\"projectId\": \"proj_01\", \"schedule\": {\"cron\": \"* * * * *\"}, \"owner\": [1, 2],"
                + " \"tasks\": 123456789012345678901, \"note\": null,")
        .replace("\"valid\": true,", "\"valid\": true, \"layout\": {\"x\": 1.5}, \"schemaVersion\": \"7\",");

    Flow plain = TestJson.decode(FLOW, Flow.class);
    Flow flow = TestJson.decode(withExtras, Flow.class);

    assertEquals(Map.of(), plain.additionalProperties());
    assertEquals(List.of("schedule", "owner", "tasks", "note"), List.copyOf(flow.additionalProperties().keySet()));
    assertEquals(Map.of("cron", "* * * * *"), flow.additionalProperties().get("schedule"));
    assertEquals(List.of(1L, 2L), flow.additionalProperties().get("owner"));
    assertEquals(new java.math.BigInteger("123456789012345678901"), flow.additionalProperties().get("tasks"));
    assertTrue(flow.additionalProperties().containsKey("note"), "a null field is kept as null");
    assertEquals(Map.of("layout", Map.of("x", 1.5), "schemaVersion", "7"), flow.version().additionalProperties());
    assertThrows(UnsupportedOperationException.class, () -> flow.additionalProperties().clear());
    assertEquals(plain.version().trigger(), flow.version().trigger(), "the known fields read the same");
    assertNotEquals(plain, flow, "unknown fields are part of the value");
    assertEquals(flow, flow.toBuilder().build());
  }

  @Test
  void toStringNamesUnknownFieldsButNeverPrintsTheirValues() {
    AppConnection connection = TestJson.decode(
        "{\"id\":\"conn_01\",\"credentials\":{\"password\":\"hunter2\"}}", AppConnection.class);
    assertEquals(Map.of("password", "hunter2"), connection.additionalProperties().get("credentials"));
    assertTrue(connection.toString().contains("additionalProperties=[credentials]"), connection.toString());
    assertFalse(connection.toString().contains("hunter2"), connection.toString());
  }

  @Test
  void aMissingValueIsReportedWhenItIsReadNamingTheModelTheObjectAndTheField() {
    FlowRun run = TestJson.decode("{\"id\":\"run_12\",\"flowId\":\"flow_1\",\"externalId\":null}", FlowRun.class);

    assertEquals("flow_1", run.flowId(), "the rest of the run is readable");
    InvalidResponseException e = assertThrows(InvalidResponseException.class, run::status);
    assertTrue(e.getMessage().startsWith("FlowRun run_12 has no \"status\""), e.getMessage());
    assertThrows(InvalidResponseException.class, run::statusAsString);
    assertThrows(InvalidResponseException.class, run::isTerminal);
    assertEquals(e.getMessage(), assertThrows(InvalidResponseException.class, run::validate).getMessage());
  }

  @Test
  void nullsWhereTheSpecSaysAValueLeaveTheRestReadable() {
    AppConnection connection = TestJson.decode("""
        {"id":"conn_01","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z",
         "externalId":null,"displayName":"Slack","pieceName":"slack","projectId":"proj_01",
         "type":"SECRET_TEXT","status":null}
        """, AppConnection.class);

    assertEquals("Slack", connection.displayName());
    assertEquals(ConnectionStatus.UNKNOWN, connection.status(), "as before: a status that is not said");
    assertNull(connection.statusAsString());
    InvalidResponseException e = assertThrows(InvalidResponseException.class, connection::externalId);
    assertTrue(e.getMessage().startsWith("AppConnection conn_01 has no \"externalId\""), e.getMessage());
    assertThrows(InvalidResponseException.class, connection::validate);

    FlowVersion version = TestJson.decode(
        "{\"id\":\"fv_1\",\"valid\":null,\"number\":null,\"displayName\":\"Hi\"}", FlowVersion.class);
    assertFalse(version.valid(), "null for a boolean is taken as not said");
    assertEquals("Hi", version.displayName());
    assertEquals(FlowVersionState.UNKNOWN, version.state());
  }

  @Test
  void validateChecksEveryPromisedValueDownTheStepChain() {
    Flow flow = TestJson.decode(FLOW, Flow.class);
    assertSame(flow, flow.validate());
    assertSame(flow.version(), flow.version().validate());

    Flow broken = TestJson.decode(FLOW.replace("\"type\": \"LLM\", ", ""), Flow.class);
    assertEquals("Hello big world", broken.version().trigger().chain().get(2).settings().get("text"));
    InvalidResponseException e = assertThrows(InvalidResponseException.class, broken::validate);
    assertTrue(e.getMessage().startsWith("Step \"answer\" has no \"type\""), e.getMessage());

    FlowRun run = TestJson.decode(RUN, FlowRun.class);
    assertSame(run, run.validate());
    FlowRun badStep = TestJson.decode(RUN.replace("\"status\": \"FAILED\", \"input\"", "\"input\""), FlowRun.class);
    e = assertThrows(InvalidResponseException.class, badStep::validate);
    assertTrue(e.getMessage().startsWith("StepResult has no \"status\""), e.getMessage());

    McpServer server = TestJson.decode("{\"id\":\"mcp_1\",\"created\":\"2026-01-01T00:00:00Z\","
        + "\"updated\":\"2026-01-01T00:00:00Z\",\"projectId\":\"proj_1\",\"tools\":[{\"name\":\"notify\"}]}",
        McpServer.class);
    e = assertThrows(InvalidResponseException.class, server::validate);
    assertTrue(e.getMessage().startsWith("McpTool \"notify\" has no \"flowId\""), e.getMessage());

    Session session = TestJson.decode("{\"authenticated\":true,\"user\":{\"id\":\"usr_1\"}}", Session.class);
    e = assertThrows(InvalidResponseException.class, session::validate);
    assertTrue(e.getMessage().startsWith("User usr_1 has no \"email\""), e.getMessage());
  }

  @Test
  void instantsParseFractionalSecondsAndOffsets() {
    Folder utc = TestJson.decode(
        "{\"created\":\"2026-01-01T00:00:00.123Z\",\"updated\":\"2026-01-01T07:00:00+07:00\"}",
        Folder.class);

    assertEquals(Instant.ofEpochSecond(1767225600L, 123_000_000L), utc.created());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), utc.updated());
  }

  @Test
  void decodesFolder() {
    Folder folder = TestJson.decode("""
        {"id":"fld_01","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z",
         "projectId":"proj_01","displayName":"Sales","displayOrder":2,"numberOfFlows":5}
        """, Folder.class);

    assertEquals("fld_01", folder.id());
    assertEquals("proj_01", folder.projectId());
    assertEquals("Sales", folder.displayName());
    assertEquals(2, folder.displayOrder());
    assertEquals(5, folder.numberOfFlows());
  }

  @Test
  void decodesAppConnectionIgnoringAnyValue() {
    AppConnection connection = TestJson.decode("""
        {"id":"conn_01","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z",
         "externalId":"slack-main","displayName":"Slack Workspace","pieceName":"slack",
         "projectId":"proj_01","type":"SECRET_TEXT","status":"ACTIVE",
         "value":{"secret_text":"xoxb-secret"}}
        """, AppConnection.class);

    assertEquals("conn_01", connection.id());
    assertEquals("slack-main", connection.externalId());
    assertEquals("Slack Workspace", connection.displayName());
    assertEquals("slack", connection.pieceName());
    assertEquals("proj_01", connection.projectId());
    assertEquals(ConnectionType.SECRET_TEXT, connection.type());
    assertEquals(ConnectionStatus.ACTIVE, connection.status());
    assertFalse(connection.toString().contains("xoxb-secret"));
  }

  @Test
  void decodesEveryConnectionType() {
    for (ConnectionType type : ConnectionType.values()) {
      if (type == ConnectionType.UNKNOWN) continue;
      AppConnection connection =
          TestJson.decode("{\"type\":\"" + type.name() + "\"}", AppConnection.class);
      assertSame(type, connection.type());
    }
  }

  @Test
  void decodesMcpServerWithTools() {
    McpServer server = TestJson.decode("""
        {"id":"mcp_01","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z",
         "projectId":"proj_01","name":"My MCP Server","status":"ENABLED","token":"mcp_tok_secret_123456",
         "tools":[{"name":"notify","flowId":"flow_01"},{"name":"greet","flowId":"flow_02"}]}
        """, McpServer.class);

    assertEquals("mcp_01", server.id());
    assertEquals("My MCP Server", server.name());
    assertEquals(McpServerStatus.ENABLED, server.status());
    assertEquals("mcp_tok_secret_123456", server.token());
    assertEquals(List.of(McpTool.of("notify", "flow_01"), McpTool.of("greet", "flow_02")), server.tools());
  }

  @Test
  void decodesApiKeysAndSession() {
    ApiKey key = TestJson.decode("""
        {"id":"key_01","name":"ci","created":"2026-01-01T00:00:00Z","lastUsed":null}
        """, ApiKey.class);
    assertEquals("key_01", key.id());
    assertEquals("ci", key.name());
    assertNull(key.lastUsed());
    assertNull(key.updated());

    CreatedApiKey created = TestJson.decode("""
        {"id":"key_01","name":"ci","key":"fk_live_abcdefghijklmnop","created":"2026-01-01T00:00:00Z",
         "lastUsed":"2026-01-02T00:00:00Z"}
        """, CreatedApiKey.class);
    assertEquals("fk_live_abcdefghijklmnop", created.key());
    assertEquals(Instant.parse("2026-01-02T00:00:00Z"), created.lastUsed());
    assertEquals("key_01", created.toApiKey().id());
    assertEquals(created.lastUsed(), created.toApiKey().lastUsed());

    Session session = TestJson.decode("""
        {"authenticated":true,"user":{"id":"usr_01","email":"ada@example.com","name":"Ada"},
         "workspace":{"workspaceId":"ws_01","name":"Acme","role":"owner"}}
        """, Session.class);
    assertTrue(session.authenticated());
    assertEquals("usr_01", session.user().id());
    assertEquals("ada@example.com", session.user().email());
    assertEquals("Ada", session.user().name());
    assertEquals("ws_01", session.workspace().workspaceId());
    assertEquals("Acme", session.workspace().name());
    assertEquals("owner", session.workspace().role());
  }

  @Test
  void decodedCollectionsAreReadOnly() {
    FlowRun run = TestJson.decode(RUN, FlowRun.class);
    assertThrows(UnsupportedOperationException.class, () -> run.tags().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> run.steps().clear());

    Flow flow = TestJson.decode(FLOW, Flow.class);
    assertThrows(UnsupportedOperationException.class,
        () -> flow.version().trigger().settings().put("x", 1));
    assertThrows(UnsupportedOperationException.class,
        () -> flow.version().trigger().chain().clear());
  }

  @Test
  void equalResourcesAreEqualAndPrintTheirFields() {
    FlowRun a = TestJson.decode(RUN, FlowRun.class);
    FlowRun b = TestJson.decode(RUN, FlowRun.class);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, TestJson.decode(RUN.replace("run_01", "run_02"), FlowRun.class));
    assertTrue(a.toString().contains("id=run_01"), a.toString());
    assertTrue(a.toString().contains("status=FAILED"), a.toString());

    Flow flow = TestJson.decode(FLOW, Flow.class);
    assertEquals(flow, TestJson.decode(FLOW, Flow.class));
    assertTrue(flow.toString().contains("displayName=New Lead Notification"), flow.toString());
  }
}
