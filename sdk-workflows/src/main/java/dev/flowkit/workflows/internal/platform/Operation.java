package dev.flowkit.workflows.internal.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every call of the Flowkit contract, by the method and path the calls build. A profile maps each
 * one to its platform's wire, or leaves it out.
 */
public enum Operation {
  LOGIN("login", "POST", "api/auth/login"),
  GET_SESSION("getSession", "GET", "api/auth/session"),
  LOGOUT("logout", "DELETE", "api/auth/session"),
  CREATE_API_KEY("createApiKey", "POST", "api/auth/api-keys"),
  LIST_API_KEYS("listApiKeys", "GET", "api/auth/api-keys"),
  REVOKE_API_KEY("revokeApiKey", "DELETE", "api/auth/api-keys/{id}"),

  LIST_FLOWS("listFlows", "GET", "api/flows"),
  CREATE_FLOW("createFlow", "POST", "api/flows"),
  GET_FLOW("getFlow", "GET", "api/flows/{id}"),
  UPDATE_FLOW("updateFlow", "PUT", "api/flows/{id}"),
  DELETE_FLOW("deleteFlow", "DELETE", "api/flows/{id}"),
  APPLY_FLOW_OPERATION("applyFlowOperation", "POST", "api/flows/{id}"),
  LIST_VERSIONS("listVersions", "GET", "api/flows/{id}/versions"),
  GET_VERSION("getVersion", "GET", "api/flows/{id}/versions/{versionId}"),
  /** {@code triggerFlow}: the body has neither {@code sync} nor {@code stream}. */
  TRIGGER_FLOW("triggerFlow", "POST", "api/flows/{id}/run"),
  /** {@code triggerFlowSync}: the body has {@code "sync": true}. */
  TRIGGER_FLOW_SYNC("triggerFlowSync", "POST", "api/flows/{id}/run"),
  /** {@code streamFlow}: the body has {@code "stream": true}. */
  STREAM_FLOW("streamFlow", "POST", "api/flows/{id}/run"),

  LIST_RUNS("listRuns", "GET", "api/runs"),
  GET_RUN("getRun", "GET", "api/runs/{id}"),
  LIST_RUN_STEPS("listRunSteps", "GET", "api/runs/{id}/steps"),
  STREAM_RUN("streamRun", "GET", "api/runs/{id}/events"),
  APPROVE_RUN("approveRun", "POST", "api/runs/{id}/approve"),
  CANCEL_RUN("cancelRun", "POST", "api/runs/{id}/cancel"),
  LATEST_RUNS("listLatestRuns", "GET", "api/dashboard/runs/latest"),

  LIST_FOLDERS("listFolders", "GET", "api/folders"),
  CREATE_FOLDER("createFolder", "POST", "api/folders"),
  GET_FOLDER("getFolder", "GET", "api/folders/{id}"),
  UPDATE_FOLDER("updateFolder", "PUT", "api/folders/{id}"),
  DELETE_FOLDER("deleteFolder", "DELETE", "api/folders/{id}"),

  LIST_CONNECTIONS("listConnections", "GET", "api/app-connections"),
  UPSERT_CONNECTION("upsertConnection", "POST", "api/app-connections"),
  GET_CONNECTION("getConnection", "GET", "api/app-connections/{id}"),
  DELETE_CONNECTION("deleteConnection", "DELETE", "api/app-connections/{id}"),

  LIST_MCP_SERVERS("listMcpServers", "GET", "api/mcp-servers"),
  CREATE_MCP_SERVER("createMcpServer", "POST", "api/mcp-servers"),
  GET_MCP_SERVER("getMcpServer", "GET", "api/mcp-servers/{id}"),
  DELETE_MCP_SERVER("deleteMcpServer", "DELETE", "api/mcp-servers/{id}"),
  ROTATE_MCP_TOKEN("rotateMcpToken", "POST", "api/mcp-servers/{id}/rotate");

  private final String call;
  private final String method;
  private final String[] pattern;

  Operation(String call, String method, String pattern) {
    this.call = call;
    this.method = method;
    this.pattern = pattern.split("/");
  }

  /** The SDK method that makes this call, e.g. {@code listFlows}. */
  public String call() {
    return call;
  }

  /** The contract's method, e.g. {@code GET}. */
  public String method() {
    return method;
  }

  /** The contract's path, e.g. {@code /api/flows/{id}}. */
  public String path() {
    return "/" + String.join("/", pattern);
  }

  /** A contract request recognised: its operation and path parameters. */
  public static final class Match {
    public final Operation operation;
    public final Map<String, String> params;

    Match(Operation operation, Map<String, String> params) {
      this.operation = operation;
      this.params = params;
    }

    /** The path parameter {@code name} ({@code id}, {@code versionId}). */
    public String param(String name) {
      String value = params.get(name);
      if (value == null) throw new IllegalStateException(operation + " has no parameter " + name);
      return value;
    }
  }

  /**
   * The operation a contract request makes, or null for a path outside the contract. A trigger's
   * body decides between {@link #TRIGGER_FLOW}, {@link #TRIGGER_FLOW_SYNC} and {@link #STREAM_FLOW}.
   */
  public static @Nullable Match of(String method, String[] segments, @Nullable Object body) {
    for (Operation op : values()) {
      if (!op.method.equals(method) || op.pattern.length != segments.length) continue;
      Map<String, String> params = new LinkedHashMap<>();
      boolean matches = true;
      for (int i = 0; i < segments.length && matches; i++) {
        String p = op.pattern[i];
        if (p.startsWith("{")) {
          params.put(p.substring(1, p.length() - 1), segments[i]);
        } else {
          matches = p.equals(segments[i]);
        }
      }
      if (!matches) continue;
      if (op == TRIGGER_FLOW) {
        if (flag(body, "stream")) return new Match(STREAM_FLOW, params);
        if (flag(body, "sync")) return new Match(TRIGGER_FLOW_SYNC, params);
      }
      return new Match(op, params);
    }
    return null;
  }

  private static boolean flag(@Nullable Object body, String name) {
    return body instanceof Map && Boolean.TRUE.equals(((Map<?, ?>) body).get(name));
  }
}
