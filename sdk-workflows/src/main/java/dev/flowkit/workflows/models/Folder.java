package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A folder that groups flows.
 *
 * <p>A value the API promises is checked when it is read: its getter throws
 * {@link InvalidResponseException} when the server left it out or sent null, so one missing field
 * never makes the rest unreadable. {@link #validate()} checks them all at once.
 */
public final class Folder {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "created")
  private final @Nullable Instant created;
  @Json(name = "updated")
  private final @Nullable Instant updated;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "displayName")
  private final @Nullable String displayName;
  @Json(name = "displayOrder")
  private final int displayOrder;
  @Json(name = "numberOfFlows")
  private final int numberOfFlows;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private Folder() {
    this(EMPTY);
  }

  private Folder(Builder b) {
    this.id = b.id;
    this.created = b.created;
    this.updated = b.updated;
    this.projectId = b.projectId;
    this.displayName = b.displayName;
    this.displayOrder = b.displayOrder;
    this.numberOfFlows = b.numberOfFlows;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "Folder", id, field);
  }

  /** Its id, {@code fld_…}. */
  public String id() {
    return required(id, "id");
  }

  /** When it was created. */
  public Instant created() {
    return required(created, "created");
  }

  /** When it last changed. */
  public Instant updated() {
    return required(updated, "updated");
  }

  /** The project that owns the folder. */
  public String projectId() {
    return required(projectId, "projectId");
  }

  /** The folder's name. */
  public String displayName() {
    return required(displayName, "displayName");
  }

  /** The folder's position among its siblings; 0 when the server does not say. */
  public int displayOrder() {
    return displayOrder;
  }

  /** How many flows are filed in it; 0 when the server does not say. */
  public int numberOfFlows() {
    return numberOfFlows;
  }

  /**
   * The fields of the server's answer this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises.
   *
   * @return this folder
   * @throws InvalidResponseException naming the first value the server left out
   */
  public Folder validate() {
    id();
    created();
    updated();
    projectId();
    displayName();
    return this;
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
        && numberOfFlows == that.numberOfFlows
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, projectId, displayName, displayOrder, numberOfFlows,
        additionalProperties);
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
        + Models.additionalNames(additionalProperties)
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
    builder.additionalProperties = additionalProperties;
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

    Map<String, Object> additionalProperties = Collections.emptyMap();

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

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the folder.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public Folder build() {
      required(id, "id");
      required(created, "created");
      required(updated, "updated");
      required(projectId, "projectId");
      required(displayName, "displayName");
      return new Folder(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
