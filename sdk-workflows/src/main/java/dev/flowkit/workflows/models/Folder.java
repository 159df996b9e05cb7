package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A folder that groups flows. */
public final class Folder {
  @Json(name = "id")
  private final String id;
  @Json(name = "created")
  private final Instant created;
  @Json(name = "updated")
  private final Instant updated;
  @Json(name = "projectId")
  private final String projectId;
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "displayOrder")
  private final int displayOrder;
  @Json(name = "numberOfFlows")
  private final int numberOfFlows;

  Folder(
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

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code Folder}s from the API's answers.
   * {@code build()} throws {@link IllegalStateException} naming a missing required field.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these fields, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.created = created;
    builder.updated = updated;
    builder.projectId = projectId;
    builder.displayName = displayName;
    builder.displayOrder = displayOrder;
    builder.numberOfFlows = numberOfFlows;
    return builder;
  }

  /** Builds a {@link Folder}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String projectId;
    @Nullable String displayName;
    int displayOrder;
    int numberOfFlows;

    Builder() {}

    /** Sets {@code id}; required. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /** Sets {@code created}; required. */
    public Builder created(Instant created) {
      this.created = Objects.requireNonNull(created, "created == null");
      return this;
    }

    /** Sets {@code updated}; required. */
    public Builder updated(Instant updated) {
      this.updated = Objects.requireNonNull(updated, "updated == null");
      return this;
    }

    /** Sets {@code projectId}; required. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId == null");
      return this;
    }

    /** Sets {@code displayName}; required. */
    public Builder displayName(String displayName) {
      this.displayName = Objects.requireNonNull(displayName, "displayName == null");
      return this;
    }

    /** Sets {@code displayOrder}. */
    public Builder displayOrder(int displayOrder) {
      this.displayOrder = displayOrder;
      return this;
    }

    /** Sets {@code numberOfFlows}. */
    public Builder numberOfFlows(int numberOfFlows) {
      this.numberOfFlows = numberOfFlows;
      return this;
    }

    /**
     * Returns the folder.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public Folder build() {
      return new Folder(
          required(id, "id"),
          required(created, "created"),
          required(updated, "updated"),
          required(projectId, "projectId"),
          required(displayName, "displayName"),
          displayOrder,
          numberOfFlows);
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
