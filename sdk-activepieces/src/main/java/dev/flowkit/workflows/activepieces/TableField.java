package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A column of an Activepieces {@link Table}. */
public final class TableField {
  /** What a field holds (Activepieces' {@code FieldType}). */
  public enum Type {
    TEXT, NUMBER, DATE, STATIC_DROPDOWN,
    /** A value the server sent that this SDK version does not know; cannot be sent. */
    UNKNOWN
  }

  @Json(name = "id") private final String id;
  @Json(name = "created") private final @Nullable Instant created;
  @Json(name = "updated") private final @Nullable Instant updated;
  @Json(name = "name") private final String name;
  @Json(name = "type") private final Type type;
  @Json(name = "tableId") private final String tableId;
  @Json(name = "projectId") private final @Nullable String projectId;
  @Json(name = "externalId") private final @Nullable String externalId;
  @Json(name = "data") private final @Nullable Object data;

  private TableField(String id, @Nullable Instant created, @Nullable Instant updated, String name, Type type,
      String tableId, @Nullable String projectId, @Nullable String externalId, @Nullable Object data) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.name = name;
    this.type = type;
    this.tableId = tableId;
    this.projectId = projectId;
    this.externalId = externalId;
    this.data = data;
  }

  /** The field's id, the key of its value in a record's cells. */
  public String id() {
    return id;
  }

  /** When it was created. */
  public @Nullable Instant created() {
    return created;
  }

  /** When it last changed. */
  public @Nullable Instant updated() {
    return updated;
  }

  /** Its name. */
  public String name() {
    return name;
  }

  /** What it holds. */
  public Type type() {
    return type;
  }

  /** The table it belongs to. */
  public String tableId() {
    return tableId;
  }

  /** The project it belongs to. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** Its id across projects. */
  public @Nullable String externalId() {
    return externalId;
  }

  /** Type-specific data, such as a dropdown's {@code {options:[{value}]}}, as JSON values; or null. */
  public @Nullable Object data() {
    return data;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof TableField)) return false;
    TableField f = (TableField) o;
    return id.equals(f.id) && Objects.equals(created, f.created) && Objects.equals(updated, f.updated)
        && Objects.equals(name, f.name) && type == f.type && Objects.equals(tableId, f.tableId)
        && Objects.equals(projectId, f.projectId) && Objects.equals(externalId, f.externalId)
        && Objects.equals(data, f.data);
  }

  @Override public int hashCode() {
    return Objects.hash(id, created, updated, name, type, tableId, projectId, externalId, data);
  }

  @Override public String toString() {
    return "TableField{id=" + id + ", name=" + name + ", type=" + type + ", tableId=" + tableId + ", data=" + data + "}";
  }
}
