package dev.flowkit.workflows;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * App connections (stored credentials), asynchronously: the calls of {@link ConnectionService},
 * each returning at once with a {@link CompletableFuture}. Part of {@link AsyncWorkflows}; threads
 * and cancelling as described there.
 */
public interface AsyncConnectionService {
  /** As {@link ConnectionService#listConnections(ListConnectionsParams)}. */
  CompletableFuture<AsyncPage<AppConnection>> listConnections(ListConnectionsParams params);

  /** As {@link ConnectionService#listConnections()}. */
  default CompletableFuture<AsyncPage<AppConnection>> listConnections() {
    return listConnections(ListConnectionsParams.none());
  }

  /** As {@link ConnectionService#getConnection(String)}. */
  CompletableFuture<AppConnection> getConnection(String connectionId);

  /** As {@link ConnectionService#upsertConnection(UpsertConnectionParams)}. */
  CompletableFuture<AppConnection> upsertConnection(UpsertConnectionParams params);

  /** As {@link ConnectionService#deleteConnection(String)}. */
  CompletableFuture<@Nullable Void> deleteConnection(String connectionId);
}
