package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One log entry of IAI Flow ({@code GET /api/logs}, {@code GET /api/logs/{runId}},
 * {@code POST /api/logs}).
 */
public final class LogEntry {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "run_id")
  private final @Nullable String runId;
  @Json(name = "workspace_id")
  private final @Nullable String workspaceId;
  @Json(name = "level")
  private final @Nullable String level;
  @Json(name = "message")
  private final @Nullable String message;
  @Json(name = "node_id")
  private final @Nullable String nodeId;
  @Json(name = "data")
  private final @Nullable Object data;
  @Json(name = "created_at")
  private final @Nullable Instant createdAt;

  /** For the JSON reader, which sets the fields the answer has. */
  private LogEntry() {
    this.id = null;
    this.runId = null;
    this.workspaceId = null;
    this.level = null;
    this.message = null;
    this.nodeId = null;
    this.data = null;
    this.createdAt = null;
  }

  /** The entry's id. Null when the platform left it out. */
  public @Nullable String id() {
    return id;
  }

  /** The run it is about. Null when the platform left it out. */
  public @Nullable String runId() {
    return runId;
  }

  /** The workspace it belongs to. Null when the platform left it out. */
  public @Nullable String workspaceId() {
    return workspaceId;
  }

  /** Its level: {@code debug}, {@code info}, {@code warn} or {@code error}. Null when the platform left it out. */
  public @Nullable String level() {
    return level;
  }

  /** The message. Null when the platform left it out. */
  public @Nullable String message() {
    return message;
  }

  /** The node it is about. Null when the platform left it out. */
  public @Nullable String nodeId() {
    return nodeId;
  }

  /** Data logged with the message, as JSON values. Null when the platform left it out. */
  public @Nullable Object data() {
    return data;
  }

  /** When it was written. Null when the platform left it out. */
  public @Nullable Instant createdAt() {
    return createdAt;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof LogEntry)) return false;
    LogEntry that = (LogEntry) o;
    return Objects.equals(id, that.id)
        && Objects.equals(runId, that.runId)
        && Objects.equals(workspaceId, that.workspaceId)
        && Objects.equals(level, that.level)
        && Objects.equals(message, that.message)
        && Objects.equals(nodeId, that.nodeId)
        && Objects.equals(data, that.data)
        && Objects.equals(createdAt, that.createdAt);
  }

  @Override public int hashCode() {
    return Objects.hash(id, runId, workspaceId, level, message, nodeId, data, createdAt);
  }

  @Override public String toString() {
    return "LogEntry{id=" + id
        + ", runId=" + runId
        + ", workspaceId=" + workspaceId
        + ", level=" + level
        + ", message=" + message
        + ", nodeId=" + nodeId
        + ", data=" + data
        + ", createdAt=" + createdAt + "}";
  }
}
