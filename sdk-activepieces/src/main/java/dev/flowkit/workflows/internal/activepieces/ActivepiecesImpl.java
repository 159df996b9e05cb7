package dev.flowkit.workflows.internal.activepieces;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.Page;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.ApFlowOperation;
import dev.flowkit.workflows.activepieces.AsyncActivepieces;
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
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListParams;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Both facades of Activepieces' own calls: blocking, and {@link #async()}. */
public final class ActivepiecesImpl implements Activepieces {
  private final ActivepiecesCalls calls;
  private final AsyncActivepieces async;

  public ActivepiecesImpl(ActivepiecesCalls calls) {
    this.calls = calls;
    this.async = new Async();
  }

  public AsyncActivepieces async() {
    return async;
  }

  @Override public Flow applyFlowOperation(String flowId, ApFlowOperation operation) {
    return calls.applyFlowOperation(flowId, operation).execute();
  }

  @Override public WebhookAcceptance triggerWebhook(String flowId, @Nullable Object payload) {
    return calls.triggerWebhook(Operation.AP_TRIGGER_WEBHOOK, flowId, payload).execute();
  }

  @Override public WebhookResponse triggerWebhookSync(String flowId, @Nullable Object payload) {
    return calls.triggerWebhookSync(Operation.AP_TRIGGER_WEBHOOK_SYNC, flowId, payload).execute();
  }

  @Override public WebhookAcceptance triggerDraftWebhook(String flowId, @Nullable Object payload) {
    return calls.triggerWebhook(Operation.AP_TRIGGER_DRAFT_WEBHOOK, flowId, payload).execute();
  }

  @Override public WebhookResponse triggerDraftWebhookSync(String flowId, @Nullable Object payload) {
    return calls.triggerWebhookSync(Operation.AP_TRIGGER_DRAFT_WEBHOOK_SYNC, flowId, payload).execute();
  }

  @Override public FlowRun retryRun(String runId, RetryStrategy strategy, @Nullable String projectId) {
    return calls.retryRun(runId, strategy, projectId).execute();
  }

  @Override public List<FlowRun> retryRuns(BulkRunsParams params, RetryStrategy strategy) {
    return calls.retryRuns(params, strategy).execute();
  }

  @Override public void cancelRuns(BulkRunsParams params) {
    calls.cancelRuns(params).execute();
  }

  @Override public void archiveRuns(BulkRunsParams params) {
    calls.archiveRuns(params).execute();
  }

  @Override public Page<Table> listTables(ListParams params) {
    return calls.listTables(params).execute().toPage(cursor -> listTables(params.withCursor(cursor)));
  }

  @Override public Table getTable(String tableId) {
    return calls.getTable(tableId).execute();
  }

  @Override public Table createTable(String name, @Nullable String projectId) {
    return calls.createTable(name, projectId).execute();
  }

  @Override public void deleteTable(String tableId) {
    calls.deleteTable(tableId).execute();
  }

  @Override public List<TableField> listFields(String tableId) {
    return calls.listFields(tableId).execute();
  }

  @Override public TableField getField(String fieldId) {
    return calls.getField(fieldId).execute();
  }

  @Override public TableField createField(String tableId, String name, TableField.Type type) {
    return calls.createField(tableId, name, type).execute();
  }

  @Override public TableField renameField(String fieldId, String name) {
    return calls.renameField(fieldId, name).execute();
  }

  @Override public void deleteField(String fieldId) {
    calls.deleteField(fieldId).execute();
  }

  @Override public Page<TableRecord> listRecords(String tableId, ListParams params) {
    return calls.listRecords(tableId, params).execute().toPage(cursor -> listRecords(tableId, params.withCursor(cursor)));
  }

  @Override public TableRecord getRecord(String recordId) {
    return calls.getRecord(recordId).execute();
  }

  @Override public List<TableRecord> createRecords(String tableId, List<Map<String, String>> records) {
    return calls.createRecords(tableId, records).execute();
  }

  @Override public TableRecord updateRecord(String recordId, String tableId, Map<String, String> cells) {
    return calls.updateRecord(recordId, tableId, cells).execute();
  }

  @Override public void deleteRecords(String... recordIds) {
    calls.deleteRecords(recordIds).execute();
  }

  @Override public List<Piece> listPieces() {
    return calls.listPieces().execute();
  }

  @Override public Piece getPiece(String name, @Nullable String version) {
    return calls.getPiece(name, version).execute();
  }

  @Override public PropertyOptions pieceOptions(PropertyOptionsParams params) {
    return calls.pieceOptions(params).execute();
  }

  @Override public TriggerRunStatus triggerRunStatus() {
    return calls.triggerRunStatus().execute();
  }

  @Override public List<TriggerEvent> testTrigger(String flowId, String flowVersionId, TriggerEvent.TestStrategy strategy) {
    return calls.testTrigger(flowId, flowVersionId, strategy).execute();
  }

  @Override public Page<UserInvitation> listInvitations(UserInvitation.Type type, ListParams params) {
    return calls.listInvitations(type, params).execute().toPage(cursor -> listInvitations(type, params.withCursor(cursor)));
  }

  @Override public void deleteInvitation(String invitationId) {
    calls.deleteInvitation(invitationId).execute();
  }

  @Override public List<ChannelAutomation> listChannelAutomations(@Nullable String channelType) {
    return calls.listChannelAutomations(channelType).execute();
  }

