package dev.flowkit.workflows.internal.platform;

import static dev.flowkit.workflows.internal.platform.Endpoint.delete;
import static dev.flowkit.workflows.internal.platform.Endpoint.get;
import static dev.flowkit.workflows.internal.platform.Endpoint.post;
import static dev.flowkit.workflows.internal.platform.Endpoint.put;

/**
 * The Flowkit contract ({@code openapi/flow-api.yaml}): every shared operation, in the SDK's own
 * shapes; every POST carries an {@code Idempotency-Key}. Other dialects reuse these endpoints for
 * the operations they serve the same way.
 */
public final class FlowkitDialect {
  private static final Dialect DIALECT = Dialect.builder("FLOWKIT", "api/")
      .map(Operation.LOGIN, post("api/auth/login").keyedByHeader())
      .map(Operation.GET_SESSION, get("api/auth/session"))
      .map(Operation.LOGOUT, delete("api/auth/session"))
      .map(Operation.CREATE_API_KEY, post("api/auth/api-keys").keyedByHeader())
      .map(Operation.LIST_API_KEYS, get("api/auth/api-keys"))
      .map(Operation.REVOKE_API_KEY, delete("api/auth/api-keys/{id}"))

      .map(Operation.LIST_FLOWS, get("api/flows"))
      .map(Operation.CREATE_FLOW, post("api/flows").keyedByHeader())
      .map(Operation.GET_FLOW, get("api/flows/{id}"))
      .map(Operation.UPDATE_FLOW, put("api/flows/{id}"))
      .map(Operation.DELETE_FLOW, delete("api/flows/{id}"))
      .map(Operation.APPLY_FLOW_OPERATION, post("api/flows/{id}").keyedByHeader())
      .map(Operation.LIST_VERSIONS, get("api/flows/{id}/versions"))
      .map(Operation.GET_VERSION, get("api/flows/{id}/versions/{versionId}"))
      .map(Operation.TRIGGER_FLOW, post("api/flows/{id}/run").keyedByHeader()
          .body(x -> Trigger.contractBody(x)))
      .map(Operation.TRIGGER_FLOW_SYNC, post("api/flows/{id}/run").keyedByHeader()
          .body(x -> Trigger.contractBody(x, "sync", true, "timeoutMs", Trigger.of(x).timeoutMillis())))
      .map(Operation.STREAM_FLOW, post("api/flows/{id}/run").keyedByHeader()
          .body(x -> Trigger.contractBody(x, "stream", true)))

      .map(Operation.LIST_RUNS, get("api/runs"))
      .map(Operation.GET_RUN, get("api/runs/{id}"))
      .map(Operation.LIST_RUN_STEPS, get("api/runs/{id}/steps"))
      .map(Operation.STREAM_RUN, get("api/runs/{id}/events"))
      .map(Operation.APPROVE_RUN, post("api/runs/{id}/approve").keyedByHeader())
      .map(Operation.CANCEL_RUN, post("api/runs/{id}/cancel").keyedByHeader())
      .map(Operation.LATEST_RUNS, get("api/dashboard/runs/latest"))

      .map(Operation.LIST_FOLDERS, get("api/folders"))
      .map(Operation.CREATE_FOLDER, post("api/folders").keyedByHeader())
      .map(Operation.GET_FOLDER, get("api/folders/{id}"))
      .map(Operation.UPDATE_FOLDER, put("api/folders/{id}"))
      .map(Operation.DELETE_FOLDER, delete("api/folders/{id}"))

      .map(Operation.LIST_CONNECTIONS, get("api/app-connections"))
      .map(Operation.UPSERT_CONNECTION, post("api/app-connections").keyedByHeader())
      .map(Operation.GET_CONNECTION, get("api/app-connections/{id}"))
      .map(Operation.DELETE_CONNECTION, delete("api/app-connections/{id}"))

      .map(Operation.LIST_MCP_SERVERS, get("api/mcp-servers"))
      .map(Operation.CREATE_MCP_SERVER, post("api/mcp-servers").keyedByHeader())
      .map(Operation.GET_MCP_SERVER, get("api/mcp-servers/{id}"))
      .map(Operation.DELETE_MCP_SERVER, delete("api/mcp-servers/{id}"))
      .map(Operation.ROTATE_MCP_TOKEN, post("api/mcp-servers/{id}/rotate").keyedByHeader())
      .build();

  private FlowkitDialect() {}

  public static Dialect create() {
    return DIALECT;
  }
}
