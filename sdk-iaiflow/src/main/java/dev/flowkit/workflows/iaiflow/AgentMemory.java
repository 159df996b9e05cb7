package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One memory entry of an agent (its schemas page's {@code AgentMemory}): a value under a key.
 */
public final class AgentMemory {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "agent_id")
  private final @Nullable String agentId;
  @Json(name = "run_id")
  private final @Nullable String runId;
  @Json(name = "workspace_id")
  private final @Nullable String workspaceId;
  @Json(name = "key")
  private final @Nullable String key;
  @Json(name = "value")
  private final @Nullable Object value;
  @Json(name = "created_at")
  private final @Nullable Instant createdAt;
  @Json(name = "updated_at")
  private final @Nullable Instant updatedAt;

  /** For the JSON reader, which sets the fields the answer has. */
  private AgentMemory() {
    this.id = null;
    this.agentId = null;
    this.runId = null;
    this.workspaceId = null;
    this.key = null;
    this.value = null;
    this.createdAt = null;
    this.updatedAt = null;
  }

  /** The entry's id. Null when the platform left it out. */
  public @Nullable String id() {
    return id;
  }

  /** The agent it belongs to. Null when the platform left it out. */
  public @Nullable String agentId() {
    return agentId;
  }

  /** The run that wrote it. Null when the platform left it out. */
  public @Nullable String runId() {
    return runId;
  }

  /** The workspace it belongs to. Null when the platform left it out. */
  public @Nullable String workspaceId() {
    return workspaceId;
  }

  /** The key. Null when the platform left it out. */
  public @Nullable String key() {
    return key;
  }

  /** The value, as JSON values. Null when the platform left it out. */
  public @Nullable Object value() {
    return value;
  }

  /** When the key was first written. Null when the platform left it out. */
  public @Nullable Instant createdAt() {
    return createdAt;
  }

  /** When the value was last written. Null when the platform left it out. */
  public @Nullable Instant updatedAt() {
    return updatedAt;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof AgentMemory)) return false;
    AgentMemory that = (AgentMemory) o;
    return Objects.equals(id, that.id)
        && Objects.equals(agentId, that.agentId)
        && Objects.equals(runId, that.runId)
        && Objects.equals(workspaceId, that.workspaceId)
        && Objects.equals(key, that.key)
        && Objects.equals(value, that.value)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt);
  }

  @Override public int hashCode() {
    return Objects.hash(id, agentId, runId, workspaceId, key, value, createdAt, updatedAt);
  }

  @Override public String toString() {
    return "AgentMemory{id=" + id
        + ", agentId=" + agentId
        + ", runId=" + runId
        + ", workspaceId=" + workspaceId
        + ", key=" + key
        + ", value=" + value
        + ", createdAt=" + createdAt
        + ", updatedAt=" + updatedAt + "}";
  }
}
