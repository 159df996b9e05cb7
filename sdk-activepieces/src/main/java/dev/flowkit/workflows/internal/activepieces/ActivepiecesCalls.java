package dev.flowkit.workflows.internal.activepieces;

import static dev.flowkit.workflows.internal.Rest.id;

import com.squareup.moshi.Types;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.activepieces.ApFlowOperation;
import dev.flowkit.workflows.activepieces.BulkRunsParams;
import dev.flowkit.workflows.activepieces.ChannelAutomation;
import dev.flowkit.workflows.activepieces.Piece;
import dev.flowkit.workflows.activepieces.PropertyOptions;
import dev.flowkit.workflows.activepieces.PropertyOptionsParams;
import dev.flowkit.workflows.activepieces.RetryStrategy;
import dev.flowkit.workflows.activepieces.Table;
import dev.flowkit.workflows.activepieces.TableField;
import dev.flowkit.workflows.activepieces.TableRecord;
import dev.flowkit.workflows.activepieces.TriggerEvent;
import dev.flowkit.workflows.activepieces.TriggerRunStatus;
import dev.flowkit.workflows.activepieces.UserInvitation;
import dev.flowkit.workflows.activepieces.WebhookAcceptance;
import dev.flowkit.workflows.activepieces.WebhookResponse;
import dev.flowkit.workflows.internal.ApiCall;
import dev.flowkit.workflows.internal.Models;
import dev.flowkit.workflows.internal.PageEnvelope;
import dev.flowkit.workflows.internal.Queries;
import dev.flowkit.workflows.internal.Rest;
import dev.flowkit.workflows.internal.platform.JsonText;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Wire;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListParams;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Activepieces' own calls, described once for both facades. */
public final class ActivepiecesCalls {
  /** The sync webhook's answers that are the platform's refusals, not the flow's answer. */
  private static final int[] REFUSALS = {401, 402, 403, 410, 413, 429, 503};

  private final Rest rest;

  public ActivepiecesCalls(Rest rest) {
    this.rest = rest;
  }

  public ApiCall<Flow> applyFlowOperation(String flowId, ApFlowOperation operation) {
    Objects.requireNonNull(operation, "operation == null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", operation.type().name());
    body.put("request", operation.request());
    return rest.call(Operation.AP_APPLY_FLOW_OPERATION).param("id", id(flowId, "flowId"))
        .body(new JsonText(json(body, 2))).returning(Flow.class);
  }

  public ApiCall<WebhookAcceptance> triggerWebhook(Operation operation, String flowId, @Nullable Object payload) {
    String flow = id(flowId, "flowId");
    return webhook(operation, flow, payload).reading((call, response) -> {
      if (!response.isSuccessful()) return rest.transport().handle(call, response, null);
      return WebhookAcceptance.of(flow, response.header("x-webhook-id"), acceptedAt(response));
    });
  }

  public ApiCall<WebhookResponse> triggerWebhookSync(Operation operation, String flowId, @Nullable Object payload) {
    return webhook(operation, id(flowId, "flowId"), payload).reading((call, response) -> {
      if (refusal(response)) return rest.transport().handle(call, response, null);
      return WebhookResponse.of(response.code(), response.headers().toMultimap(), response.body().string());
    });
  }

  private Rest.Call webhook(Operation operation, String flowId, @Nullable Object payload) {
    Object body = payload == null ? new LinkedHashMap<String, Object>() : payload;
    return rest.call(operation).param("id", flowId).body(new JsonText(json(body, 0)));
  }

  /** Whether the platform refused the call (the flow never answered): throws as an API error. */
  private static boolean refusal(Response response) throws IOException {
    int status = response.code();
    for (int r : REFUSALS) {
      if (r == status) return true;
    }
    // A disabled flow: 404 with an empty object, as the webhook controller answers it.
    return status == 404 && response.peekBody(64).string().trim().equals("{}");
  }

  /**
   * A lower bound of the platform's clock when it accepted the call: the answer's {@code Date}
   * (whole seconds) less the round trip and one second; without a {@code Date}, the client's
   * clock when the request was sent.
   */
  private static Instant acceptedAt(Response response) {
    Date date = response.headers().getDate("Date");
    if (date == null) return Instant.ofEpochMilli(response.sentRequestAtMillis());
    long roundTrip = Math.max(0, response.receivedResponseAtMillis() - response.sentRequestAtMillis());
    return Instant.ofEpochMilli(date.getTime() - roundTrip - 1000);
  }

