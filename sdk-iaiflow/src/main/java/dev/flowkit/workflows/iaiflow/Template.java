package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.iaiflow.Definitions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An official workflow template ({@code GET /api/templates}), with the definition a new flow can
 * start from.
 */
public final class Template {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "description")
  private final @Nullable String description;
  @Json(name = "category")
  private final @Nullable String category;
  @Json(name = "definition_json")
  private final @Nullable String definitionJson;

  /** For the JSON reader, which sets the fields the answer has. */
  private Template() {
    this.id = null;
    this.name = null;
    this.description = null;
    this.category = null;
    this.definitionJson = null;
  }

  /** The template's id. Null when the platform left it out. */
  public @Nullable String id() {
    return id;
  }

  /** Its name. Null when the platform left it out. */
  public @Nullable String name() {
    return name;
  }

  /** What it does. Null when the platform left it out. */
  public @Nullable String description() {
    return description;
  }

  /** Its category. Null when the platform left it out. */
  public @Nullable String category() {
    return category;
  }

  /** Its definition as JSON text; see {@link #definition()}. Null when the platform left it out. */
  public @Nullable String definitionJson() {
    return definitionJson;
  }

  /**
   * The definition read from {@code definition_json}, or null when the template has none.
   *
   * @throws InvalidResponseException naming the problem when the text is not a WorkflowDefinition
   */
  public @Nullable WorkflowDefinition definition() {
    return Definitions.read(definitionJson, "Template " + id);
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Template)) return false;
    Template that = (Template) o;
    return Objects.equals(id, that.id)
        && Objects.equals(name, that.name)
        && Objects.equals(description, that.description)
        && Objects.equals(category, that.category)
        && Objects.equals(definitionJson, that.definitionJson);
  }

  @Override public int hashCode() {
    return Objects.hash(id, name, description, category, definitionJson);
  }

  @Override public String toString() {
    return "Template{id=" + id
        + ", name=" + name
        + ", description=" + description
        + ", category=" + category
        + ", definitionJson=" + definitionJson + "}";
  }
}
