package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A row of an Activepieces {@link Table}: its cells by field id. */
public final class TableRecord {
  /** One value of a record. */
  public static final class Cell {
    @Json(name = "value") private final @Nullable Object value;
    @Json(name = "fieldName") private final @Nullable String fieldName;
    @Json(name = "created") private final @Nullable Instant created;
    @Json(name = "updated") private final @Nullable Instant updated;

    private Cell(@Nullable Object value, @Nullable String fieldName, @Nullable Instant created, @Nullable Instant updated) {
      this.value = value;
      this.fieldName = fieldName;
      this.created = created;
      this.updated = updated;
    }

    /** The value as Activepieces stores it (a string; null for none). */
    public @Nullable Object value() {
      return value;
    }

    /** The name of the cell's field. */
    public @Nullable String fieldName() {
      return fieldName;
    }

    /** When the cell was created. */
    public @Nullable Instant created() {
      return created;
    }

    /** When the cell last changed. */
    public @Nullable Instant updated() {
      return updated;
    }

    @Override public boolean equals(@Nullable Object o) {
      if (!(o instanceof Cell)) return false;
      Cell c = (Cell) o;
      return Objects.equals(value, c.value) && Objects.equals(fieldName, c.fieldName)
          && Objects.equals(created, c.created) && Objects.equals(updated, c.updated);
    }

    @Override public int hashCode() {
      return Objects.hash(value, fieldName, created, updated);
    }

    @Override public String toString() {
      return "Cell{" + fieldName + "=" + value + "}";
    }
  }

  @Json(name = "id") private final String id;
  @Json(name = "created") private final @Nullable Instant created;
  @Json(name = "updated") private final @Nullable Instant updated;
  @Json(name = "tableId") private final String tableId;
  @Json(name = "projectId") private final @Nullable String projectId;
  @Json(name = "cells") private final @Nullable Map<String, Cell> cells;

  private TableRecord(String id, @Nullable Instant created, @Nullable Instant updated, String tableId,
      @Nullable String projectId, @Nullable Map<String, Cell> cells) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.tableId = tableId;
    this.projectId = projectId;
    this.cells = cells;
  }

  /** The record's id. */
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

  /** The table it belongs to. */
  public String tableId() {
    return tableId;
  }

  /** The project it belongs to. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** Its cells by field id; read-only. */
  public Map<String, Cell> cells() {
    return Models.view(cells);
  }

  /** The value of the field {@code fieldId}, or null. */
  public @Nullable Object value(String fieldId) {
    Cell cell = cells().get(fieldId);
    return cell == null ? null : cell.value();
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof TableRecord)) return false;
    TableRecord r = (TableRecord) o;
    return id.equals(r.id) && Objects.equals(created, r.created) && Objects.equals(updated, r.updated)
        && Objects.equals(tableId, r.tableId) && Objects.equals(projectId, r.projectId) && cells().equals(r.cells());
  }

  @Override public int hashCode() {
    return Objects.hash(id, created, updated, tableId, projectId, cells());
  }

  @Override public String toString() {
    return "TableRecord{id=" + id + ", tableId=" + tableId + ", cells=" + cells() + "}";
  }
}
