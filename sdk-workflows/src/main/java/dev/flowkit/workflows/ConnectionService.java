package dev.flowkit.workflows;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;

/** App connections: credentials flows use to reach other services. Secrets are never returned. */
public interface ConnectionService {
  /** One page of connections, optionally of one piece. */
  Page<AppConnection> listConnections(ListConnectionsParams params);

  /** The first page of connections. */
  default Page<AppConnection> listConnections() {
    return listConnections(ListConnectionsParams.none());
  }

  /** The connection with this id. */
  AppConnection getConnection(String connectionId);

  /** Creates the connection, or updates the one with the same {@code externalId}. */
  AppConnection upsertConnection(UpsertConnectionParams params);

  /** Deletes a connection. */
  void deleteConnection(String connectionId);
}
