package dev.flowkit.workflows.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flowkit.workflows.internal.Queries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BuilderValidationTest {
  private static void assertState(String message, Executable build) {
    assertEquals(message, assertThrows(IllegalStateException.class, build).getMessage());
  }

  private static void assertNpe(String message, Executable set) {
    assertEquals(message, assertThrows(NullPointerException.class, set).getMessage());
  }

  private static void assertIae(String message, Executable set) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, set).getMessage());
  }

  @Test
  void buildThrowsNamingTheMissingField() {
    assertState("displayName is required", () -> CreateFlowParams.builder().build());
    assertState("displayName is required", () -> UpdateFlowParams.builder().build());
    assertState("displayName is required",
        () -> UpdateFlowParams.builder().trigger(Step.manualTrigger("trigger")).build());
    assertState("trigger is required", () -> UpdateFlowParams.builder().displayName("F").build());
    assertState("displayName is required", () -> CreateFolderParams.builder().projectId("p").build());
    assertState("displayName is required", () -> UpdateFolderParams.builder().build());
    assertState("displayName is required", () -> UpdateFolderParams.builder().displayOrder(1).build());
    assertState("displayName is required", () -> UpsertConnectionParams.builder()
        .pieceName("slack").type(ConnectionType.NO_AUTH).build());
    assertState("pieceName is required", () -> UpsertConnectionParams.builder()
        .displayName("c").type(ConnectionType.NO_AUTH).build());
    assertState("type is required", () -> UpsertConnectionParams.builder()
        .displayName("c").pieceName("slack").build());
    assertState("value is required for type SECRET_TEXT", () -> UpsertConnectionParams.builder()
        .displayName("c").pieceName("slack").type(ConnectionType.SECRET_TEXT).build());
  }

  @Test
  void listFiltersCanBeClearedWithNull() {
    ListFlowsParams filtered = ListFlowsParams.builder()
        .folderId("fld_1").status(FlowStatus.ENABLED).name("x").limit(5).cursor("c").build();
    assertEquals(ListFlowsParams.none(),
        filtered.toBuilder().folderId(null).status(null).name(null).limit(null).cursor(null).build());
    assertEquals(ListRunsParams.none(),
        ListRunsParams.builder().flowId("flow_1").status(RunStatus.FAILED).build().toBuilder()
            .flowId(null).status(null).build());
    assertEquals(ListConnectionsParams.none(),
        ListConnectionsParams.builder().pieceName("slack").build().toBuilder().pieceName(null).build());
  }

  @Test
  void settersRejectNullNamingTheField() {
    assertNpe("displayName == null", () -> CreateFlowParams.builder().displayName(null));
    assertNpe("projectId == null", () -> CreateFlowParams.builder().projectId(null));
    assertNpe("folderId == null", () -> CreateFlowParams.builder().folderId(null));
    assertNpe("trigger == null", () -> CreateFlowParams.builder().trigger(null));
    assertNpe("trigger == null", () -> UpdateFlowParams.builder().trigger(null));
    assertNpe("cursor == null", () -> ListParams.none().withCursor(null));
    assertNpe("payload == null", () -> ApproveRunParams.builder().payload(null));
    assertNpe("payload.k == null", () -> ApproveRunParams.builder().payload(java.util.Collections.singletonMap("k", null)));
    assertNpe("value == null", () -> UpsertConnectionParams.builder().value(null));
    assertNpe("secret == null", () -> ConnectionValue.secretText(null));
    assertNpe("password == null", () -> ConnectionValue.basicAuth("u", null));
    assertNpe("accessToken == null", () -> ConnectionValue.oauth2(null, "r"));
    assertNpe("tool == null", () -> CreateMcpServerParams.builder().addTool(null));
    assertNpe("tools[1] == null", () -> CreateMcpServerParams.builder()
        .tools(java.util.Arrays.asList(McpTool.of("a", "flow_1"), null)));
    assertNpe("flowId == null", () -> McpTool.of("a", null));
  }

  @Test
  void settersRejectBadValuesNamingThem() {
    assertIae("limit must be in 1..100 but was 0", () -> ListFlowsParams.builder().limit(0));
    assertIae("limit must be in 1..100 but was 101", () -> ListRunsParams.builder().limit(101));
    assertIae("limit must be in 1..100 but was -3", () -> ListParams.builder().limit(-3));
    assertIae("limit must be in 1..100 but was 1000", () -> ListConnectionsParams.builder().limit(1000));
    assertIae("status must not be FlowStatus.UNKNOWN",
        () -> ListFlowsParams.builder().status(FlowStatus.UNKNOWN));
    assertIae("status must not be RunStatus.UNKNOWN",
        () -> ListRunsParams.builder().status(RunStatus.UNKNOWN));
    assertIae("type must not be ConnectionType.UNKNOWN",
        () -> UpsertConnectionParams.builder().type(ConnectionType.UNKNOWN));
    assertIae("displayName must not be empty", () -> CreateFlowParams.builder().displayName(""));
    assertIae("displayOrder must be >= 0 but was -1", () -> UpdateFolderParams.builder().displayOrder(-1));
  }

  @Test
  void limitsAtTheEdgesAreAccepted() {
    assertEquals(1, ListParams.builder().limit(1).build().limit());
    assertEquals(100, ListFlowsParams.builder().limit(100).build().limit());
  }

  @Test
  void listFlowsParamsBecomeQueryParametersInOrder() {
    ListFlowsParams params = ListFlowsParams.builder()
        .cursor("c1").name("lead").folderId("fld_01").status(FlowStatus.ENABLED).limit(10).build();

    assertEquals(List.of("limit", "status", "folderId", "name", "cursor"), List.copyOf(Queries.of(params).keySet()));
    assertEquals(Map.of("limit", "10", "status", "ENABLED", "folderId", "fld_01", "name", "lead", "cursor", "c1"),
        Queries.of(params));
    assertEquals(Map.of(), Queries.of(ListFlowsParams.none()));
  }

  @Test
  void withCursorCopiesEverythingElse() {
    ListRunsParams first = ListRunsParams.builder().flowId("flow_01").status(RunStatus.FAILED).limit(20).build();
    ListRunsParams next = first.withCursor("c2");

    assertNull(first.cursor());
    assertEquals("c2", next.cursor());
    assertEquals(Map.of("flowId", "flow_01", "status", "FAILED", "limit", "20", "cursor", "c2"), Queries.of(next));
    assertNotEquals(first, next);
    assertEquals(next, first.toBuilder().cursor("c2").build());

    assertEquals(Map.of("limit", "5", "cursor", "x"), Queries.of(ListParams.builder().limit(5).build().withCursor("x")));
    assertEquals(Map.of("pieceName", "slack", "cursor", "x"),
        Queries.of(ListConnectionsParams.builder().pieceName("slack").build().withCursor("x")));
  }

  @Test
  void toBuilderRoundTrips() {
    CreateFlowParams create = CreateFlowParams.builder().displayName("F").projectId("p").folderId("f")
        .trigger(Step.manualTrigger("trigger")).build();
    assertEquals(create, create.toBuilder().build());
    assertEquals("G", create.toBuilder().displayName("G").build().displayName());
    UpdateFlowParams update =
        UpdateFlowParams.builder().displayName("F").trigger(Step.manualTrigger("trigger")).build();
    assertEquals(update, update.toBuilder().build());
    CreateFolderParams folder = CreateFolderParams.of("Sales");
    assertEquals(folder, folder.toBuilder().build());
    UpdateFolderParams updateFolder = UpdateFolderParams.builder().displayName("F").displayOrder(2).build();
    assertEquals(updateFolder, updateFolder.toBuilder().build());
    ApproveRunParams approve = ApproveRunParams.builder().step("s").payload(Map.of("a", 1)).build();
    assertEquals(approve, approve.toBuilder().build());
    ListFlowsParams flows = ListFlowsParams.builder().limit(3).name("n").build();
    assertEquals(flows, flows.toBuilder().build());
    assertEquals(flows.hashCode(), flows.toBuilder().build().hashCode());
  }

  @Test
  void builtCollectionsAreCopiedAndReadOnly() {
    java.util.HashMap<String, Object> payload = new java.util.HashMap<>(Map.of("a", 1));
    ApproveRunParams approve = ApproveRunParams.builder().payload(payload).build();
    payload.put("b", 2);
    assertEquals(Map.of("a", 1), approve.payload());
    assertThrows(UnsupportedOperationException.class, () -> approve.payload().put("c", 3));

    CreateMcpServerParams mcp = CreateMcpServerParams.builder().addTool("a", "flow_1").build();
    assertThrows(UnsupportedOperationException.class, () -> mcp.tools().add(McpTool.of("b", "flow_2")));
  }
}