  private final class Async implements AsyncActivepieces {
    @Override public CompletableFuture<Flow> applyFlowOperation(String flowId, ApFlowOperation operation) {
      return calls.applyFlowOperation(flowId, operation).executeAsync();
    }

    @Override public CompletableFuture<WebhookAcceptance> triggerWebhook(String flowId, @Nullable Object payload) {
      return calls.triggerWebhook(Operation.AP_TRIGGER_WEBHOOK, flowId, payload).executeAsync();
    }

    @Override public CompletableFuture<WebhookResponse> triggerWebhookSync(String flowId, @Nullable Object payload) {
      return calls.triggerWebhookSync(Operation.AP_TRIGGER_WEBHOOK_SYNC, flowId, payload).executeAsync();
    }

    @Override public CompletableFuture<WebhookAcceptance> triggerDraftWebhook(String flowId, @Nullable Object payload) {
      return calls.triggerWebhook(Operation.AP_TRIGGER_DRAFT_WEBHOOK, flowId, payload).executeAsync();
    }

    @Override public CompletableFuture<WebhookResponse> triggerDraftWebhookSync(String flowId, @Nullable Object payload) {
      return calls.triggerWebhookSync(Operation.AP_TRIGGER_DRAFT_WEBHOOK_SYNC, flowId, payload).executeAsync();
    }

    @Override public CompletableFuture<FlowRun> retryRun(String runId, RetryStrategy strategy, @Nullable String projectId) {
      return calls.retryRun(runId, strategy, projectId).executeAsync();
    }

    @Override public CompletableFuture<List<FlowRun>> retryRuns(BulkRunsParams params, RetryStrategy strategy) {
      return calls.retryRuns(params, strategy).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> cancelRuns(BulkRunsParams params) {
      return calls.cancelRuns(params).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> archiveRuns(BulkRunsParams params) {
      return calls.archiveRuns(params).executeAsync();
    }

    @Override public CompletableFuture<AsyncPage<Table>> listTables(ListParams params) {
      return calls.listTables(params).map(page -> page.toAsyncPage(cursor -> listTables(params.withCursor(cursor)))).executeAsync();
    }

    @Override public CompletableFuture<Table> getTable(String tableId) {
      return calls.getTable(tableId).executeAsync();
    }

    @Override public CompletableFuture<Table> createTable(String name, @Nullable String projectId) {
      return calls.createTable(name, projectId).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> deleteTable(String tableId) {
      return calls.deleteTable(tableId).executeAsync();
    }

    @Override public CompletableFuture<List<TableField>> listFields(String tableId) {
      return calls.listFields(tableId).executeAsync();
    }

    @Override public CompletableFuture<TableField> getField(String fieldId) {
      return calls.getField(fieldId).executeAsync();
    }

    @Override public CompletableFuture<TableField> createField(String tableId, String name, TableField.Type type) {
      return calls.createField(tableId, name, type).executeAsync();
    }

    @Override public CompletableFuture<TableField> renameField(String fieldId, String name) {
      return calls.renameField(fieldId, name).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> deleteField(String fieldId) {
      return calls.deleteField(fieldId).executeAsync();
    }

    @Override public CompletableFuture<AsyncPage<TableRecord>> listRecords(String tableId, ListParams params) {
      return calls.listRecords(tableId, params).map(page -> page.toAsyncPage(cursor -> listRecords(tableId, params.withCursor(cursor)))).executeAsync();
    }

    @Override public CompletableFuture<TableRecord> getRecord(String recordId) {
      return calls.getRecord(recordId).executeAsync();
    }

    @Override public CompletableFuture<List<TableRecord>> createRecords(String tableId, List<Map<String, String>> records) {
      return calls.createRecords(tableId, records).executeAsync();
    }

    @Override public CompletableFuture<TableRecord> updateRecord(String recordId, String tableId, Map<String, String> cells) {
      return calls.updateRecord(recordId, tableId, cells).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> deleteRecords(String... recordIds) {
      return calls.deleteRecords(recordIds).executeAsync();
    }

    @Override public CompletableFuture<List<Piece>> listPieces() {
      return calls.listPieces().executeAsync();
    }

    @Override public CompletableFuture<Piece> getPiece(String name, @Nullable String version) {
      return calls.getPiece(name, version).executeAsync();
    }

    @Override public CompletableFuture<PropertyOptions> pieceOptions(PropertyOptionsParams params) {
      return calls.pieceOptions(params).executeAsync();
    }

    @Override public CompletableFuture<TriggerRunStatus> triggerRunStatus() {
      return calls.triggerRunStatus().executeAsync();
    }

    @Override public CompletableFuture<List<TriggerEvent>> testTrigger(String flowId, String flowVersionId, TriggerEvent.TestStrategy strategy) {
      return calls.testTrigger(flowId, flowVersionId, strategy).executeAsync();
    }

    @Override public CompletableFuture<AsyncPage<UserInvitation>> listInvitations(UserInvitation.Type type, ListParams params) {
      return calls.listInvitations(type, params).map(page -> page.toAsyncPage(cursor -> listInvitations(type, params.withCursor(cursor)))).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> deleteInvitation(String invitationId) {
      return calls.deleteInvitation(invitationId).executeAsync();
    }

    @Override public CompletableFuture<List<ChannelAutomation>> listChannelAutomations(@Nullable String channelType) {
      return calls.listChannelAutomations(channelType).executeAsync();
    }
  }
}
