package dev.flowkit.workflows.models;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A folder that groups flows. */
public final class Folder {
  private final String id;
  private final Instant created;
  private final Instant updated;
  private final String projectId;
  private final String displayName;
  private final int displayOrder;
  private final int numberOfFlows;

  private Folder(
      String id,
      Instant created,
      Instant updated,
      String projectId,
      String displayName,
      int displayOrder,
      int numberOfFlows) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.projectId = projectId;
    this.displayName = displayName;
    this.displayOrder = displayOrder;
    this.numberOfFlows = numberOfFlows;
  }

  /** Its id, {@code fld_…}. */
  public String id() {
    return id;
  }

  /** When it was created. */
  public Instant created() {
    return created;
  }

  /** When it last changed. */
  public Instant updated() {
    return updated;
  }

  /** The project that owns the folder. */
  public String projectId() {
    return projectId;
  }

  /** The folder's name. */
  public String displayName() {
    return displayName;
  }

  /** The folder's position among its siblings. */
  public int displayOrder() {
    return displayOrder;
  }

  /** How many flows are filed in it. */
  public int numberOfFlows() {
    return numberOfFlows;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Folder)) return false;
    Folder that = (Folder) o;
    return Objects.equals(id, that.id)
        && Objects.equals(created, that.created)
        && Objects.equals(updated, that.updated)
        && Objects.equals(projectId, that.projectId)
        && Objects.equals(displayName, that.displayName)
        && displayOrder == that.displayOrder
        && numberOfFlows == that.numberOfFlows;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, projectId, displayName, displayOrder, numberOfFlows);
  }

  @Override
  public String toString() {
    return "Folder{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", projectId=" + projectId
        + ", displayName=" + displayName
        + ", displayOrder=" + displayOrder
        + ", numberOfFlows=" + numberOfFlows
        + '}';
  }
}
