package dev.flowkit.workflows.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowOperationTest {
  private static final Step ACTION = Step.delay("wait", 10);
  private static final Map<String, Object> ACTION_JSON =
      TestJson.parse("{\"name\":\"wait\",\"type\":\"DELAY\",\"displayName\":\"wait\",\"settings\":{\"ms\":10}}");
  private static final Step TRIGGER = Step.manualTrigger("trigger").then(ACTION);
  private static final Map<String, Object> TRIGGER_JSON = TestJson.parse("""
      {"name":"trigger","type":"MANUAL","displayName":"trigger","settings":{},
       "nextAction":{"name":"wait","type":"DELAY","displayName":"wait","settings":{"ms":10}}}
      """);

  private static void assertEncodes(FlowOperation operation, String type, Map<String, Object> request) {
    assertEquals(Map.of("type", type, "request", request), TestJson.encodeToMap(operation));
  }

  @Test
  void changeName() {
    assertEncodes(FlowOperation.changeName("Renamed"), "CHANGE_NAME", Map.of("displayName", "Renamed"));
  }

  @Test
  void changeStatus() {
    assertEncodes(FlowOperation.changeStatus(FlowStatus.ENABLED), "CHANGE_STATUS", Map.of("status", "ENABLED"));
    assertEncodes(FlowOperation.changeStatus(FlowStatus.DISABLED), "CHANGE_STATUS", Map.of("status", "DISABLED"));
  }

  @Test
  void changeFolder() {
    assertEncodes(FlowOperation.changeFolder("fld_01"), "CHANGE_FOLDER", Map.of("folderId", "fld_01"));
  }

  @Test
  void changeFolderToNullSendsAnExplicitNullWhenNullsAreSerialized() {
    FlowOperation operation = FlowOperation.changeFolder(null);

    assertEquals(TestJson.parse("{\"type\":\"CHANGE_FOLDER\",\"request\":{\"folderId\":null}}"),
        TestJson.parse(TestJson.encodeWithNulls(operation)));
    // Moshi's default drops the null: that is why the service must serialize nulls here.
    assertEquals(Map.of("type", "CHANGE_FOLDER", "request", Map.of()), TestJson.encodeToMap(operation));
    assertEquals(java.util.Collections.singletonMap("folderId", null), operation.request());
  }

  @Test
  void updateTrigger() {
    assertEncodes(FlowOperation.updateTrigger(TRIGGER), "UPDATE_TRIGGER", Map.of("trigger", TRIGGER_JSON));
  }

  @Test
  void addAction() {
    assertEncodes(FlowOperation.addAction("trigger", ACTION), "ADD_ACTION",
        Map.of("parentStep", "trigger", "action", ACTION_JSON));
  }

  @Test
  void updateAction() {
    assertEncodes(FlowOperation.updateAction(ACTION), "UPDATE_ACTION", Map.of("action", ACTION_JSON));
  }

  @Test
  void deleteAction() {
    assertEncodes(FlowOperation.deleteAction("wait"), "DELETE_ACTION", Map.of("name", "wait"));
  }

  @Test
  void lockAndPublish() {
    assertEncodes(FlowOperation.lockAndPublish(), "LOCK_AND_PUBLISH", Map.of());
  }

  @Test
  void useAsDraft() {
    assertEncodes(FlowOperation.useAsDraft("fv_01"), "USE_AS_DRAFT", Map.of("versionId", "fv_01"));
  }

  @Test
  void importFlow() {
    assertEncodes(FlowOperation.importFlow("Imported", TRIGGER), "IMPORT_FLOW",
        Map.of("displayName", "Imported", "trigger", TRIGGER_JSON));
  }

  @Test
  void serializingNullsChangesNothingForOperationsWithoutSteps() {
    for (FlowOperation operation : new FlowOperation[] {
        FlowOperation.changeName("x"), FlowOperation.changeStatus(FlowStatus.ENABLED),
        FlowOperation.changeFolder("fld_01"), FlowOperation.deleteAction("wait"),
        FlowOperation.lockAndPublish(), FlowOperation.useAsDraft("fv_01")}) {
      assertEquals(TestJson.encodeToMap(operation), TestJson.parse(TestJson.encodeWithNulls(operation)));
    }
  }

  @Test
  void factoriesRejectBadArguments() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> FlowOperation.changeStatus(FlowStatus.UNKNOWN));
    assertEquals("status must not be FlowStatus.UNKNOWN", unknown.getMessage());
    assertEquals("status == null",
        assertThrows(NullPointerException.class, () -> FlowOperation.changeStatus(null)).getMessage());
    assertEquals("displayName == null",
        assertThrows(NullPointerException.class, () -> FlowOperation.changeName(null)).getMessage());
    assertEquals("displayName must not be empty",
        assertThrows(IllegalArgumentException.class, () -> FlowOperation.changeName("")).getMessage());
    assertEquals("trigger == null",
        assertThrows(NullPointerException.class, () -> FlowOperation.updateTrigger(null)).getMessage());
    assertEquals("action == null",
        assertThrows(NullPointerException.class, () -> FlowOperation.addAction("t", null)).getMessage());
    assertEquals("parentStep == null",
        assertThrows(NullPointerException.class, () -> FlowOperation.addAction(null, ACTION)).getMessage());
    assertThrows(NullPointerException.class, () -> FlowOperation.useAsDraft(null));
    assertThrows(NullPointerException.class, () -> FlowOperation.deleteAction(null));
    assertThrows(NullPointerException.class, () -> FlowOperation.importFlow("x", null));
  }

  @Test
  void operationsAreValuesWithReadOnlyRequests() {
    assertEquals(FlowOperation.changeName("x"), FlowOperation.changeName("x"));
    assertEquals(FlowOperation.changeName("x").hashCode(), FlowOperation.changeName("x").hashCode());
    assertEquals(FlowOperationType.ADD_ACTION, FlowOperation.addAction("trigger", ACTION).type());
    assertEquals(ACTION, FlowOperation.addAction("trigger", ACTION).request().get("action"));
    assertThrows(UnsupportedOperationException.class,
        () -> FlowOperation.lockAndPublish().request().put("x", "y"));
    assertEquals("FlowOperation{type=CHANGE_NAME, request={displayName=x}}",
        FlowOperation.changeName("x").toString());
  }
}
