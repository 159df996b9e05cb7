package dev.flowkit.server.internal.iaiflow;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An IAI Flow WorkflowDefinition ({@code {name, entry?, nodes[{id, type, name?, config}],
 * edges[{id, source, target, condition?}]}}) as the reference server checks and runs it. The text
 * a client sent is kept as it was ({@link #text}); a definition that is not one is a 400 naming
 * the field and where in it the problem is.
 */
public final class Graph {
  /** One node. */
  public static final class Node {
    private final String id;
    private final String type;
    private final @Nullable String name;
    private final Map<String, Object> config;

    public Node(String id, String type, @Nullable String name, Map<String, Object> config) {
      this.id = id;
      this.type = type;
      this.name = name;
      this.config = config;
    }

    public String id() {
      return id;
    }

    public String type() {
      return type;
    }

    public @Nullable String name() {
      return name;
    }

    public Map<String, Object> config() {
      return config;
    }
  }

  /** One edge; the run follows it when {@code condition} (JavaScript) is true, or always. */
  public static final class Edge {
    private final String id;
    private final String source;
    private final String target;
    private final @Nullable String condition;

    public Edge(String id, String source, String target, @Nullable String condition) {
      this.id = id;
      this.source = source;
      this.target = target;
      this.condition = condition;
    }

    public String id() {
      return id;
    }

    public String source() {
      return source;
    }

    public String target() {
      return target;
    }

    public @Nullable String condition() {
      return condition;
    }
  }

  /** The definition's text as the client wrote it. */
  public final String text;
  public final String name;
  public final @Nullable String entry;
  public final List<Node> nodes;
  public final List<Edge> edges;

  private Graph(String text, String name, @Nullable String entry, List<Node> nodes, List<Edge> edges) {
    this.text = text;
    this.name = name;
    this.entry = entry;
    this.nodes = nodes;
    this.edges = edges;
  }

  /** A definition with no nodes, as a flow created without one has. */
  public static Graph empty(String name) {
    return parse(Json.write(Json.obj("name", name, "nodes", List.of(), "edges", List.of())), "definition_json");
  }

  /**
   * Reads and checks a definition: a JSON object with a {@code name}, {@code nodes} (each with
   * an {@code id}, a {@code type} and a {@code config} object, as the schemas page types them) and
   * {@code edges}; unique node and edge ids; edges and the entry naming nodes of the definition;
   * no cycle; an optional field is absent or a string, never null. Node types and the configs'
   * contents are not checked here: a node the reference server cannot run fails its run with a
   * message saying so.
   *
   * @throws ApiException 400 naming {@code field} and the place of the problem
   */
  @SuppressWarnings("unchecked")
  public static Graph parse(String text, String field) {
    Object parsed;
    try {
      parsed = Json.parse(text);
    } catch (ApiException e) {
      throw ApiException.field(field, "is not valid JSON: " + e.getMessage());
    }
    if (!(parsed instanceof Map)) throw ApiException.field(field, "must be a JSON object (a WorkflowDefinition)");
    Map<String, Object> root = (Map<String, Object>) parsed;
    if (root.containsKey("trigger") && !root.containsKey("nodes")) {
      throw ApiException.field(field, "must be a WorkflowDefinition {name, nodes, edges}, not a step chain {trigger}");
    }
    String name = string(root, "name", field + ".name", true);
    String entry = string(root, "entry", field + ".entry", false);
    List<Node> nodes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<?> rawNodes = array(root, "nodes", field);
    for (int i = 0; i < rawNodes.size(); i++) {
      String at = field + ".nodes[" + i + "]";
      if (!(rawNodes.get(i) instanceof Map)) throw ApiException.field(at, "must be an object");
      Map<String, Object> n = (Map<String, Object>) rawNodes.get(i);
      String id = string(n, "id", at + ".id", true);
      if (!ids.add(id)) throw ApiException.field(at + ".id", "'" + id + "' is used by another node");
      String type = string(n, "type", at + ".type", true);
      String nodeName = string(n, "name", at + ".name", false);
      Object config = n.get("config");
      if (config == null) throw ApiException.field(at + ".config", "required (an object; {} for none)");
      if (!(config instanceof Map)) throw ApiException.field(at + ".config", "must be an object");
      nodes.add(new Node(id, type, nodeName, (Map<String, Object>) config));
    }
    List<Edge> edges = new ArrayList<>();
    Set<String> edgeIds = new HashSet<>();
    List<?> rawEdges = array(root, "edges", field);
    for (int i = 0; i < rawEdges.size(); i++) {
      String at = field + ".edges[" + i + "]";
      if (!(rawEdges.get(i) instanceof Map)) throw ApiException.field(at, "must be an object");
      Map<String, Object> e = (Map<String, Object>) rawEdges.get(i);
      String id = string(e, "id", at + ".id", true);
      if (!edgeIds.add(id)) throw ApiException.field(at + ".id", "'" + id + "' is used by another edge");
      String source = string(e, "source", at + ".source", true);
      String target = string(e, "target", at + ".target", true);
      for (String end : new String[] {source, target}) {
        if (!ids.contains(end)) throw ApiException.field(at, "joins '" + end + "', which is not a node of the definition");
      }
      edges.add(new Edge(id, source, target, string(e, "condition", at + ".condition", false)));
    }
    if (entry != null && !ids.contains(entry)) {
      throw ApiException.field(field + ".entry", "'" + entry + "' is not a node of the definition");
    }
    Graph g = new Graph(text, name, entry, List.copyOf(nodes), List.copyOf(edges));
    g.checkAcyclic(field);
    return g;
  }

  private static @Nullable String string(Map<String, Object> m, String key, String field, boolean required) {
    Object v = m.get(key);
    if (v == null) {
      if (required) throw ApiException.field(field, "required");
      if (m.containsKey(key)) throw ApiException.field(field, "must be a string, not null; leave it out instead");
      return null;
    }
    if (!(v instanceof String)) throw ApiException.field(field, "must be a string");
    if (required && ((String) v).isBlank()) throw ApiException.field(field, "required");
    return (String) v;
  }

  private static List<?> array(Map<String, Object> m, String key, String field) {
    Object v = m.get(key);
    if (v == null) throw ApiException.field(field + "." + key, "required (an array)");
    if (!(v instanceof List)) throw ApiException.field(field + "." + key, "must be an array");
    return (List<?>) v;
  }

  private void checkAcyclic(String field) {
    Map<String, Integer> state = new HashMap<>(); // 1: on the path, 2: done
    for (Node n : nodes) {
      List<String> path = new ArrayList<>();
      if (cycleFrom(n.id(), state, path)) {
        throw ApiException.field(field + ".edges", "form a cycle: " + String.join(" -> ", path)
            + "; a run could never end");
      }
    }
  }

  private boolean cycleFrom(String id, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(id);
    if (s != null && s == 2) return false;
    path.add(id);
    if (s != null && s == 1) {
      path.subList(0, path.indexOf(id)).clear();
      return true;
    }
    state.put(id, 1);
    for (Edge e : edges) {
      if (e.source().equals(id) && cycleFrom(e.target(), state, path)) return true;
    }
    state.put(id, 2);
    path.remove(path.size() - 1);
    return false;
  }

  /** The node with {@code id}. */
  public Node node(String id) {
    for (Node n : nodes) {
      if (n.id().equals(id)) return n;
    }
    throw new IllegalArgumentException("no node " + id);
  }

  /** The edges leaving {@code id}, in the definition's order. */
  public List<Edge> outgoing(String id) {
    List<Edge> out = new ArrayList<>();
    for (Edge e : edges) {
      if (e.source().equals(id)) out.add(e);
    }
    return out;
  }

  /** The edges entering {@code id}. */
  public List<Edge> incoming(String id) {
    List<Edge> out = new ArrayList<>();
    for (Edge e : edges) {
      if (e.target().equals(id)) out.add(e);
    }
    return out;
  }
}
