package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of IAI Flow's node catalog ({@code GET /api/nodes}): a node type a definition can
 * use, and the config keys it takes.
 */
public final class NodeType {
  @Json(name = "type")
  private final @Nullable String type;
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "category")
  private final @Nullable String category;
  @Json(name = "description")
  private final @Nullable String description;
  @Json(name = "config")
  private final @Nullable List<String> config;

  /** For the JSON reader, which sets the fields the answer has. */
  private NodeType() {
    this.type = null;
    this.name = null;
    this.category = null;
    this.description = null;
    this.config = null;
  }

  /** The type, as a node's {@code type} names it ({@code http_request}). Null when the platform left it out. */
  public @Nullable String type() {
    return type;
  }

  /** Its display name. Null when the platform left it out. */
  public @Nullable String name() {
    return name;
  }

  /** Its category, such as {@code ai} or {@code trigger}. Null when the platform left it out. */
  public @Nullable String category() {
    return category;
  }

  /** What it does. Null when the platform left it out. */
  public @Nullable String description() {
    return description;
  }

  /** The keys of its config. Read-only; empty when absent. */
  public List<String> config() {
    return Models.view(config);
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof NodeType)) return false;
    NodeType that = (NodeType) o;
    return Objects.equals(type, that.type)
        && Objects.equals(name, that.name)
        && Objects.equals(category, that.category)
        && Objects.equals(description, that.description)
        && Objects.equals(config, that.config);
  }

  @Override public int hashCode() {
    return Objects.hash(type, name, category, description, config);
  }

  @Override public String toString() {
    return "NodeType{type=" + type
        + ", name=" + name
        + ", category=" + category
        + ", description=" + description
        + ", config=" + config + "}";
  }
}
