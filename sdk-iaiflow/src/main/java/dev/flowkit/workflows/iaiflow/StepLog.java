package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one node of a run did, as IAI Flow's step logs answer it
 * ({@code GET /api/runs/{id}/steps}, its schemas page's {@code ExecutionStepLog}).
 */
public final class StepLog {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "run_id")
  private final @Nullable String runId;
  @Json(name = "node_id")
  private final @Nullable String nodeId;
  @Json(name = "node_type")
  private final @Nullable String nodeType;
  @Json(name = "node_name")
  private final @Nullable String nodeName;
  @Json(name = "status")
  private final @Nullable String status;
  @Json(name = "input")
  private final @Nullable Object input;
  @Json(name = "output")
  private final @Nullable Object output;
  @Json(name = "error")
  private final @Nullable String error;
  @Json(name = "duration_ms")
  private final @Nullable Long durationMs;
  @Json(name = "started_at")
  private final @Nullable Instant startedAt;
  @Json(name = "finished_at")
  private final @Nullable Instant finishedAt;

  /** For the JSON reader, which sets the fields the answer has. */
  private StepLog() {
    this.id = null;
    this.runId = null;
    this.nodeId = null;
    this.nodeType = null;
    this.nodeName = null;
    this.status = null;
    this.input = null;
    this.output = null;
    this.error = null;
    this.durationMs = null;
    this.startedAt = null;
    this.finishedAt = null;
  }

  /** The step log's id. Null when the platform left it out. */
  public @Nullable String id() {
    return id;
  }

  /** The run it belongs to. Null when the platform left it out. */
  public @Nullable String runId() {
    return runId;
  }

  /** The id of the node, in the flow's definition. Null when the platform left it out. */
  public @Nullable String nodeId() {
    return nodeId;
  }

  /** The node's type, such as {@code http_request}. Null when the platform left it out. */
  public @Nullable String nodeType() {
    return nodeType;
  }

  /** The node's display name. Null when the platform left it out. */
  public @Nullable String nodeName() {
    return nodeName;
  }

  /** The step's status; {@code UNKNOWN} for a value this SDK does not know (see {@link #statusAsString()}). */
  public StepStatus status() {
    return StepStatus.of(status);
  }

  /** The step's status as the platform wrote it, or null. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** The node's input as JSON values. Null when the platform left it out. */
  public @Nullable Object input() {
    return input;
  }

  /** The node's output as JSON values. Null when the platform left it out. */
  public @Nullable Object output() {
    return output;
  }

  /** Why the node failed. Null when the platform left it out. */
  public @Nullable String error() {
    return error;
  }

  /** How long the node took, in milliseconds. Null when the platform left it out. */
  public @Nullable Long durationMs() {
    return durationMs;
  }

  /** When the node started. Null when the platform left it out. */
  public @Nullable Instant startedAt() {
    return startedAt;
  }

  /** When the node ended. Null when the platform left it out. */
  public @Nullable Instant finishedAt() {
    return finishedAt;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof StepLog)) return false;
    StepLog that = (StepLog) o;
    return Objects.equals(id, that.id)
        && Objects.equals(runId, that.runId)
        && Objects.equals(nodeId, that.nodeId)
        && Objects.equals(nodeType, that.nodeType)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(status, that.status)
        && Objects.equals(input, that.input)
        && Objects.equals(output, that.output)
        && Objects.equals(error, that.error)
        && Objects.equals(durationMs, that.durationMs)
        && Objects.equals(startedAt, that.startedAt)
        && Objects.equals(finishedAt, that.finishedAt);
  }

  @Override public int hashCode() {
    return Objects.hash(id, runId, nodeId, nodeType, nodeName, status, input, output, error, durationMs, startedAt, finishedAt);
  }

  @Override public String toString() {
    return "StepLog{id=" + id
        + ", runId=" + runId
        + ", nodeId=" + nodeId
        + ", nodeType=" + nodeType
        + ", nodeName=" + nodeName
        + ", status=" + status
        + ", input=" + input
        + ", output=" + output
        + ", error=" + error
        + ", durationMs=" + durationMs
        + ", startedAt=" + startedAt
        + ", finishedAt=" + finishedAt + "}";
  }
}
