package dev.flowkit.server.internal.iaiflow;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The WorkflowDefinition of every version of every IAI Flow flow. The flow store keeps the flow
 * (name, status, versions); this keeps what each version runs. A version the flow store made
 * without a new definition (a rename makes a draft) gets the flow's current one.
 */
public final class Definitions {
  private final Map<String, Graph> byVersion = new HashMap<>();
  private final Map<String, Graph> current = new HashMap<>();

  /** Sets the definition of {@code flowId}'s version {@code versionId}, now its current one. */
  public synchronized void set(String flowId, String versionId, Graph graph) {
    byVersion.put(versionId, graph);
    current.put(flowId, graph);
  }

  /** Gives {@code versionId} the flow's current definition unless it has one. */
  public synchronized void sync(String flowId, String versionId) {
    Graph g = current.get(flowId);
    if (g != null) byVersion.putIfAbsent(versionId, g);
  }

  /** The flow's current definition, or null for a flow this store never saw. */
  public synchronized @Nullable Graph current(String flowId) {
    return current.get(flowId);
  }

  /** What {@code versionId} runs, or null. */
  public synchronized @Nullable Graph version(String versionId) {
    return byVersion.get(versionId);
  }

  /** Forgets a deleted flow's current definition. */
  public synchronized void forget(String flowId) {
    current.remove(flowId);
  }
}
