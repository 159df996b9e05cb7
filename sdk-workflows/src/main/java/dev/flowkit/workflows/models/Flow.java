package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An automation: a trigger and a chain of steps, held by its current {@link FlowVersion}.
 *
 * <p>Read its name and steps through {@link #version()}: {@code flow.version().displayName()}.
 */
public final class Flow {
  @Json(name = "id")
  private final String id;
  @Json(name = "created")
  private final Instant created;
  @Json(name = "updated")
  private final Instant updated;
  @Json(name = "projectId")
  private final String projectId;
  @Json(name = "externalId")
  private final @Nullable String externalId;
  @Json(name = "folderId")
  private final @Nullable String folderId;
  @Json(name = "status")
  private final FlowStatus status;
  @Json(name = "operationStatus")
  private final FlowOperationStatus operationStatus;
  @Json(name = "publishedVersionId")
  private final @Nullable String publishedVersionId;
  @Json(name = "version")
  private final FlowVersion version;

  Flow(
      String id,
      Instant created,
      Instant updated,
      String projectId,
      @Nullable String externalId,
      @Nullable String folderId,
      FlowStatus status,
      FlowOperationStatus operationStatus,
      @Nullable String publishedVersionId,
      FlowVersion version) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.projectId = projectId;
    this.externalId = externalId;
    this.folderId = folderId;
    this.status = status;
    this.operationStatus = operationStatus;
    this.publishedVersionId = publishedVersionId;
    this.version = version;
  }

  /** The flow's id, {@code flow_…}. */
  public String id() {
    return id;
  }

  /** When the flow was created. */
  public Instant created() {
    return created;
  }

  /** When the flow last changed. */
  public Instant updated() {
    return updated;
  }

  /** The project that owns the flow. */
  public String projectId() {
    return projectId;
  }

  /** An optional identifier from another system, or null. */
  public @Nullable String externalId() {
    return externalId;
  }

  /** The folder the flow is filed in, or null when it is not filed. */
  public @Nullable String folderId() {
    return folderId;
  }

  /** Whether the flow accepts triggers. */
  public FlowStatus status() {
    return status;
  }

  /** The operation the server is still applying, {@code NONE} when idle. */
  public FlowOperationStatus operationStatus() {
    return operationStatus;
  }

  /** The version triggers run, or null before the first {@link FlowOperation#lockAndPublish()}. */
  public @Nullable String publishedVersionId() {
    return publishedVersionId;
  }

  /** The current version: the draft being edited, or the published one when there is no draft. */
  public FlowVersion version() {
    return version;
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
        && status == that.status
        && operationStatus == that.operationStatus
        && Objects.equals(publishedVersionId, that.publishedVersionId)
        && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, projectId, externalId, folderId, status,
        operationStatus, publishedVersionId, version);
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
    @Nullable FlowStatus status;
    @Nullable FlowOperationStatus operationStatus;
    @Nullable String publishedVersionId;
    @Nullable FlowVersion version;

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
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Sets {@code operationStatus}; required. */
    public Builder operationStatus(FlowOperationStatus operationStatus) {
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

    /**
     * Returns the flow.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public Flow build() {
      return new Flow(
          required(id, "id"),
          required(created, "created"),
          required(updated, "updated"),
          required(projectId, "projectId"),
          externalId,
          folderId,
          required(status, "status"),
          required(operationStatus, "operationStatus"),
          publishedVersionId,
          required(version, "version"));
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
