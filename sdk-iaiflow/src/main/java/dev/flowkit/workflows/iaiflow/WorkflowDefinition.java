package dev.flowkit.workflows.iaiflow;

import dev.flowkit.workflows.internal.iaiflow.JsonValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An IAI Flow workflow as its builder stores it in a flow's {@code definition_json}:
 * {@code {name, entry?, nodes[{id, type, name?, config}], edges[{id, source, target, condition?}]}}.
 * The nodes are the steps; the edges say which node runs after which, and when.
 *
 * <p>A definition read with {@link #parse} and written with {@link #toJson} keeps every field
 * (documented or not), in order, and every number exactly. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * WorkflowDefinition definition = WorkflowDefinition.builder().name("Order check")
 *     .node(Node.of("start", NodeConfig.manualTrigger()))
 *     .node(Node.of("fetch", NodeConfig.httpRequest("https://shop.example/orders/{{input.id}}", "GET", null, null)))
 *     .node(Node.of("late", NodeConfig.log("Order {{input.id}} is late")))
 *     .connect("start", "fetch")
 *     .connect("fetch", "late", "output.body.late === true")
 *     .build();
 * IaiFlow.of(client).flows().create(CreateWorkflowParams.of("Order check", definition));
 * }</pre>
 */
public final class WorkflowDefinition {
  private static final Set<String> FIELDS =
      new HashSet<>(java.util.Arrays.asList("name", "entry", "nodes", "edges"));

  private final Map<String, @Nullable Object> json;
  private final List<Node> nodes;
  private final List<Edge> edges;

  private WorkflowDefinition(Map<String, @Nullable Object> json, List<Node> nodes, List<Edge> edges) {
    this.json = json;
    this.nodes = nodes;
    this.edges = edges;
  }

