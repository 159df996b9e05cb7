package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.iaiflow.Definitions;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A flow as IAI Flow answers it ({@code GET /api/workflows/{id}}): {@code {id, name, status,
 * version, workspace_id, definition_json, created_at, updated_at}}, with its {@link #definition()}
 * read from {@code definition_json}. Get it from {@code IaiFlow.of(client).flows()}.
 */
public final class Workflow {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "status")
  private final @Nullable String status;
  @Json(name = "version")
  private final @Nullable Integer version;
  @Json(name = "workspace_id")
  private final @Nullable String workspaceId;
  @Json(name = "definition_json")
  private final @Nullable String definitionJson;
  @Json(name = "created_at")
  private final @Nullable Instant createdAt;
  @Json(name = "updated_at")
  private final @Nullable Instant updatedAt;

  /** For the JSON reader, which sets the fields the answer has. */
  private Workflow() {
    this.id = null;
    this.name = null;
    this.status = null;
    this.version = null;
    this.workspaceId = null;
    this.definitionJson = null;
    this.createdAt = null;
    this.updatedAt = null;
  }

  /** The flow's id, {@code wf_…}. Null when the platform left it out. */
  public @Nullable String id() {
    return id;
  }

  /** The flow's name. Null when the platform left it out. */
  public @Nullable String name() {
    return name;
  }

  /** The flow's status; {@code UNKNOWN} for a value this SDK does not know (see {@link #statusAsString()}). */
  public WorkflowStatus status() {
    return WorkflowStatus.of(status);
  }

  /** The flow's status as the platform wrote it, or null. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** The number of the flow's current version, from 1. Null when the platform left it out. */
  public @Nullable Integer version() {
    return version;
  }

  /** The workspace the flow belongs to. Null when the platform left it out. */
  public @Nullable String workspaceId() {
    return workspaceId;
  }

  /** The definition as the JSON text the platform stores; see {@link #definition()}. Null when the platform left it out. */
  public @Nullable String definitionJson() {
    return definitionJson;
  }

  /** When the flow was created. Null when the platform left it out. */
  public @Nullable Instant createdAt() {
    return createdAt;
  }

  /** When the flow was last changed. Null when the platform left it out. */
  public @Nullable Instant updatedAt() {
    return updatedAt;
  }

  /**
   * The definition read from {@code definition_json}, or null when the flow has none.
   *
   * @throws InvalidResponseException naming the problem when the text is not a WorkflowDefinition
   */
  public @Nullable WorkflowDefinition definition() {
    return Definitions.read(definitionJson, "Workflow " + id);
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Workflow)) return false;
    Workflow that = (Workflow) o;
    return Objects.equals(id, that.id)
        && Objects.equals(name, that.name)
        && Objects.equals(status, that.status)
        && Objects.equals(version, that.version)
        && Objects.equals(workspaceId, that.workspaceId)
        && Objects.equals(definitionJson, that.definitionJson)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt);
  }

  @Override public int hashCode() {
    return Objects.hash(id, name, status, version, workspaceId, definitionJson, createdAt, updatedAt);
  }

  @Override public String toString() {
    return "Workflow{id=" + id
        + ", name=" + name
        + ", status=" + status
        + ", version=" + version
        + ", workspaceId=" + workspaceId
        + ", definitionJson=" + definitionJson
        + ", createdAt=" + createdAt
        + ", updatedAt=" + updatedAt + "}";
  }
}
