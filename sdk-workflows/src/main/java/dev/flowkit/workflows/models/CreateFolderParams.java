package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/folders}. */
public final class CreateFolderParams {
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "displayOrder")
  private final @Nullable Integer displayOrder;

  CreateFolderParams(Builder builder) {
    this.displayName = Objects.requireNonNull(builder.displayName);
    this.projectId = builder.projectId;
    this.displayOrder = builder.displayOrder;
  }

  /** Returns a builder; {@code displayName} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns params for a folder named {@code displayName} in the workspace's project. */
  public static CreateFolderParams of(String displayName) {
    return builder().displayName(displayName).build();
  }

  /** The folder's name. */
  public String displayName() {
    return displayName;
  }

  /** The owning project, or null for the workspace's project. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** Where the folder sorts among the others, or null for the server's default (0). */
  public @Nullable Integer displayOrder() {
    return displayOrder;
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.displayName = displayName;
    builder.projectId = projectId;
    builder.displayOrder = displayOrder;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof CreateFolderParams)) return false;
    CreateFolderParams that = (CreateFolderParams) o;
    return displayName.equals(that.displayName)
        && Objects.equals(projectId, that.projectId)
        && Objects.equals(displayOrder, that.displayOrder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(displayName, projectId, displayOrder);
  }

  @Override
  public String toString() {
    return "CreateFolderParams{displayName=" + displayName + ", projectId=" + projectId
        + ", displayOrder=" + displayOrder + '}';
  }

  /** Builds {@link CreateFolderParams}. */
  public static final class Builder {
    @Nullable String displayName;
    @Nullable String projectId;
    @Nullable Integer displayOrder;

    Builder() {}

    /**
     * Sets the folder's name; required.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder displayName(String displayName) {
      this.displayName = Models.checkNotEmpty(displayName, "displayName");
      return this;
    }

    /** Sets the owning project; defaults to the workspace's project. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId == null");
      return this;
    }

    /**
     * Sets where the folder sorts among the others.
     *
     * @throws IllegalArgumentException if {@code displayOrder} is negative
     */
    public Builder displayOrder(int displayOrder) {
      if (displayOrder < 0) {
        throw new IllegalArgumentException("displayOrder must be >= 0 but was " + displayOrder);
      }
      this.displayOrder = displayOrder;
      return this;
    }

    /**
     * Returns the params.
     *
     * @throws IllegalStateException if {@code displayName} is missing
     */
    public CreateFolderParams build() {
      if (displayName == null) throw new IllegalStateException("displayName is required");
      return new CreateFolderParams(this);
    }
  }
}