  /**
   * Reads a definition from its JSON text (a flow's {@code definition_json}).
   *
   * @throws IllegalArgumentException naming the problem and where it is, when the text is not
   *     JSON, or not an object, or {@code nodes}/{@code edges} are not arrays of nodes and edges
   */
  @SuppressWarnings("unchecked")
  public static WorkflowDefinition parse(String json) {
    Objects.requireNonNull(json, "json == null");
    Object value = JsonValues.parse(json, "definition_json");
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("definition_json must be a JSON object, not " + JsonValues.kind(value));
    }
    Map<String, @Nullable Object> root = (Map<String, @Nullable Object>) value;
    for (String field : new String[] {"name", "entry"}) {
      if (root.get(field) != null && !(root.get(field) instanceof String)) {
        throw new IllegalArgumentException("definition_json." + field + " must be a string, not "
            + JsonValues.kind(root.get(field)));
      }
    }
    List<Node> nodes = new ArrayList<>();
    int i = 0;
    for (Object node : array(root, "nodes")) {
      String path = "definition_json.nodes[" + i++ + "]";
      if (!(node instanceof Map)) throw new IllegalArgumentException(path + " must be an object, not " + JsonValues.kind(node));
      nodes.add(Node.fromJson((Map<String, @Nullable Object>) node, path));
    }
    List<Edge> edges = new ArrayList<>();
    i = 0;
    for (Object edge : array(root, "edges")) {
      String path = "definition_json.edges[" + i++ + "]";
      if (!(edge instanceof Map)) throw new IllegalArgumentException(path + " must be an object, not " + JsonValues.kind(edge));
      edges.add(Edge.fromJson((Map<String, @Nullable Object>) edge, path));
    }
    return new WorkflowDefinition(root, Collections.unmodifiableList(nodes), Collections.unmodifiableList(edges));
  }

  private static List<?> array(Map<String, @Nullable Object> root, String field) {
    Object v = root.get(field);
    if (v == null) return Collections.emptyList();
    if (!(v instanceof List)) {
      throw new IllegalArgumentException("definition_json." + field + " must be an array, not " + JsonValues.kind(v));
    }
    return (List<?>) v;
  }

  /** The definition as JSON text, the form {@code definition_json} holds. */
  public String toJson() {
    return JsonValues.write(json);
  }

  /** The definition's name, or null when it has none. */
  public @Nullable String name() {
    return (String) json.get("name");
  }

  /** The id of the node a run starts at, or null: every node no edge enters. */
  public @Nullable String entry() {
    return (String) json.get("entry");
  }

  /** The nodes, in the definition's order; read-only. */
  public List<Node> nodes() {
    return nodes;
  }

  /** The edges, in the definition's order; read-only. */
  public List<Edge> edges() {
    return edges;
  }

  /** The node with {@code id}, or null. */
  public @Nullable Node node(String id) {
    for (Node n : nodes) {
      if (n.id().equals(id)) return n;
    }
    return null;
  }

  /** The fields besides {@code name}, {@code entry}, {@code nodes} and {@code edges}; read-only. */
  public Map<String, @Nullable Object> additionalProperties() {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> e : json.entrySet()) {
      if (!FIELDS.contains(e.getKey())) out.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  /** Starts building a definition. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this definition, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.json.putAll(json);
    b.nodes.addAll(nodes);
    b.edges.addAll(edges);
    return b;
  }

  @Override public boolean equals(@Nullable Object o) {
    return o instanceof WorkflowDefinition && json.equals(((WorkflowDefinition) o).json);
  }

  @Override public int hashCode() {
    return json.hashCode();
  }

  /** Name, nodes and edges; node configs are left out (they may hold secrets). */
  @Override public String toString() {
    return "WorkflowDefinition{name=" + name() + (entry() == null ? "" : ", entry=" + entry())
        + ", nodes=" + nodes + ", edges=" + edges + "}";
  }

  /**
   * Builds a {@link WorkflowDefinition}. {@code build()} checks that node and edge ids are unique,
   * that every edge joins two nodes of the definition, and that the entry is one of them.
   */
  public static final class Builder {
    private final Map<String, @Nullable Object> json = new LinkedHashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    Builder() {}

    /** Sets the definition's name; required. */
    public Builder name(String name) {
      json.put("name", Objects.requireNonNull(name, "name == null"));
      return this;
    }

    /** Sets the node a run starts at; null (the default): every node no edge enters. */
    public Builder entry(@Nullable String nodeId) {
      if (nodeId == null) {
        json.remove("entry");
      } else {
        json.put("entry", nodeId);
      }
      return this;
    }

    /** Adds a node. */
    public Builder node(Node node) {
      nodes.add(Objects.requireNonNull(node, "node == null"));
      return this;
    }

    /** Adds an edge. */
    public Builder edge(Edge edge) {
      edges.add(Objects.requireNonNull(edge, "edge == null"));
      return this;
    }

    /** Adds an edge from {@code source} to {@code target}, with the next free id {@code e1}, {@code e2}, …. */
    public Builder connect(String source, String target) {
      return edge(Edge.of(freeEdgeId(), source, target));
    }

    /** Adds an edge followed when {@code condition} (a JavaScript expression) is true, with the next free id. */
    public Builder connect(String source, String target, String condition) {
      return edge(Edge.when(freeEdgeId(), source, target, condition));
    }

    private String freeEdgeId() {
      Set<String> used = new HashSet<>();
      for (Edge e : edges) used.add(e.id());
      int n = edges.size() + 1;
      while (used.contains("e" + n)) n++;
      return "e" + n;
    }

    /** Removes every node and edge, keeping the name, entry and other fields. */
    public Builder clearGraph() {
      nodes.clear();
      edges.clear();
      return this;
    }

    /**
     * Sets a field the documents do not list (a JSON value), or removes it with null.
     *
     * @throws IllegalArgumentException for {@code name}, {@code entry}, {@code nodes},
     *     {@code edges}, or a value that is not JSON
     */
    public Builder property(String name, @Nullable Object value) {
      Objects.requireNonNull(name, "name == null");
      if (FIELDS.contains(name)) throw new IllegalArgumentException("set " + name + " with its own method");
      if (value == null) {
        json.remove(name);
      } else {
        json.put(name, JsonValues.copy(value, name));
      }
      return this;
    }

    /**
     * Returns the definition.
     *
     * @throws IllegalStateException naming the problem: no name, a node or edge id used twice, an
     *     edge or the entry naming a node the definition lacks
     */
    public WorkflowDefinition build() {
      if (json.get("name") == null) throw new IllegalStateException("name is required");
      Set<String> ids = new HashSet<>();
      for (Node n : nodes) {
        if (!ids.add(n.id())) throw new IllegalStateException("the node id \"" + n.id() + "\" is used twice");
      }
      Set<String> edgeIds = new HashSet<>();
      for (Edge e : edges) {
        if (!edgeIds.add(e.id())) throw new IllegalStateException("the edge id \"" + e.id() + "\" is used twice");
        for (String end : new String[] {e.source(), e.target()}) {
          if (!ids.contains(end)) {
            throw new IllegalStateException("edge " + e.id() + " joins \"" + end + "\", which is not a node of the definition");
          }
        }
      }
      Object entry = json.get("entry");
      if (entry != null && !ids.contains(entry)) {
        throw new IllegalStateException("the entry \"" + entry + "\" is not a node of the definition");
      }
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      List<Object> nodeJson = new ArrayList<>();
      for (Node n : nodes) nodeJson.add(n.json());
      List<Object> edgeJson = new ArrayList<>();
      for (Edge e : edges) edgeJson.add(e.json());
      // Keep the fields' order: a definition read, changed and written moves nothing else.
      if (!json.containsKey("nodes")) json.put("nodes", null);
      if (!json.containsKey("edges")) json.put("edges", null);
      for (Map.Entry<String, @Nullable Object> e : json.entrySet()) {
        String key = e.getKey();
        out.put(key, key.equals("nodes") ? Collections.unmodifiableList(nodeJson)
            : key.equals("edges") ? Collections.unmodifiableList(edgeJson) : e.getValue());
      }
      return new WorkflowDefinition(Collections.unmodifiableMap(out),
          Collections.unmodifiableList(new ArrayList<>(nodes)), Collections.unmodifiableList(new ArrayList<>(edges)));
    }
  }
}
