package dev.flowkit.workflows.iaiflow;

import dev.flowkit.workflows.internal.iaiflow.JsonValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One edge of a {@link WorkflowDefinition}: {@code {id, source, target, condition?}}. The run
 * follows it from {@code source} to {@code target} when its {@code condition} (a JavaScript
 * expression) is true, or always when it has none. Fields the documents do not list are kept in
 * {@link #additionalProperties()}.
 */
public final class Edge {
  private static final java.util.Set<String> FIELDS =
      new java.util.HashSet<>(java.util.Arrays.asList("id", "source", "target", "condition"));

  private final Map<String, @Nullable Object> json;

  private Edge(Map<String, @Nullable Object> json) {
    this.json = json;
  }

  /** An edge from {@code source} to {@code target}, always followed. */
  public static Edge of(String id, String source, String target) {
    return new Edge(fields(id, source, target, null));
  }

  /** An edge from {@code source} to {@code target}, followed when {@code condition} is true. */
  public static Edge when(String id, String source, String target, String condition) {
    return new Edge(fields(id, source, target, Objects.requireNonNull(condition, "condition == null")));
  }

  private static Map<String, @Nullable Object> fields(String id, String source, String target,
      @Nullable String condition) {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("id", nonEmpty(id, "id"));
    json.put("source", nonEmpty(source, "source"));
    json.put("target", nonEmpty(target, "target"));
    if (condition != null) json.put("condition", condition);
    return Collections.unmodifiableMap(json);
  }

  private static String nonEmpty(@Nullable String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isEmpty()) throw new IllegalArgumentException(name + " is empty");
    return value;
  }

  /**
   * This edge with a field the documents do not list set to a JSON value, or removed with null.
   *
   * @throws IllegalArgumentException for {@code id}, {@code source}, {@code target} or
   *     {@code condition}, or a value that is not JSON
   */
  public Edge withProperty(String name, @Nullable Object value) {
    Objects.requireNonNull(name, "name == null");
    if (FIELDS.contains(name)) throw new IllegalArgumentException(name + " is not an additional property");
    Map<String, @Nullable Object> copy = new LinkedHashMap<>(json);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, JsonValues.copy(value, name));
    }
    return new Edge(Collections.unmodifiableMap(copy));
  }

  /**
   * The edge for a JSON object of a definition.
   *
   * @throws IllegalArgumentException naming {@code path} when {@code id}, {@code source} or
   *     {@code target} is not a non-empty string, or {@code condition} not a string
   */
  static Edge fromJson(Map<String, @Nullable Object> json, String path) {
    for (String field : new String[] {"id", "source", "target"}) {
      Object v = json.get(field);
      if (!(v instanceof String) || ((String) v).isEmpty()) {
        throw new IllegalArgumentException(path + "." + field + " must be a non-empty string, not " + JsonValues.kind(v));
      }
    }
    Object condition = json.get("condition");
    if (condition != null && !(condition instanceof String)) {
      throw new IllegalArgumentException(path + ".condition must be a string, not " + JsonValues.kind(condition));
    }
    return new Edge(json);
  }

  Map<String, @Nullable Object> json() {
    return json;
  }

  /** The edge's id, unique in its definition. */
  public String id() {
    return (String) Objects.requireNonNull(json.get("id"));
  }

  /** The id of the node the edge leaves. */
  public String source() {
    return (String) Objects.requireNonNull(json.get("source"));
  }

  /** The id of the node the edge enters. */
  public String target() {
    return (String) Objects.requireNonNull(json.get("target"));
  }

  /** The JavaScript expression that must be true for the run to follow the edge, or null: always. */
  public @Nullable String condition() {
    return (String) json.get("condition");
  }

  /** The edge's fields besides {@code id}, {@code source}, {@code target}, {@code condition}; read-only. */
  public Map<String, @Nullable Object> additionalProperties() {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> e : json.entrySet()) {
      if (!FIELDS.contains(e.getKey())) out.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  @Override public boolean equals(@Nullable Object o) {
    return o instanceof Edge && json.equals(((Edge) o).json);
  }

  @Override public int hashCode() {
    return json.hashCode();
  }

  @Override public String toString() {
    return "Edge{" + id() + ": " + source() + " -> " + target()
        + (condition() == null ? "" : " when " + condition()) + "}";
  }
}
