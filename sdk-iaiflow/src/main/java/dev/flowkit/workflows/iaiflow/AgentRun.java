package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One run of an agent task ({@code POST /api/agent/run}, {@code GET /api/agent/logs}).
 */
public final class AgentRun {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "agent_id")
  private final @Nullable String agentId;
  @Json(name = "run_id")
  private final @Nullable String runId;
  @Json(name = "status")
  private final @Nullable String status;
  @Json(name = "input")
  private final @Nullable Object input;
  @Json(name = "output")
  private final @Nullable Object output;
  @Json(name = "error_text")
  private final @Nullable String errorText;
  @Json(name = "duration_ms")
  private final @Nullable Long durationMs;
  @Json(name = "started_at")
  private final @Nullable Instant startedAt;
  @Json(name = "finished_at")
  private final @Nullable Instant finishedAt;
  @Json(name = "created_at")
  private final @Nullable Instant createdAt;

  /** For the JSON reader, which sets the fields the answer has. */
  private AgentRun() {
    this.id = null;
    this.agentId = null;
    this.runId = null;
    this.status = null;
    this.input = null;
    this.output = null;
    this.errorText = null;
    this.durationMs = null;
    this.startedAt = null;
    this.finishedAt = null;
    this.createdAt = null;
  }

  /** The agent run's id. Null when the platform left it out. */
  public @Nullable String id() {
    return id;
  }

  /** The agent that ran. Null when the platform left it out. */
  public @Nullable String agentId() {
    return agentId;
  }

  /** The engine run that carried it out; its step logs are {@code runs().steps(runId)}. Null when the platform left it out. */
  public @Nullable String runId() {
    return runId;
  }

  /** The agent run's status; {@code UNKNOWN} for a value this SDK does not know (see {@link #statusAsString()}). */
  public ExecutionStatus status() {
    return ExecutionStatus.of(status);
  }

  /** The agent run's status as the platform wrote it, or null. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** The task's input as JSON values. Null when the platform left it out. */
  public @Nullable Object input() {
    return input;
  }

  /** The agent's answer as JSON values. Null when the platform left it out. */
  public @Nullable Object output() {
    return output;
  }

  /** Why the agent failed. Null when the platform left it out. */
  public @Nullable String errorText() {
    return errorText;
  }

  /** How long it took, in milliseconds. Null when the platform left it out. */
  public @Nullable Long durationMs() {
    return durationMs;
  }

  /** When it started. Null when the platform left it out. */
  public @Nullable Instant startedAt() {
    return startedAt;
  }

  /** When it ended. Null when the platform left it out. */
  public @Nullable Instant finishedAt() {
    return finishedAt;
  }

  /** When it was asked for. Null when the platform left it out. */
  public @Nullable Instant createdAt() {
    return createdAt;
  }

  /** Whether the agent run ended ({@code success} or {@code failed}). */
  public boolean isTerminal() {
    return status().isTerminal();
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof AgentRun)) return false;
    AgentRun that = (AgentRun) o;
    return Objects.equals(id, that.id)
        && Objects.equals(agentId, that.agentId)
        && Objects.equals(runId, that.runId)
        && Objects.equals(status, that.status)
        && Objects.equals(input, that.input)
        && Objects.equals(output, that.output)
        && Objects.equals(errorText, that.errorText)
        && Objects.equals(durationMs, that.durationMs)
        && Objects.equals(startedAt, that.startedAt)
        && Objects.equals(finishedAt, that.finishedAt)
        && Objects.equals(createdAt, that.createdAt);
  }

  @Override public int hashCode() {
    return Objects.hash(id, agentId, runId, status, input, output, errorText, durationMs, startedAt, finishedAt, createdAt);
  }

  @Override public String toString() {
    return "AgentRun{id=" + id
        + ", agentId=" + agentId
        + ", runId=" + runId
        + ", status=" + status
        + ", input=" + input
        + ", output=" + output
        + ", errorText=" + errorText
        + ", durationMs=" + durationMs
        + ", startedAt=" + startedAt
        + ", finishedAt=" + finishedAt
        + ", createdAt=" + createdAt + "}";
  }
}
