package dev.flowkit.workflows.iaiflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agent task: {@code POST /api/agent/run {agent_id, task?, input?}}. The task is text for the
 * agent; the input any JSON object it reads.
 */
public final class RunAgentParams {
  private final String agentId;
  private final @Nullable String task;
  private final @Nullable Object input;

  private RunAgentParams(String agentId, @Nullable String task, @Nullable Object input) {
    this.agentId = agentId;
    this.task = task;
    this.input = input;
  }

  /** A task for the agent {@code agentId}; {@code task} and {@code input} may be null. */
  public static RunAgentParams of(String agentId, @Nullable String task, @Nullable Object input) {
    Objects.requireNonNull(agentId, "agentId == null");
    if (agentId.trim().isEmpty()) throw new IllegalArgumentException("agentId is blank");
    return new RunAgentParams(agentId, task, input);
  }

  /** The agent. */
  public String agentId() {
    return agentId;
  }

  /** The task, or null. */
  public @Nullable String task() {
    return task;
  }

  /** The input, or null. */
  public @Nullable Object input() {
    return input;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof RunAgentParams)) return false;
    RunAgentParams t = (RunAgentParams) o;
    return agentId.equals(t.agentId) && Objects.equals(task, t.task) && Objects.equals(input, t.input);
  }

  @Override public int hashCode() {
    return Objects.hash(agentId, task, input);
  }

  @Override public String toString() {
    return "RunAgentParams{agentId=" + agentId + ", task=" + task + ", input=" + input + "}";
  }
}
