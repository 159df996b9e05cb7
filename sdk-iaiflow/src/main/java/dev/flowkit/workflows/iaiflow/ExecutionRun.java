package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.iaiflow.Definitions;
import dev.flowkit.workflows.models.TriggeredBy;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run as IAI Flow answers it (its schemas page's {@code ExecutionRun}): every field, including
 * {@code input}, {@code node_count}, {@code workspace_id}, {@code created_at} and a
 * {@code triggered_by} of {@code api}. Get it from {@code IaiFlow.of(client).runs()}.
 */
public final class ExecutionRun {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "workflow_id")
  private final @Nullable String workflowId;
  @Json(name = "workflow_name")
  private final @Nullable String workflowName;
  @Json(name = "status")
  private final @Nullable String status;
  @Json(name = "triggered_by")
  private final @Nullable String triggeredBy;
  @Json(name = "input")
  private final @Nullable Object input;
  @Json(name = "output")
  private final @Nullable Object output;
  @Json(name = "error_text")
  private final @Nullable String errorText;
  @Json(name = "duration_ms")
  private final @Nullable Long durationMs;
  @Json(name = "node_count")
  private final @Nullable Integer nodeCount;
  @Json(name = "workspace_id")
  private final @Nullable String workspaceId;
  @Json(name = "started_at")
  private final @Nullable Instant startedAt;
  @Json(name = "finished_at")
  private final @Nullable Instant finishedAt;
  @Json(name = "created_at")
  private final @Nullable Instant createdAt;

  /** For the JSON reader, which sets the fields the answer has. */
  private ExecutionRun() {
    this.id = null;
    this.workflowId = null;
    this.workflowName = null;
    this.status = null;
    this.triggeredBy = null;
    this.input = null;
    this.output = null;
    this.errorText = null;
    this.durationMs = null;
    this.nodeCount = null;
    this.workspaceId = null;
    this.startedAt = null;
    this.finishedAt = null;
    this.createdAt = null;
  }

  /** The run's id, {@code run_…}. Null when the platform left it out. */
  public @Nullable String id() {
    return id;
  }

  /** The id of the flow that ran. Null when the platform left it out. */
  public @Nullable String workflowId() {
    return workflowId;
  }

  /** The name of the flow that ran. Null when the platform left it out. */
  public @Nullable String workflowName() {
    return workflowName;
  }

  /** The run's status; {@code UNKNOWN} for a value this SDK does not know (see {@link #statusAsString()}). */
  public ExecutionStatus status() {
    return ExecutionStatus.of(status);
  }

  /** The run's status as the platform wrote it, or null. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** What started the run, or null; {@code UNKNOWN} for a value this SDK does not know (see {@link #triggeredByAsString()}). */
  public @Nullable TriggeredBy triggeredBy() {
    return Definitions.triggeredBy(triggeredBy);
  }

  /** What started the run as the platform wrote it, or null. */
  public @Nullable String triggeredByAsString() {
    return triggeredBy;
  }

  /** The run's input as JSON values. Null when the platform left it out. */
  public @Nullable Object input() {
    return input;
  }

  /** The run's output as JSON values, once it succeeded. Null when the platform left it out. */
  public @Nullable Object output() {
    return output;
  }

  /** Why the run failed. Null when the platform left it out. */
  public @Nullable String errorText() {
    return errorText;
  }

  /** How long the run took, in milliseconds. Null when the platform left it out. */
  public @Nullable Long durationMs() {
    return durationMs;
  }

  /** How many nodes the flow that ran has. Null when the platform left it out. */
  public @Nullable Integer nodeCount() {
    return nodeCount;
  }

  /** The workspace of the run. Null when the platform left it out. */
  public @Nullable String workspaceId() {
    return workspaceId;
  }

  /** When the run started. Null when the platform left it out. */
  public @Nullable Instant startedAt() {
    return startedAt;
  }

  /** When the run ended. Null when the platform left it out. */
  public @Nullable Instant finishedAt() {
    return finishedAt;
  }

  /** When the run was created. Null when the platform left it out. */
  public @Nullable Instant createdAt() {
    return createdAt;
  }

  /** Whether the run ended ({@code success} or {@code failed}). */
  public boolean isTerminal() {
    return status().isTerminal();
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof ExecutionRun)) return false;
    ExecutionRun that = (ExecutionRun) o;
    return Objects.equals(id, that.id)
        && Objects.equals(workflowId, that.workflowId)
        && Objects.equals(workflowName, that.workflowName)
        && Objects.equals(status, that.status)
        && Objects.equals(triggeredBy, that.triggeredBy)
        && Objects.equals(input, that.input)
        && Objects.equals(output, that.output)
        && Objects.equals(errorText, that.errorText)
        && Objects.equals(durationMs, that.durationMs)
        && Objects.equals(nodeCount, that.nodeCount)
        && Objects.equals(workspaceId, that.workspaceId)
        && Objects.equals(startedAt, that.startedAt)
        && Objects.equals(finishedAt, that.finishedAt)
        && Objects.equals(createdAt, that.createdAt);
  }

  @Override public int hashCode() {
    return Objects.hash(id, workflowId, workflowName, status, triggeredBy, input, output, errorText, durationMs, nodeCount, workspaceId, startedAt, finishedAt, createdAt);
  }

  @Override public String toString() {
    return "ExecutionRun{id=" + id
        + ", workflowId=" + workflowId
        + ", workflowName=" + workflowName
        + ", status=" + status
        + ", triggeredBy=" + triggeredBy
        + ", input=" + input
        + ", output=" + output
        + ", errorText=" + errorText
        + ", durationMs=" + durationMs
        + ", nodeCount=" + nodeCount
        + ", workspaceId=" + workspaceId
        + ", startedAt=" + startedAt
        + ", finishedAt=" + finishedAt
        + ", createdAt=" + createdAt + "}";
  }
}
