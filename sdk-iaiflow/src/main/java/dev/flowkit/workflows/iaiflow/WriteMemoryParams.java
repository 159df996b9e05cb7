package dev.flowkit.workflows.iaiflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A memory entry to write: {@code POST /api/agent/memory {agent_id, key, value, run_id?}}. The
 * same agent and key again is a new value for the entry.
 */
public final class WriteMemoryParams {
  private final String agentId;
  private final String key;
  private final @Nullable Object value;
  private final @Nullable String runId;

  private WriteMemoryParams(String agentId, String key, @Nullable Object value, @Nullable String runId) {
    this.agentId = agentId;
    this.key = key;
    this.value = value;
    this.runId = runId;
  }

  /** {@code value} (a JSON value; null is JSON's null) under {@code key} for the agent {@code agentId}. */
  public static WriteMemoryParams of(String agentId, String key, @Nullable Object value) {
    Objects.requireNonNull(agentId, "agentId == null");
    Objects.requireNonNull(key, "key == null");
    if (agentId.trim().isEmpty()) throw new IllegalArgumentException("agentId is blank");
    if (key.trim().isEmpty()) throw new IllegalArgumentException("key is blank");
    return new WriteMemoryParams(agentId, key, value, null);
  }

  /** The same entry, written on behalf of the run {@code runId}. */
  public WriteMemoryParams withRunId(String runId) {
    return new WriteMemoryParams(agentId, key, value, Objects.requireNonNull(runId, "runId == null"));
  }

  /** The agent. */
  public String agentId() {
    return agentId;
  }

  /** The key. */
  public String key() {
    return key;
  }

  /** The value. */
  public @Nullable Object value() {
    return value;
  }

  /** The run that writes it, or null. */
  public @Nullable String runId() {
    return runId;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof WriteMemoryParams)) return false;
    WriteMemoryParams t = (WriteMemoryParams) o;
    return agentId.equals(t.agentId) && key.equals(t.key) && Objects.equals(value, t.value)
        && Objects.equals(runId, t.runId);
  }

  @Override public int hashCode() {
    return Objects.hash(agentId, key, value, runId);
  }

  @Override public String toString() {
    return "WriteMemoryParams{agentId=" + agentId + ", key=" + key + ", value=" + value + ", runId=" + runId + "}";
  }
}
