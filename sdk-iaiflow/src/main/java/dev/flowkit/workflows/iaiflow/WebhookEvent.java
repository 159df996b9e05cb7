package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.JsonDataException;
import dev.flowkit.core.internal.FlowJson;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A verified IAI Flow webhook: {@code {event, timestamp, workspace_id, data}}. Its subclass says
 * what happened: {@link Run} ({@code run.started}, {@code run.completed}, {@code run.failed}),
 * {@link FlowUpdated}, {@link AgentCompleted}, or {@link Other} for an event this SDK does not
 * know (kept whole). Get one from {@link WebhookVerifier#verify}.
 *
 * <pre>{@code
 * switch (event.type()) {
 *   case RUN_FAILED: alert(((WebhookEvent.Run) event).errorText()); break;
 *   case FLOW_UPDATED: refresh(((WebhookEvent.FlowUpdated) event).workflowId()); break;
 *   default: break;
 * }
 * }</pre>
 *
 * <p>A delivery may come more than once (IAI Flow retries until a receiver answers 2xx): make
 * handling idempotent, for example by the event and its run id.
 */
public abstract class WebhookEvent {
  /** Which event it is. */
  public enum Type {
    /** {@code run.started}: a run began. */
    RUN_STARTED("run.started"),
    /** {@code run.completed}: a run ended with {@code success}. */
    RUN_COMPLETED("run.completed"),
    /** {@code run.failed}: a run ended with {@code failed}. */
    RUN_FAILED("run.failed"),
    /** {@code flow.updated}: a flow's definition (or name, or status) changed. */
    FLOW_UPDATED("flow.updated"),
    /** {@code agent.completed}: an agent task ended. */
    AGENT_COMPLETED("agent.completed"),
    /** An event this SDK does not know; its name is {@link WebhookEvent#event()}. */
    UNKNOWN("");

    private final String wire;

    Type(String wire) {
      this.wire = wire;
    }

    /** The event's name on the wire, such as {@code run.completed}; empty for {@code UNKNOWN}. */
    public String wire() {
      return wire;
    }

    static Type of(String event) {
      for (Type t : values()) {
        if (t != UNKNOWN && t.wire.equals(event)) return t;
      }
      return UNKNOWN;
    }
  }

  private final String event;
  private final Instant timestamp;
  private final @Nullable String workspaceId;
  private final Map<String, @Nullable Object> data;

  WebhookEvent(String event, Instant timestamp, @Nullable String workspaceId, Map<String, @Nullable Object> data) {
    this.event = event;
    this.timestamp = timestamp;
    this.workspaceId = workspaceId;
    this.data = data;
  }

  /** The event for a verified payload's fields. */
  static WebhookEvent of(String event, Instant timestamp, @Nullable String workspaceId, Map<String, @Nullable Object> data) {
    switch (Type.of(event)) {
      case RUN_STARTED:
      case RUN_COMPLETED:
      case RUN_FAILED:
        return new Run(event, timestamp, workspaceId, data);
      case FLOW_UPDATED:
        return new FlowUpdated(event, timestamp, workspaceId, data);
      case AGENT_COMPLETED:
        return new AgentCompleted(event, timestamp, workspaceId, data);
      default:
        return new Other(event, timestamp, workspaceId, data);
    }
  }

  /** Which event it is; {@code UNKNOWN} for one this SDK does not know. */
  public final Type type() {
    return Type.of(event);
  }

  /** The event's name as sent, such as {@code run.completed}. */
  public final String event() {
    return event;
  }

  /** When IAI Flow sent it (each retry carries its own time). */
  public final Instant timestamp() {
    return timestamp;
  }

  /** The workspace it is about, or null when the payload does not say. */
  public final @Nullable String workspaceId() {
    return workspaceId;
  }

  /** Every field of {@code data} as JSON values (numbers exact); read-only. */
  public final Map<String, @Nullable Object> data() {
    return data;
  }

  /** A text field of {@code data}, or null when absent or not text. */
  final @Nullable String text(String key) {
    Object v = data.get(key);
    return v instanceof String ? (String) v : null;
  }

  /** A whole-number field of {@code data}, or null. */
  final @Nullable Long whole(String key) {
    Object v = data.get(key);
    if (v instanceof Long) return (Long) v;
    if (v instanceof Double && (Double) v == Math.rint((Double) v)) return ((Double) v).longValue();
    return null;
  }

  /** A time field of {@code data}, or null when absent or not a time. */
  final @Nullable Instant time(String key) {
    String v = text(key);
    if (v == null) return null;
    try {
      return FlowJson.moshi().adapter(Instant.class).fromJsonValue(v);
    } catch (JsonDataException | IllegalArgumentException notATime) {
      return null;
    }
  }

  @Override public final boolean equals(@Nullable Object o) {
    if (!(o instanceof WebhookEvent)) return false;
    WebhookEvent that = (WebhookEvent) o;
    return event.equals(that.event) && timestamp.equals(that.timestamp) && Objects.equals(workspaceId, that.workspaceId)
        && data.equals(that.data);
  }

  @Override public final int hashCode() {
    return Objects.hash(event, timestamp, workspaceId, data);
  }

  @Override public final String toString() {
    return getClass().getSimpleName() + "{event=" + event + ", timestamp=" + timestamp + ", workspaceId=" + workspaceId
        + ", data=" + data.keySet() + "}";
  }

  /** {@code run.started}, {@code run.completed} or {@code run.failed}: {@code data{run_id, workflow_id, …}}. */
  public static final class Run extends WebhookEvent {
    Run(String event, Instant timestamp, @Nullable String workspaceId, Map<String, @Nullable Object> data) {
      super(event, timestamp, workspaceId, data);
    }

    /** The run, {@code run_…}. */
    public @Nullable String runId() {
      return text("run_id");
    }

    /** The flow that ran. */
    public @Nullable String workflowId() {
      return text("workflow_id");
    }

    /** The name of the flow that ran. */
    public @Nullable String workflowName() {
      return text("workflow_name");
    }

    /** The run's status: {@code RUNNING} when it started, then {@code SUCCESS} or {@code FAILED}. */
    public ExecutionStatus status() {
      return ExecutionStatus.of(text("status"));
    }

    /** How long the run took, in milliseconds, once it ended. */
    public @Nullable Long durationMs() {
      return whole("duration_ms");
    }

    /** When the run started. */
    public @Nullable Instant startedAt() {
      return time("started_at");
    }

    /** When the run ended. */
    public @Nullable Instant finishedAt() {
      return time("finished_at");
    }

    /** Why the run failed, for {@code run.failed}. */
    public @Nullable String errorText() {
      return text("error_text");
    }
  }

  /** {@code flow.updated}: {@code data{workflow_id, workflow_name, status, version, updated_at}}. */
  public static final class FlowUpdated extends WebhookEvent {
    FlowUpdated(String event, Instant timestamp, @Nullable String workspaceId, Map<String, @Nullable Object> data) {
      super(event, timestamp, workspaceId, data);
    }

    /** The flow that changed. */
    public @Nullable String workflowId() {
      return text("workflow_id");
    }

    /** Its name now. */
    public @Nullable String workflowName() {
      return text("workflow_name");
    }

    /** Its status now. */
    public WorkflowStatus status() {
      return WorkflowStatus.of(text("status"));
    }

    /** Its version number now. */
    public @Nullable Long version() {
      return whole("version");
    }

    /** When it changed. */
    public @Nullable Instant updatedAt() {
      return time("updated_at");
    }
  }

  /** {@code agent.completed}: {@code data{agent_id, agent_run_id, run_id, status, …}}. */
  public static final class AgentCompleted extends WebhookEvent {
    AgentCompleted(String event, Instant timestamp, @Nullable String workspaceId, Map<String, @Nullable Object> data) {
      super(event, timestamp, workspaceId, data);
    }

    /** The agent. */
    public @Nullable String agentId() {
      return text("agent_id");
    }

    /** The agent run, as {@code agents().logs(agentId)} lists it. */
    public @Nullable String agentRunId() {
      return text("agent_run_id");
    }

    /** The engine run that carried the task out. */
    public @Nullable String runId() {
      return text("run_id");
    }

    /** {@code SUCCESS} or {@code FAILED}. */
    public ExecutionStatus status() {
      return ExecutionStatus.of(text("status"));
    }

    /** How long it took, in milliseconds. */
    public @Nullable Long durationMs() {
      return whole("duration_ms");
    }

    /** Why it failed. */
    public @Nullable String errorText() {
      return text("error_text");
    }
  }

  /** An event this SDK does not know, kept whole: its name is {@link #event()}, its fields {@link #data()}. */
  public static final class Other extends WebhookEvent {
    Other(String event, Instant timestamp, @Nullable String workspaceId, Map<String, @Nullable Object> data) {
      super(event, timestamp, workspaceId, data);
    }
  }
}
