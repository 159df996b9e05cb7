package dev.flowkit.workflows.activepieces;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.activepieces.ActivepiecesModule;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListParams;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The calls only Activepieces has (and Imbrace, whose workflow engine it is), in its own
 * shapes; get it with {@link #of(FlowClient)} from a client built with {@code
 * .platform(Platform.ACTIVEPIECES)} or {@code .platform(Platform.IMBRACE)} (on any other platform
 * it throws {@link UnsupportedOperationException} before any request). Flows, versions,
 * runs, folders, connections and MCP servers are in {@code client.workflows()}. One flat facade,
 * like the official Imbrace SDK's {@code client.workflows}. Thread-safe; every method throws a
 * {@link dev.flowkit.core.FlowException} subtype when the call fails, with Activepieces' error
 * {@code code} as {@code errorCode()} and its {@code params} as {@code details()}.
 */
public interface Activepieces {
  /**
   * The Activepieces calls of {@code client}, made on its first use and then the same object.
   *
   * <pre>{@code
   * Activepieces activepieces = Activepieces.of(client);
   * Table table = activepieces.getTable(tableId);
   * }</pre>
   *
   * @throws UnsupportedOperationException unless {@code client} speaks {@code Platform.ACTIVEPIECES}
   *     or {@code Platform.IMBRACE}
   */
  static Activepieces of(FlowClient client) {
    return ActivepiecesModule.facade(ClientWiring.of(client), "Activepieces.of(client)");
  }

  /** {@code POST /v1/flows/{id}}: applies one of Activepieces' flow operations; answers the updated flow. */
  Flow applyFlowOperation(String flowId, ApFlowOperation operation);

  /**
   * {@code POST /v1/webhooks/{flowId}} with {@code payload} (any JSON value Moshi writes; null
   * sends {@code {}}) as the body: starts a run of the published version and answers at once,
   * without a run id (see {@link WebhookAcceptance}).
   *
   * @throws dev.flowkit.core.NotFoundException 404 if the flow is disabled
   * @throws dev.flowkit.core.FlowApiException 410 if no flow has this id, 402 over quota
   */
  WebhookAcceptance triggerWebhook(String flowId, @Nullable Object payload);

  /**
   * {@code POST /v1/webhooks/{flowId}/sync}: starts a run and waits (Activepieces waits 30 s by
   * default) for what its Return Response step answers; see {@link WebhookResponse#outcome()}.
   *
   * @throws dev.flowkit.core.NotFoundException 404 if the flow is disabled
   * @throws dev.flowkit.core.FlowApiException 410 if no flow has this id, 402 over quota
   */
  WebhookResponse triggerWebhookSync(String flowId, @Nullable Object payload);

  /** As {@link #triggerWebhook}, running the draft ({@code /draft}): a test run, enabled or not. */
  WebhookAcceptance triggerDraftWebhook(String flowId, @Nullable Object payload);

  /** As {@link #triggerWebhookSync}, running the draft ({@code /draft/sync}). */
  WebhookResponse triggerDraftWebhookSync(String flowId, @Nullable Object payload);

  /**
   * {@code POST /v1/flow-runs/{id}/retry}: retries a finished run; {@code projectId} as a platform
   * API key needs it, else null. {@link RetryStrategy#ON_LATEST_VERSION} answers a new run.
   */
  FlowRun retryRun(String runId, RetryStrategy strategy, @Nullable String projectId);

  /** {@code POST /v1/flow-runs/retry}: retries every run {@code params} selects; answers them. */
  List<FlowRun> retryRuns(BulkRunsParams params, RetryStrategy strategy);

  /** {@code POST /v1/flow-runs/cancel}: cancels the PAUSED and QUEUED runs {@code params} selects. */
  void cancelRuns(BulkRunsParams params);

  /** {@code POST /v1/flow-runs/archive}: archives the runs {@code params} selects. */
  void archiveRuns(BulkRunsParams params);

  /** {@code GET /v1/tables}: one page of the project's tables. */
  Page<Table> listTables(ListParams params);

  /** {@code GET /v1/tables/{id}}. */
  Table getTable(String tableId);

  /** {@code POST /v1/tables}: a new empty table; {@code projectId} null for the credential's own. */
  Table createTable(String name, @Nullable String projectId);

  /** {@code DELETE /v1/tables/{id}}, with its fields and records. */
  void deleteTable(String tableId);

  /** {@code GET /v1/fields?tableId=}: every field of a table (a list, as the platform answers). */
  List<TableField> listFields(String tableId);

  /** {@code GET /v1/fields/{id}}. */
  TableField getField(String fieldId);

  /** {@code POST /v1/fields}: adds a field to a table. */
  TableField createField(String tableId, String name, TableField.Type type);

  /** {@code POST /v1/fields/{id}}: renames a field. */
  TableField renameField(String fieldId, String name);

  /** {@code DELETE /v1/fields/{id}}, with its cells. */
  void deleteField(String fieldId);

  /** {@code GET /v1/records?tableId=}: one page of a table's records. */
  Page<TableRecord> listRecords(String tableId, ListParams params);

  /** {@code GET /v1/records/{id}}. */
  TableRecord getRecord(String recordId);

  /**
   * {@code POST /v1/records}: adds {@code records} to a table, each a map of field id to value;
   * answers them.
   */
  List<TableRecord> createRecords(String tableId, List<Map<String, String>> records);

  /** {@code POST /v1/records/{id}}: sets the {@code cells} (field id to value) of a record. */
  TableRecord updateRecord(String recordId, String tableId, Map<String, String> cells);

  /** {@code DELETE /v1/records}: deletes these records. */
  void deleteRecords(String... recordIds);

  /** {@code GET /v1/pieces}: every piece (a list, as the platform answers; it takes no page size). */
  List<Piece> listPieces();

  /** {@code GET /v1/pieces/{name}}: a piece with its actions and triggers; {@code version} null for the latest. */
  Piece getPiece(String name, @Nullable String version);

  /** {@code POST /v1/pieces/options}: the choices of a step's dropdown property. */
  PropertyOptions pieceOptions(PropertyOptionsParams params);

  /** {@code GET /v1/trigger-runs/status}: how the project's triggers ran, per piece and day. */
  TriggerRunStatus triggerRunStatus();

  /** {@code POST /v1/test-trigger}: tests a flow version's trigger; answers the events it got. */
  List<TriggerEvent> testTrigger(String flowId, String flowVersionId, TriggerEvent.TestStrategy strategy);

  /** {@code GET /v1/user-invitations?type=}: one page of invitations of this type (the platform requires it). */
  Page<UserInvitation> listInvitations(UserInvitation.Type type, ListParams params);

  /** {@code DELETE /v1/user-invitations/{id}}. */
  void deleteInvitation(String invitationId);

  /**
   * Imbrace's channel automations ({@code GET {gateway}/channel-service/v1/workflows/channel_automation}),
   * of one {@code channelType} (such as {@code whatsapp}) or, with null, all. Imbrace only.
   */
  List<ChannelAutomation> listChannelAutomations(@Nullable String channelType);
}