  public ApiCall<FlowRun> retryRun(String runId, RetryStrategy strategy, @Nullable String projectId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("strategy", Objects.requireNonNull(strategy, "strategy == null").name());
    if (projectId != null) body.put("projectId", projectId);
    return rest.call(Operation.AP_RETRY_RUN).param("id", id(runId, "runId")).body(body).returning(FlowRun.class);
  }

  public ApiCall<List<FlowRun>> retryRuns(BulkRunsParams params, RetryStrategy strategy) {
    Map<String, Object> body = jsonObject(Objects.requireNonNull(params, "params == null"));
    body.put("strategy", Objects.requireNonNull(strategy, "strategy == null").name());
    return rest.call(Operation.AP_RETRY_RUNS).body(body).returning(Types.newParameterizedType(List.class, FlowRun.class));
  }

  public ApiCall<@Nullable Void> cancelRuns(BulkRunsParams params) {
    Objects.requireNonNull(params, "params == null");
    if (params.failedStepName() != null) {
      throw new IllegalArgumentException("failedStepName does not select runs to cancel; Activepieces cancels by status,"
          + " flow, ids and creation time");
    }
    return rest.call(Operation.AP_CANCEL_RUNS).body(params).noContent();
  }

  public ApiCall<@Nullable Void> archiveRuns(BulkRunsParams params) {
    return rest.call(Operation.AP_ARCHIVE_RUNS).body(Objects.requireNonNull(params, "params == null")).noContent();
  }

  public ApiCall<PageEnvelope<Table>> listTables(ListParams params) {
    return rest.call(Operation.AP_LIST_TABLES).query(Queries.of(params)).page(Table.class);
  }

  public ApiCall<Table> getTable(String tableId) {
    return rest.call(Operation.AP_GET_TABLE).param("id", id(tableId, "tableId")).returning(Table.class);
  }

  public ApiCall<Table> createTable(String name, @Nullable String projectId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", Models.checkNotEmpty(name, "name"));
    if (projectId != null) body.put("projectId", projectId);
    return rest.call(Operation.AP_CREATE_TABLE).body(body).returning(Table.class);
  }

  public ApiCall<@Nullable Void> deleteTable(String tableId) {
    return rest.call(Operation.AP_DELETE_TABLE).param("id", id(tableId, "tableId")).noContent();
  }

  public ApiCall<List<TableField>> listFields(String tableId) {
    return rest.call(Operation.AP_LIST_FIELDS).query(one("tableId", id(tableId, "tableId")))
        .returning(Types.newParameterizedType(List.class, TableField.class));
  }

  public ApiCall<TableField> getField(String fieldId) {
    return rest.call(Operation.AP_GET_FIELD).param("id", id(fieldId, "fieldId")).returning(TableField.class);
  }

