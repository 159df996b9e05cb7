package dev.flowkit.workflows.iaiflow;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A log entry to write: {@code POST /api/logs {message, level?, run_id?, node_id?, data?}}.
 *
 * <pre>{@code
 * IaiFlow.of(client).logs().write(WriteLogParams.builder().message("checked by QA").runId(runId).level("warn").build());
 * }</pre>
 */
public final class WriteLogParams {
  private final String message;
  private final @Nullable String level;
  private final @Nullable String runId;
  private final @Nullable String nodeId;
  private final @Nullable Object data;

  private WriteLogParams(Builder b) {
    this.message = Objects.requireNonNull(b.message);
    this.level = b.level;
    this.runId = b.runId;
    this.nodeId = b.nodeId;
    this.data = b.data;
  }

  /** Starts a log entry. */
  public static Builder builder() {
    return new Builder();
  }

  /** The message. */
  public String message() {
    return message;
  }

  /** The level ({@code debug}, {@code info}, {@code warn}, {@code error}), or null: the platform's default. */
  public @Nullable String level() {
    return level;
  }

  /** The run the entry is about, or null. */
  public @Nullable String runId() {
    return runId;
  }

  /** The node the entry is about, or null. */
  public @Nullable String nodeId() {
    return nodeId;
  }

  /** Data logged with the message, or null. */
  public @Nullable Object data() {
    return data;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof WriteLogParams)) return false;
    WriteLogParams t = (WriteLogParams) o;
    return message.equals(t.message) && Objects.equals(level, t.level) && Objects.equals(runId, t.runId)
        && Objects.equals(nodeId, t.nodeId) && Objects.equals(data, t.data);
  }

  @Override public int hashCode() {
    return Objects.hash(message, level, runId, nodeId, data);
  }

  @Override public String toString() {
    return "WriteLogParams{message=" + message + ", level=" + level + ", runId=" + runId + ", nodeId=" + nodeId
        + ", data=" + data + "}";
  }

  /** Builds a {@link WriteLogParams}; the message is required. */
  public static final class Builder {
    private @Nullable String message;
    private @Nullable String level;
    private @Nullable String runId;
    private @Nullable String nodeId;
    private @Nullable Object data;

    Builder() {}

    /** The message; required. */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message == null");
      return this;
    }

    /**
     * The level.
     *
     * @throws IllegalArgumentException unless {@code debug}, {@code info}, {@code warn} or {@code error}
     */
    public Builder level(String level) {
      Objects.requireNonNull(level, "level == null");
      if (!Arrays.asList("debug", "info", "warn", "error").contains(level)) {
        throw new IllegalArgumentException("level must be debug, info, warn or error, not " + level);
      }
      this.level = level;
      return this;
    }

    /** The run the entry is about. */
    public Builder runId(String runId) {
      this.runId = Objects.requireNonNull(runId, "runId == null");
      return this;
    }

    /** The node the entry is about. */
    public Builder nodeId(String nodeId) {
      this.nodeId = Objects.requireNonNull(nodeId, "nodeId == null");
      return this;
    }

    /** Data to log with the message: a map, list or other value Moshi writes as JSON. */
    public Builder data(@Nullable Object data) {
      this.data = data;
      return this;
    }

    /**
     * Returns the entry.
     *
     * @throws IllegalStateException without a message
     */
    public WriteLogParams build() {
      if (message == null) throw new IllegalStateException("message is required");
      return new WriteLogParams(this);
    }
  }
}
