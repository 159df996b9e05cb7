package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An Activepieces table: rows of {@link TableRecord}s with typed {@link TableField}s. */
public final class Table {
  @Json(name = "id") private final String id;
  @Json(name = "created") private final @Nullable Instant created;
  @Json(name = "updated") private final @Nullable Instant updated;
  @Json(name = "name") private final String name;
  @Json(name = "projectId") private final @Nullable String projectId;
  @Json(name = "externalId") private final @Nullable String externalId;
  @Json(name = "folderId") private final @Nullable String folderId;

  private Table(String id, @Nullable Instant created, @Nullable Instant updated, String name,
      @Nullable String projectId, @Nullable String externalId, @Nullable String folderId) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.name = name;
    this.projectId = projectId;
    this.externalId = externalId;
    this.folderId = folderId;
  }

  /** The table's id. */
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

  /** The project it belongs to. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** Its id across projects (for git sync and templates). */
  public @Nullable String externalId() {
    return externalId;
  }

  /** The folder it is filed in, or null. */
  public @Nullable String folderId() {
    return folderId;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof Table)) return false;
    Table t = (Table) o;
    return id.equals(t.id) && Objects.equals(created, t.created) && Objects.equals(updated, t.updated)
        && Objects.equals(name, t.name) && Objects.equals(projectId, t.projectId)
        && Objects.equals(externalId, t.externalId) && Objects.equals(folderId, t.folderId);
  }

  @Override public int hashCode() {
    return Objects.hash(id, created, updated, name, projectId, externalId, folderId);
  }

  @Override public String toString() {
    return "Table{id=" + id + ", name=" + name + ", projectId=" + projectId + ", externalId=" + externalId
        + ", folderId=" + folderId + ", created=" + created + ", updated=" + updated + "}";
  }
}
