package dev.flowkit.workflows.models;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An automation: a trigger and a chain of steps, held by its current {@link FlowVersion}.
 *
 * <p>Read its name and steps through {@link #version()}: {@code flow.version().displayName()}.
 */
public final class Flow {
  private final String id;
  private final Instant created;
  private final Instant updated;
  private final String projectId;
  private final @Nullable String externalId;
  private final @Nullable String folderId;
  private final FlowStatus status;
  private final FlowOperationStatus operationStatus;
  private final @Nullable String publishedVersionId;
  private final FlowVersion version;

  private Flow(
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
}
