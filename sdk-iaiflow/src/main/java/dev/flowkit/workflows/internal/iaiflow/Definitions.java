package dev.flowkit.workflows.internal.iaiflow;

import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.iaiflow.WorkflowDefinition;
import dev.flowkit.workflows.models.TriggeredBy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. IAI Flow's WorkflowDefinition as the shared models see it, and back: a definition
 * whose graph is a chain (one node no edge enters, then each node followed by at most one other,
 * no conditions) is the shared {@code Step} chain, node ids as step names; the node types that
 * mean what a shared step type means map both ways ({@code manual_trigger} ↔ {@code MANUAL},
 * {@code webhook} ↔ {@code WEBHOOK}, {@code schedule} ↔ {@code SCHEDULE}, {@code http_request}
 * ↔ {@code HTTP}); any other node type keeps its own name (a shared {@code StepType.UNKNOWN}).
 */
public final class Definitions {
  private static final String[][] TYPES = {
    {"manual_trigger", "MANUAL"}, {"webhook", "WEBHOOK"}, {"schedule", "SCHEDULE"}, {"http_request", "HTTP"},
  };

  private Definitions() {}

  /**
   * {@code json} read as a definition, null for null.
   *
   * @throws InvalidResponseException naming {@code owner} and the problem
   */
  public static @Nullable WorkflowDefinition read(@Nullable String json, String owner) {
    if (json == null) return null;
    try {
      return WorkflowDefinition.parse(json);
    } catch (IllegalArgumentException e) {
      throw new InvalidResponseException(owner + " has a definition_json that is not a WorkflowDefinition: "
          + e.getMessage(), e);
    }
  }

  /** IAI Flow's {@code triggered_by} as the shared enum; null for null. */
  public static @Nullable TriggeredBy triggeredBy(@Nullable String text) {
    if (text == null) return null;
    switch (text) {
      case "manual": return TriggeredBy.MANUAL;
      case "schedule": return TriggeredBy.SCHEDULE;
      case "webhook": return TriggeredBy.WEBHOOK;
      case "api": return TriggeredBy.API;
      default: return TriggeredBy.UNKNOWN;
    }
  }

  /** The shared step type of a node type, or the node type itself when none means the same. */
  public static String stepType(@Nullable Object nodeType) {
    for (String[] t : TYPES) {
      if (t[0].equals(nodeType)) return t[1];
    }
    return String.valueOf(nodeType);
  }

  /** The node type of a shared step type, or null when IAI Flow has none that means the same. */
  public static @Nullable String nodeType(@Nullable Object stepType) {
    for (String[] t : TYPES) {
      if (t[1].equals(stepType)) return t[0];
    }
    return null;
  }

  /**
   * The shared step chain ({@code {name, type, displayName, settings, nextAction}}) of a definition
   * whose graph is a chain; null when it branches, joins, has conditions, or has no node.
   */
  public static @Nullable Map<String, Object> chain(WorkflowDefinition d) {
    if (d.nodes().isEmpty()) return null;
    Map<String, String> next = new HashMap<>();
    Map<String, Integer> incoming = new HashMap<>();
    for (dev.flowkit.workflows.iaiflow.Edge e : d.edges()) {
      if (e.condition() != null || next.containsKey(e.source())) return null;
      next.put(e.source(), e.target());
      incoming.merge(e.target(), 1, Integer::sum);
    }
    String head = null;
    for (dev.flowkit.workflows.iaiflow.Node n : d.nodes()) {
      Integer in = incoming.get(n.id());
      if (in == null) {
        if (head != null) return null;
        head = n.id();
      } else if (in > 1) {
        return null;
      }
    }
    if (head == null || (d.entry() != null && !d.entry().equals(head))) return null;
    List<dev.flowkit.workflows.iaiflow.Node> order = new ArrayList<>();
    for (String id = head; id != null; id = next.get(id)) {
      if (order.size() > d.nodes().size()) return null;
      order.add(d.node(id));
    }
    if (order.size() != d.nodes().size()) return null;
    Map<String, Object> step = null;
    for (int i = order.size() - 1; i >= 0; i--) {
      dev.flowkit.workflows.iaiflow.Node n = order.get(i);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", n.id());
      s.put("type", stepType(n.type()));
      if (n.name() != null) s.put("displayName", n.name());
      s.put("settings", n.config().values());
      if (step != null) s.put("nextAction", step);
      step = s;
    }
    return step;
  }

  /**
   * A shared step chain as IAI Flow's definition text: one node per step (id = step name, name =
   * display name, config = settings) and an edge from each to the next.
   *
   * @throws UnsupportedOperationException (from {@code refuse}) for a step whose type has no IAI
   *     Flow node type, or a branch
   */
  public static String fromChain(String name, Map<?, ?> trigger, java.util.function.Function<String, RuntimeException> refuse) {
    List<Object> nodes = new ArrayList<>();
    List<Object> edges = new ArrayList<>();
    String previous = null;
    for (Map<?, ?> s = trigger; s != null; s = (Map<?, ?>) s.get("nextAction")) {
      String type = nodeType(s.get("type"));
      if (type == null) {
        throw refuse.apply("a " + s.get("type") + " step (\"" + s.get("name") + "\"): IAI Flow has no node type for it;"
            + " write the WorkflowDefinition with IaiFlow.of(client).flows()");
      }
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", s.get("name"));
      node.put("type", type);
      if (s.get("displayName") != null) node.put("name", s.get("displayName"));
      node.put("config", s.get("settings") == null ? new LinkedHashMap<String, Object>() : s.get("settings"));
      nodes.add(node);
      if (previous != null) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("id", "e" + (edges.size() + 1));
        edge.put("source", previous);
        edge.put("target", s.get("name"));
        edges.add(edge);
      }
      previous = (String) s.get("name");
    }
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("name", name);
    definition.put("nodes", nodes);
    definition.put("edges", edges);
    return JsonValues.write(JsonValues.copy(definition, "definition"));
  }
}
