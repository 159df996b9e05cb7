package dev.flowkit.workflows.iaiflow;

import dev.flowkit.workflows.internal.iaiflow.JsonValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One node of a {@link WorkflowDefinition}: {@code {id, type, name?, config}}. Its {@link
 * #config()} is typed by {@link #type()}; fields the documents do not list (a builder's canvas
 * position, say) are kept in {@link #additionalProperties()}.
 *
 * <pre>{@code
 * Node fetch = Node.builder().id("fetch").name("Fetch the order")
 *     .config(NodeConfig.httpRequest("https://shop.example/orders/{{input.id}}", "GET", null, null))
 *     .build();
 * }</pre>
 */
public final class Node {
  private static final java.util.Set<String> FIELDS =
      new java.util.HashSet<>(java.util.Arrays.asList("id", "type", "name", "config"));

  private final Map<String, @Nullable Object> json;
  private final NodeConfig config;

  private Node(Map<String, @Nullable Object> json, NodeConfig config) {
    this.json = json;
    this.config = config;
  }

  /** A node with {@code id} and {@code config} (whose type is the node's), without a name. */
  public static Node of(String id, NodeConfig config) {
    return builder().id(id).config(config).build();
  }

  /** Starts building a node. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this node's fields, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.json.putAll(json);
    b.config = config;
    return b;
  }

  /**
   * The node for a JSON object of a definition.
   *
   * @throws IllegalArgumentException naming {@code path} when {@code id} or {@code type} is not a
   *     non-empty string, {@code name} not a string, or {@code config} not an object
   */
  @SuppressWarnings("unchecked")
  static Node fromJson(Map<String, @Nullable Object> json, String path) {
    for (String field : new String[] {"id", "type"}) {
      Object v = json.get(field);
      if (!(v instanceof String) || ((String) v).isEmpty()) {
        throw new IllegalArgumentException(path + "." + field + " must be a non-empty string, not " + JsonValues.kind(v));
      }
    }
    if (json.containsKey("name") && !(json.get("name") instanceof String)) {
      throw new IllegalArgumentException(path + ".name must be a string, not " + JsonValues.kind(json.get("name")));
    }
    Object config = json.get("config");
    if (config != null && !(config instanceof Map)) {
      throw new IllegalArgumentException(path + ".config must be an object, not " + JsonValues.kind(config));
    }
    Map<String, @Nullable Object> values = config == null ? Collections.<String, Object>emptyMap()
        : (Map<String, @Nullable Object>) config;
    return new Node(json, NodeConfig.of((String) json.get("type"), values));
  }

  /** The node's JSON object, as written into {@code definition_json}. */
  Map<String, @Nullable Object> json() {
    return json;
  }

  /** The node's id, unique in its definition; edges name it. */
  public String id() {
    return (String) Objects.requireNonNull(json.get("id"));
  }

  /** The node's type, such as {@code http_request}; {@link #config()} is typed by it. */
  public String type() {
    return (String) Objects.requireNonNull(json.get("type"));
  }

  /** The node's display name, or null. */
  public @Nullable String name() {
    return (String) json.get("name");
  }

  /** The node's config, typed by its type; empty when the node has none. */
  public NodeConfig config() {
    return config;
  }

  /** The node's fields besides {@code id}, {@code type}, {@code name} and {@code config}; read-only. */
  public Map<String, @Nullable Object> additionalProperties() {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> e : json.entrySet()) {
      if (!FIELDS.contains(e.getKey())) out.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  @Override public boolean equals(@Nullable Object o) {
    return o instanceof Node && json.equals(((Node) o).json);
  }

  @Override public int hashCode() {
    return json.hashCode();
  }

  /** Id, type and name; the config's values are left out (they may hold secrets). */
  @Override public String toString() {
    return "Node{id=" + id() + ", type=" + type() + (name() == null ? "" : ", name=" + name()) + "}";
  }

  /** Builds a {@link Node}; {@code id} and {@code config} are required. */
  public static final class Builder {
    private final Map<String, @Nullable Object> json = new LinkedHashMap<>();
    private @Nullable NodeConfig config;

    Builder() {}

    /** Sets the node's id; required. */
    public Builder id(String id) {
      json.put("id", Objects.requireNonNull(id, "id == null"));
      return this;
    }

    /** Sets the display name; null for none. */
    public Builder name(@Nullable String name) {
      if (name == null) {
        json.remove("name");
      } else {
        json.put("name", name);
      }
      return this;
    }

    /** Sets the config; its type becomes the node's type. Required. */
    public Builder config(NodeConfig config) {
      this.config = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /**
     * Sets a field the documents do not list (a JSON value), or removes it with null.
     *
     * @throws IllegalArgumentException for {@code id}, {@code type}, {@code name}, {@code config},
     *     which have their own setters, or a value that is not JSON
     */
    public Builder property(String name, @Nullable Object value) {
      Objects.requireNonNull(name, "name == null");
      if (FIELDS.contains(name)) throw new IllegalArgumentException("set " + name + " with its own setter");
      if (value == null) {
        json.remove(name);
      } else {
        json.put(name, JsonValues.copy(value, name));
      }
      return this;
    }

    /**
     * Returns the node.
     *
     * @throws IllegalStateException if the id or the config is missing, or the id is empty
     */
    public Node build() {
      Object id = json.get("id");
      if (id == null) throw new IllegalStateException("id is required");
      if (((String) id).isEmpty()) throw new IllegalStateException("id is empty");
      if (config == null) throw new IllegalStateException("config is required (it names the node's type)");
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      out.put("id", id);
      out.put("type", config.type());
      if (json.containsKey("name")) out.put("name", json.get("name"));
      out.put("config", config.values());
      for (Map.Entry<String, @Nullable Object> e : json.entrySet()) {
        if (!FIELDS.contains(e.getKey())) out.put(e.getKey(), e.getValue());
      }
      return new Node(Collections.unmodifiableMap(out), config);
    }
  }
}
