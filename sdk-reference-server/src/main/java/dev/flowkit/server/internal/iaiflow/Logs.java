package dev.flowkit.server.internal.iaiflow;

import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Platform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * IAI Flow's log entries, {@code {id, run_id, workspace_id, level, message, node_id, data,
 * created_at}}: those a run writes as it goes (start, each node, each token of a prompt, a
 * {@code log} node's message, the end) and those clients write with {@code POST /api/logs}. Also
 * the workspace's KV store of {@code kv_get}/{@code kv_set} nodes.
 */
public final class Logs {
  private final Platform platform;
  private final List<Map<String, Object>> entries = new ArrayList<>();
  private final Map<String, Map<String, Object>> kv = new HashMap<>();

  public Logs(Platform platform) {
    this.platform = platform;
  }

  /** Writes an entry and returns it. */
  public synchronized Map<String, Object> write(String workspaceId, @Nullable String runId, String level, String message,
      @Nullable String nodeId, @Nullable Object data) {
    Map<String, Object> e = Json.obj("id", platform.id("log"), "run_id", runId, "workspace_id", workspaceId,
        "level", level, "message", message, "node_id", nodeId, "data", Json.copy(data),
        "created_at", Json.time(platform.now()));
    entries.add(e);
    return copy(e);
  }

  /** The workspace's entries, newest first, of one run when {@code runId} is set, at most {@code limit}. */
  public synchronized List<Object> newestFirst(String workspaceId, @Nullable String runId, int limit) {
    List<Object> out = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0 && out.size() < limit; i--) {
      Map<String, Object> e = entries.get(i);
      if (e.get("workspace_id").equals(workspaceId) && (runId == null || runId.equals(e.get("run_id")))) out.add(copy(e));
    }
    return out;
  }

  /** Every entry of a run, oldest first. */
  public synchronized List<Object> ofRun(String runId) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> e : entries) {
      if (runId.equals(e.get("run_id"))) out.add(copy(e));
    }
    return out;
  }

  public synchronized @Nullable Object kvGet(String workspaceId, String key) {
    Map<String, Object> space = kv.get(workspaceId);
    return space == null ? null : Json.copy(space.get(key));
  }

  public synchronized void kvSet(String workspaceId, String key, @Nullable Object value) {
    kv.computeIfAbsent(workspaceId, k -> new HashMap<>()).put(key, Json.copy(value));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> e) {
    return (Map<String, Object>) Json.copy(e);
  }
}
