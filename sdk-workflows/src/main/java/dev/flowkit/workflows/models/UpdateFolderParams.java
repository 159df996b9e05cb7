package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/folders/{id}}: the folder's name (required) and, optionally, its new
 * position.
 */
public final class UpdateFolderParams {
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "displayOrder")
  private final @Nullable Integer displayOrder;

  UpdateFolderParams(Builder builder) {
    this.displayName = Objects.requireNonNull(builder.displayName);
    this.displayOrder = builder.displayOrder;
  }

  /** Returns a builder; {@code displayName} is required (pass the current one to only reorder). */
  public static Builder builder() {
    return new Builder();
  }

  /** The folder's name after the update. */
  public String displayName() {
    return displayName;
  }

  /** The new position, or null to keep it. */
  public @Nullable Integer displayOrder() {
    return displayOrder;
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.displayName = displayName;
    builder.displayOrder = displayOrder;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof UpdateFolderParams)) return false;
    UpdateFolderParams that = (UpdateFolderParams) o;
    return displayName.equals(that.displayName) && Objects.equals(displayOrder, that.displayOrder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(displayName, displayOrder);
  }

  @Override
  public String toString() {
    return "UpdateFolderParams{displayName=" + displayName + ", displayOrder=" + displayOrder + '}';
  }

  /** Builds {@link UpdateFolderParams}. */
  public static final class Builder {
    @Nullable String displayName;
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

    /**
     * Sets the new position among the folders.
     *
     * @throws IllegalArgumentException if it is negative
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
     * @throws IllegalStateException if {@code displayName} is missing (the API needs it on every
     *     update)
     */
    public UpdateFolderParams build() {
      if (displayName == null) throw new IllegalStateException("displayName is required");
      return new UpdateFolderParams(this);
    }
  }
}
