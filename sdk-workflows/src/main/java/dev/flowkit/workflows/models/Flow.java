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
 * An automation: a trigger and a chain of steps, held by its current {@link FlowVersion}.
 *
 * <p>Read its name and steps through {@link #version()}: {@code flow.version().displayName()}.
 *
 * <p>A value the API promises is checked when it is read: its getter throws
 * {@link InvalidResponseException} when the server left it out or sent null, so one missing field
 * never makes the rest unreadable. {@link #validate()} checks them all at once.
 */
public final class Flow {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "created")
  private final @Nullable Instant created;
  @Json(name = "updated")
  private final @Nullable Instant updated;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "externalId")
  private final @Nullable String externalId;
  @Json(name = "folderId")
  private final @Nullable String folderId;
  @Json(name = "status")
  private final @Nullable String status;
  @Json(name = "operationStatus")
  private final @Nullable String operationStatus;
  @Json(name = "publishedVersionId")
  private final @Nullable String publishedVersionId;
  @Json(name = "version")
  private final @Nullable FlowVersion version;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private Flow() {
    this(EMPTY);
  }

  private Flow(Builder b) {
    this.id = b.id;
    this.created = b.created;
    this.updated = b.updated;
    this.projectId = b.projectId;
    this.externalId = b.externalId;
    this.folderId = b.folderId;
    this.status = b.status;
    this.operationStatus = b.operationStatus;
    this.publishedVersionId = b.publishedVersionId;
    this.version = b.version;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "Flow", id, field);
  }

  /** The flow's id, {@code flow_…}. */
  public String id() {
    return required(id, "id");
  }

  /**
   * When the flow was created.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public Instant created() {
    return required(created, "created");
  }

  /**
   * When the flow last changed.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public Instant updated() {
    return required(updated, "updated");
  }

  /**
   * The project that owns the flow.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String projectId() {
    return required(projectId, "projectId");
  }

  /** An optional identifier from another system, or null. */
  public @Nullable String externalId() {
    return externalId;
  }

  /** The folder the flow is filed in, or null when it is not filed. */
  public @Nullable String folderId() {
    return folderId;
  }

  /**
   * Whether the flow accepts triggers; {@code UNKNOWN} for a value this SDK does not know (read it
   * with {@link #statusAsString()}).
   *
   * @throws InvalidResponseException if the server left it out
   */
  public FlowStatus status() {
    return Models.enumOf(FlowStatus.class, statusAsString());
  }

  /**
   * The status as the server sent it, including values this SDK does not know.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String statusAsString() {
    return required(status, "status");
  }

  /**
   * The operation the server is still applying, {@code NONE} when idle; {@code UNKNOWN} for a
   * value this SDK does not know (see {@link #operationStatusAsString()}).
   *
   * @throws InvalidResponseException if the server left it out
   */
  public FlowOperationStatus operationStatus() {
    return Models.enumOf(FlowOperationStatus.class, operationStatusAsString());
  }

  /**
   * The operation status as the server sent it.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String operationStatusAsString() {
    return required(operationStatus, "operationStatus");
  }

  /** The version triggers run, or null before the first {@link FlowOperation#lockAndPublish()}. */
  public @Nullable String publishedVersionId() {
    return publishedVersionId;
  }

  /**
   * The current version: the draft being edited, or the published one when there is no draft.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public FlowVersion version() {
    return required(version, "version");
  }

  /**
   * The fields of the server's answer this SDK does not model, by name, as JSON values (numbers
   * exact, as in {@link FlowRun#output()}); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises, here and in the version and its steps.
   *
   * @return this flow
   * @throws InvalidResponseException naming the first value the server left out
   */
  public Flow validate() {
    id();
    created();
    updated();
    projectId();
    statusAsString();
    operationStatusAsString();
    version().validate();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Flow)) return false;
    Flow that = (Flow) o;
    return Objects.equals(id, that.id)
        && Objects.equals(created, that.created)
        && Objects.equals(updated, that.updated)
        && Objects.equals(projectId, that.projectId)
        && Objects.equals(externalId, that.externalId)
        && Objects.equals(folderId, that.folderId)
        && Objects.equals(status, that.status)
        && Objects.equals(operationStatus, that.operationStatus)
        && Objects.equals(publishedVersionId, that.publishedVersionId)
        && Objects.equals(version, that.version)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, projectId, externalId, folderId, status,
        operationStatus, publishedVersionId, version, additionalProperties);
  }

  @Override
  public String toString() {
    return "Flow{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", projectId=" + projectId
        + ", externalId=" + externalId
        + ", folderId=" + folderId
        + ", status=" + status
        + ", operationStatus=" + operationStatus
        + ", publishedVersionId=" + publishedVersionId
        + ", version=" + version
        + Models.additionalNames(additionalProperties)
        + '}';
  }

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code Flow}s from the API's answers.
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
    builder.externalId = externalId;
    builder.folderId = folderId;
    builder.status = status;
    builder.operationStatus = operationStatus;
    builder.publishedVersionId = publishedVersionId;
    builder.version = version;
    builder.additionalProperties = additionalProperties;
    return builder;
  }

  /** Builds a {@link Flow}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String projectId;
    @Nullable String externalId;
    @Nullable String folderId;
    @Nullable String status;
    @Nullable String operationStatus;
    @Nullable String publishedVersionId;
    @Nullable FlowVersion version;
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

    /** Sets {@code externalId}; null for none. */
    public Builder externalId(@Nullable String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@code folderId}; null for none. */
    public Builder folderId(@Nullable String folderId) {
      this.folderId = folderId;
      return this;
    }

    /** Sets {@code status}; required. */
    public Builder status(FlowStatus status) {
      this.status = Models.wire(Objects.requireNonNull(status, "status == null"));
      return this;
    }

    /** Sets {@code status} as the server's text, which may be a value this SDK does not know. */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Sets {@code operationStatus}; required. */
    public Builder operationStatus(FlowOperationStatus operationStatus) {
      this.operationStatus = Models.wire(Objects.requireNonNull(operationStatus, "operationStatus == null"));
      return this;
    }

    /** Sets {@code operationStatus} as the server's text. */
    public Builder operationStatus(String operationStatus) {
      this.operationStatus = Objects.requireNonNull(operationStatus, "operationStatus == null");
      return this;
    }

    /** Sets {@code publishedVersionId}; null for none. */
    public Builder publishedVersionId(@Nullable String publishedVersionId) {
      this.publishedVersionId = publishedVersionId;
      return this;
    }

    /** Sets {@code version}; required. */
    public Builder version(FlowVersion version) {
      this.version = Objects.requireNonNull(version, "version == null");
      return this;
    }

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the flow.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public Flow build() {
      required(id, "id");
      required(created, "created");
      required(updated, "updated");
      required(projectId, "projectId");
      required(status, "status");
      required(operationStatus, "operationStatus");
      required(version, "version");
      return new Flow(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
