package dev.flowkit.workflows.activepieces;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.activepieces.ActivepiecesModule;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListParams;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The calls of {@link Activepieces}, each returning at once with a {@link CompletableFuture}; get
 * it with {@link #of(FlowClient.AsyncClient)}. Threads and cancelling as in {@link
 * dev.flowkit.workflows.AsyncWorkflows}.
 */
public interface AsyncActivepieces {
  /**
   * The asynchronous Activepieces calls of {@code client}: {@code AsyncActivepieces.of(client.async())}.
   *
   * @throws UnsupportedOperationException unless the client speaks {@code Platform.ACTIVEPIECES}
   *     or {@code Platform.IMBRACE}
   */
  static AsyncActivepieces of(FlowClient.AsyncClient client) {
    return ActivepiecesModule.facade(ClientWiring.of(client), "AsyncActivepieces.of(client)").async();
  }

  /** As {@link Activepieces#applyFlowOperation(String, ApFlowOperation)}. */
  CompletableFuture<Flow> applyFlowOperation(String flowId, ApFlowOperation operation);

  /** As {@link Activepieces#triggerWebhook(String, Object)}. */
  CompletableFuture<WebhookAcceptance> triggerWebhook(String flowId, @Nullable Object payload);

  /** As {@link Activepieces#triggerWebhookSync(String, Object)}. */
  CompletableFuture<WebhookResponse> triggerWebhookSync(String flowId, @Nullable Object payload);

  /** As {@link Activepieces#triggerDraftWebhook(String, Object)}. */
  CompletableFuture<WebhookAcceptance> triggerDraftWebhook(String flowId, @Nullable Object payload);

  /** As {@link Activepieces#triggerDraftWebhookSync(String, Object)}. */
  CompletableFuture<WebhookResponse> triggerDraftWebhookSync(String flowId, @Nullable Object payload);

  /** As {@link Activepieces#retryRun(String, RetryStrategy, String)}. */
  CompletableFuture<FlowRun> retryRun(String runId, RetryStrategy strategy, @Nullable String projectId);

  /** As {@link Activepieces#retryRuns(BulkRunsParams, RetryStrategy)}. */
  CompletableFuture<List<FlowRun>> retryRuns(BulkRunsParams params, RetryStrategy strategy);

  /** As {@link Activepieces#cancelRuns(BulkRunsParams)}. */
  CompletableFuture<@Nullable Void> cancelRuns(BulkRunsParams params);

  /** As {@link Activepieces#archiveRuns(BulkRunsParams)}. */
  CompletableFuture<@Nullable Void> archiveRuns(BulkRunsParams params);

  /** As {@link Activepieces#listTables(ListParams)}. */
  CompletableFuture<AsyncPage<Table>> listTables(ListParams params);

  /** As {@link Activepieces#getTable(String)}. */
  CompletableFuture<Table> getTable(String tableId);

  /** As {@link Activepieces#createTable(String, String)}. */
  CompletableFuture<Table> createTable(String name, @Nullable String projectId);

  /** As {@link Activepieces#deleteTable(String)}. */
  CompletableFuture<@Nullable Void> deleteTable(String tableId);

  /** As {@link Activepieces#listFields(String)}. */
  CompletableFuture<List<TableField>> listFields(String tableId);

  /** As {@link Activepieces#getField(String)}. */
  CompletableFuture<TableField> getField(String fieldId);

  /** As {@link Activepieces#createField(String, String, TableField.Type)}. */
  CompletableFuture<TableField> createField(String tableId, String name, TableField.Type type);

  /** As {@link Activepieces#renameField(String, String)}. */
  CompletableFuture<TableField> renameField(String fieldId, String name);

  /** As {@link Activepieces#deleteField(String)}. */
  CompletableFuture<@Nullable Void> deleteField(String fieldId);

  /** As {@link Activepieces#listRecords(String, ListParams)}. */
  CompletableFuture<AsyncPage<TableRecord>> listRecords(String tableId, ListParams params);

  /** As {@link Activepieces#getRecord(String)}. */
  CompletableFuture<TableRecord> getRecord(String recordId);

  /** As {@link Activepieces#createRecords(String, List)}. */
  CompletableFuture<List<TableRecord>> createRecords(String tableId, List<Map<String, String>> records);

  /** As {@link Activepieces#updateRecord(String, String, Map)}. */
  CompletableFuture<TableRecord> updateRecord(String recordId, String tableId, Map<String, String> cells);

  /** As {@link Activepieces#deleteRecords(String...)}. */
  CompletableFuture<@Nullable Void> deleteRecords(String... recordIds);

  /** As {@link Activepieces#listPieces()}. */
  CompletableFuture<List<Piece>> listPieces();

  /** As {@link Activepieces#getPiece(String, String)}. */
  CompletableFuture<Piece> getPiece(String name, @Nullable String version);

  /** As {@link Activepieces#pieceOptions(PropertyOptionsParams)}. */
  CompletableFuture<PropertyOptions> pieceOptions(PropertyOptionsParams params);

  /** As {@link Activepieces#triggerRunStatus()}. */
  CompletableFuture<TriggerRunStatus> triggerRunStatus();

  /** As {@link Activepieces#testTrigger(String, String, TriggerEvent.TestStrategy)}. */
  CompletableFuture<List<TriggerEvent>> testTrigger(String flowId, String flowVersionId, TriggerEvent.TestStrategy strategy);

  /** As {@link Activepieces#listInvitations(UserInvitation.Type, ListParams)}. */
  CompletableFuture<AsyncPage<UserInvitation>> listInvitations(UserInvitation.Type type, ListParams params);

  /** As {@link Activepieces#deleteInvitation(String)}. */
  CompletableFuture<@Nullable Void> deleteInvitation(String invitationId);

  /** As {@link Activepieces#listChannelAutomations(String)}. */
  CompletableFuture<List<ChannelAutomation>> listChannelAutomations(@Nullable String channelType);
}