  public ApiCall<TableField> createField(String tableId, String name, TableField.Type type) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tableId", id(tableId, "tableId"));
    body.put("name", Models.checkNotEmpty(name, "name"));
    body.put("type", Models.checkKnown(type, "type").name());
    return rest.call(Operation.AP_CREATE_FIELD).body(body).returning(TableField.class);
  }

  public ApiCall<TableField> renameField(String fieldId, String name) {
    return rest.call(Operation.AP_RENAME_FIELD).param("id", id(fieldId, "fieldId"))
        .body(one("name", Models.checkNotEmpty(name, "name"))).returning(TableField.class);
  }

  public ApiCall<@Nullable Void> deleteField(String fieldId) {
    return rest.call(Operation.AP_DELETE_FIELD).param("id", id(fieldId, "fieldId")).noContent();
  }

  public ApiCall<PageEnvelope<TableRecord>> listRecords(String tableId, ListParams params) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("tableId", id(tableId, "tableId"));
    query.putAll(Queries.of(params));
    return rest.call(Operation.AP_LIST_RECORDS).query(query).page(TableRecord.class);
  }

  public ApiCall<TableRecord> getRecord(String recordId) {
    return rest.call(Operation.AP_GET_RECORD).param("id", id(recordId, "recordId")).returning(TableRecord.class);
  }

  public ApiCall<List<TableRecord>> createRecords(String tableId, List<Map<String, String>> records) {
    Objects.requireNonNull(records, "records == null");
    List<Object> rows = new ArrayList<>();
    for (Map<String, String> record : records) rows.add(cells(Objects.requireNonNull(record, "a record == null")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("records", rows);
    body.put("tableId", id(tableId, "tableId"));
    return rest.call(Operation.AP_CREATE_RECORDS).body(body)
        .returning(Types.newParameterizedType(List.class, TableRecord.class));
  }

  public ApiCall<TableRecord> updateRecord(String recordId, String tableId, Map<String, String> cells) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cells", cells(Objects.requireNonNull(cells, "cells == null")));
    body.put("tableId", id(tableId, "tableId"));
    return rest.call(Operation.AP_UPDATE_RECORD).param("id", id(recordId, "recordId")).body(body)
        .returning(TableRecord.class);
  }

  public ApiCall<@Nullable Void> deleteRecords(String... recordIds) {
    List<String> ids = new ArrayList<>();
    for (String r : recordIds) ids.add(id(r, "recordId"));
    if (ids.isEmpty()) throw new IllegalArgumentException("recordIds is empty");
    return rest.call(Operation.AP_DELETE_RECORDS).body(one("ids", ids)).noContent();
  }

  /** A record's cells as Activepieces takes them: {@code [{fieldId, value}]}. */
  private static List<Object> cells(Map<String, String> values) {
    List<Object> cells = new ArrayList<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("fieldId", id(e.getKey(), "fieldId"));
      cell.put("value", Objects.requireNonNull(e.getValue(), "the value of " + e.getKey() + " == null"));
      cells.add(cell);
    }
    return cells;
  }

  public ApiCall<List<Piece>> listPieces() {
    return rest.call(Operation.AP_LIST_PIECES).returning(Types.newParameterizedType(List.class, Piece.class));
  }

  public ApiCall<Piece> getPiece(String name, @Nullable String version) {
    Map<String, String> query = new LinkedHashMap<>();
    if (version != null) query.put("version", version);
    return rest.call(Operation.AP_GET_PIECE).param("name", id(name, "name")).query(query).returning(Piece.class);
  }

  public ApiCall<PropertyOptions> pieceOptions(PropertyOptionsParams params) {
    return rest.call(Operation.AP_PIECE_OPTIONS).body(Objects.requireNonNull(params, "params == null"))
        .returning(PropertyOptions.class);
  }

  public ApiCall<TriggerRunStatus> triggerRunStatus() {
    return rest.call(Operation.AP_TRIGGER_RUN_STATUS).returning(TriggerRunStatus.class);
  }

  public ApiCall<List<TriggerEvent>> testTrigger(String flowId, String flowVersionId, TriggerEvent.TestStrategy strategy) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("flowId", id(flowId, "flowId"));
    body.put("flowVersionId", id(flowVersionId, "flowVersionId"));
    body.put("testStrategy", Objects.requireNonNull(strategy, "strategy == null").name());
    return rest.call(Operation.AP_TEST_TRIGGER).body(body)
        .returning(Types.newParameterizedType(List.class, TriggerEvent.class));
  }

  public ApiCall<PageEnvelope<UserInvitation>> listInvitations(UserInvitation.Type type, ListParams params) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("type", Models.checkKnown(type, "type").name());
    query.putAll(Queries.of(params));
    return rest.call(Operation.AP_LIST_INVITATIONS).query(query).page(UserInvitation.class);
  }

  public ApiCall<@Nullable Void> deleteInvitation(String invitationId) {
    return rest.call(Operation.AP_DELETE_INVITATION).param("id", id(invitationId, "invitationId")).noContent();
  }

  public ApiCall<List<ChannelAutomation>> listChannelAutomations(@Nullable String channelType) {
    Map<String, String> query = new LinkedHashMap<>();
    if (channelType != null) query.put("channelType", channelType);
    return rest.call(Operation.AP_LIST_CHANNEL_AUTOMATIONS).query(query).page(ChannelAutomation.class)
        .map(PageEnvelope::items);
  }

  private static <V> Map<String, V> one(String name, V value) {
    Map<String, V> map = new LinkedHashMap<>();
    map.put(name, value);
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonObject(Object value) {
    return new LinkedHashMap<>((Map<String, Object>) FlowJson.moshi().adapter(Object.class).toJsonValue(value));
  }

  private static String json(Object value, int depth) {
    return Wire.json(value, depth);
  }
}
