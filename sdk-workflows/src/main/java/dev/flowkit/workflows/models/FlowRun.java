package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One execution of a flow version: its status, input, output or error, and the result of each
 * step by name.
 *
 * <pre>{@code
 * if (run.status() == RunStatus.SUCCEEDED) {
 *   Answer answer = run.output(Answer.class);
 * } else if (run.error() != null) {
 *   System.err.println(run.error().step() + ": " + run.error().message());
 * }
 * }</pre>
 *
 * <p>A value the API promises ({@link #flowId()}, {@link #status()}) is checked when it is read:
 * its getter throws {@link InvalidResponseException} when the server left it out, so one missing
 * field never makes the rest unreadable. {@link #validate()} checks them all at once.
 */
public final class FlowRun {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "created")
  private final @Nullable Instant created;
  @Json(name = "updated")
  private final @Nullable Instant updated;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "flowId")
  private final @Nullable String flowId;
  @Json(name = "flowVersionId")
  private final @Nullable String flowVersionId;
  @Json(name = "status")
  private final @Nullable String status;
  @Json(name = "environment")
  private final @Nullable String environment;
  @Json(name = "startTime")
  private final @Nullable Instant startTime;
  @Json(name = "finishTime")
  private final @Nullable Instant finishTime;
  @Json(name = "durationMs")
  private final @Nullable Long durationMs;
  @Json(name = "input")
  private final @Nullable Object input;
  @Json(name = "output")
  private final @Nullable Object output;
  @Json(name = "error")
  private final @Nullable RunError error;
  @Json(name = "steps")
  private final @Nullable Map<String, StepResult> steps;
  @Json(name = "failParentOnFailure")
  private final boolean failParentOnFailure;
  @Json(name = "tags")
  private final @Nullable List<String> tags;
  @Json(name = "triggeredBy")
  private final @Nullable String triggeredBy;
  @Json(name = "flowName")
  private final @Nullable String flowName;
  @Json(name = "nodeCount")
  private final @Nullable Integer nodeCount;
  @Json(name = "failedStep")
  private final @Nullable FailedStep failedStep;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private FlowRun() {
    this(EMPTY);
  }

  private FlowRun(Builder b) {
    this.id = b.id;
    this.created = b.created;
    this.updated = b.updated;
    this.projectId = b.projectId;
    this.flowId = b.flowId;
    this.flowVersionId = b.flowVersionId;
    this.status = b.status;
    this.environment = b.environment;
    this.startTime = b.startTime;
    this.finishTime = b.finishTime;
    this.durationMs = b.durationMs;
    this.input = b.input;
    this.output = b.output;
    this.error = b.error;
    this.steps = b.steps;
    this.failParentOnFailure = b.failParentOnFailure;
    this.tags = b.tags;
    this.triggeredBy = b.triggeredBy;
    this.flowName = b.flowName;
    this.nodeCount = b.nodeCount;
    this.failedStep = b.failedStep;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "FlowRun", id, field);
  }

  /**
   * The run's id, {@code run_…}. Null only from FlowAI's standard call, whose answer names no
   * run ({@code {output, total_time}}).
   */
  public @Nullable String id() {
    return id;
  }

  /** When the run was created (queued); null on platforms that do not say (IAI Flow, FlowAI). */
  public @Nullable Instant created() {
    return created;
  }

  /** When the run last changed; null on platforms that do not say (IAI Flow, FlowAI). */
  public @Nullable Instant updated() {
    return updated;
  }

  /** The project the flow belongs to; null on platforms that do not say (IAI Flow, FlowAI). */
  public @Nullable String projectId() {
    return projectId;
  }

  /**
   * The flow that ran.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String flowId() {
    return required(flowId, "flowId");
  }

  /** The exact version that ran; null on platforms that do not say (IAI Flow, FlowAI). */
  public @Nullable String flowVersionId() {
    return flowVersionId;
  }

  /**
   * Where the run is; see {@link #isTerminal()}. {@code UNKNOWN} for a status this SDK does not
   * know: {@link #statusAsString()} has the server's text.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public RunStatus status() {
    return Models.enumOf(RunStatus.class, statusAsString());
  }

  /**
   * The status as the server sent it, including values this SDK does not know.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String statusAsString() {
    return required(status, "status");
  }

  /**
   * Whether the run is a production or a test run ({@code UNKNOWN} for a value this SDK does not
   * know); null on platforms that do not say (IAI Flow, FlowAI).
   */
  public @Nullable RunEnvironment environment() {
    return Models.enumOrNull(RunEnvironment.class, environment);
  }

  /** The environment as the server sent it, or null. */
  public @Nullable String environmentAsString() {
    return environment;
  }

  /** When the run started, or null while queued. */
  public @Nullable Instant startTime() {
    return startTime;
  }

  /** When the run finished, or null while it is not finished. */
  public @Nullable Instant finishTime() {
    return finishTime;
  }

  /** How long the run took in milliseconds, or null while it is not finished. */
  public @Nullable Long durationMs() {
    return durationMs;
  }

  /**
   * The input the run was triggered with, as plain JSON values, or null. Objects are
   * {@code Map<String, Object>} in the server's order, arrays {@code List<Object>}; no number
   * loses a digit: integers are {@code Long} ({@code BigInteger} beyond it), other numbers
   * {@code Double} when that double is the written value, else {@code BigDecimal}.
   */
  public @Nullable Object input() {
    return input;
  }

  /**
   * Converts the input to {@code type}, as {@link #output(Class)} does; null when there is none.
   *
   * @throws IllegalArgumentException if the input does not have that shape
   */
  public <T> @Nullable T input(Class<T> type) {
    return Models.convert(input, type, "run input");
  }

  /**
   * Converts the input to a generic {@code type}; null when there is none.
   *
   * @throws IllegalArgumentException if the input does not have that shape
   */
  public <T> @Nullable T input(Type type) {
    return Models.convert(input, type, "run input");
  }

  /**
   * The run's output as plain JSON values (numbers exact, as {@link #input()} has them), or null
   * when it has none (yet).
   */
  public @Nullable Object output() {
    return output;
  }

  /**
   * Converts the output to {@code type}, e.g. {@code output(Answer.class)} or
   * {@code output(String.class)}; null when there is no output. The type is decoded from the
   * output's JSON with every number as the server wrote it: a {@code long} field receives
   * {@code 9007199254740993}, a {@code BigDecimal} field {@code 0.30000000000000000001}.
   *
   * @throws IllegalArgumentException if the output does not have that shape; the message has
   *     the JSON path
   */
  public <T> @Nullable T output(Class<T> type) {
    return Models.convert(output, type, "run output");
  }

  /**
   * Converts the output to a generic {@code type}, e.g. {@code Types.newParameterizedType(Map.class,
   * String.class, Object.class)}; null when there is no output.
   *
   * @throws IllegalArgumentException if the output does not have that shape
   */
  public <T> @Nullable T output(Type type) {
    return Models.convert(output, type, "run output");
  }

  /** Why the run failed, or null when it did not fail. */
  public @Nullable RunError error() {
    return error;
  }

  /** The result of each step that started, by step name, in the order the server sent them; read-only. */
  public Map<String, StepResult> steps() {
    return Models.view(steps);
  }

  /** Whether a failure of this run fails the run that started it; false when the server does not say. */
  public boolean failParentOnFailure() {
    return failParentOnFailure;
  }

  /** The tags given at trigger time; read-only, empty when none. */
  public List<String> tags() {
    return Models.view(tags);
  }

  /**
   * What started the run ({@code UNKNOWN} for a value this SDK does not know), or null when the
   * server did not say.
   */
  public @Nullable TriggeredBy triggeredBy() {
    return Models.enumOrNull(TriggeredBy.class, triggeredBy);
  }

  /** What started the run as the server sent it ({@code "api"}, …), or null. */
  public @Nullable String triggeredByAsString() {
    return triggeredBy;
  }

  /**
   * The name of the flow that ran, when the platform reports it with the run (IAI Flow's
   * {@code workflow_name}); else null, and {@link #flowId()} finds it.
   */
  public @Nullable String flowName() {
    return flowName;
  }

  /** How many nodes the flow that ran has, when the platform reports it with the run (IAI Flow's {@code node_count}); else null. */
  public @Nullable Integer nodeCount() {
    return nodeCount;
  }

  /** The step at which the run failed, as Activepieces and Imbrace report it ({@code failedStep}); else null. */
  public @Nullable FailedStep failedStep() {
    return failedStep;
  }

  /**
   * The fields of the server's answer this SDK does not model, by name, as JSON values (numbers
   * exact, as {@link #output()} has them); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Returns true when the run will not change any more; see {@link RunStatus#isTerminal()}.
   *
   * @throws InvalidResponseException if the server left the status out
   */
  public boolean isTerminal() {
    return status().isTerminal();
  }

  /**
   * Checks every value the API promises, here, in the error and in each step result.
   *
   * @return this run
   * @throws InvalidResponseException naming the first value the server left out
   */
  public FlowRun validate() {
    flowId();
    statusAsString();
    if (error != null) error.validate();
    for (StepResult step : steps().values()) step.validate();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof FlowRun)) return false;
    FlowRun that = (FlowRun) o;
    return failParentOnFailure == that.failParentOnFailure
        && Objects.equals(id, that.id)
        && Objects.equals(created, that.created)
        && Objects.equals(updated, that.updated)
        && Objects.equals(projectId, that.projectId)
        && Objects.equals(flowId, that.flowId)
        && Objects.equals(flowVersionId, that.flowVersionId)
        && Objects.equals(status, that.status)
        && Objects.equals(environment, that.environment)
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(finishTime, that.finishTime)
        && Objects.equals(durationMs, that.durationMs)
        && Objects.equals(input, that.input)
        && Objects.equals(output, that.output)
        && Objects.equals(error, that.error)
        && steps().equals(that.steps())
        && tags().equals(that.tags())
        && Objects.equals(triggeredBy, that.triggeredBy)
        && Objects.equals(flowName, that.flowName)
        && Objects.equals(nodeCount, that.nodeCount)
        && Objects.equals(failedStep, that.failedStep)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, projectId, flowId, flowVersionId, status,
        environment, startTime, finishTime, durationMs, input, output, error, steps(),
        failParentOnFailure, tags(), triggeredBy, flowName, nodeCount, failedStep, additionalProperties);
  }

  @Override
  public String toString() {
    return "FlowRun{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", projectId=" + projectId
        + ", flowId=" + flowId
        + ", flowVersionId=" + flowVersionId
        + ", status=" + status
        + ", environment=" + environment
        + ", startTime=" + startTime
        + ", finishTime=" + finishTime
        + ", durationMs=" + durationMs
        + ", input=" + input
        + ", output=" + output
        + ", error=" + error
        + ", steps=" + steps()
        + ", failParentOnFailure=" + failParentOnFailure
        + ", tags=" + tags()
        + ", triggeredBy=" + triggeredBy
        + (flowName == null ? "" : ", flowName=" + flowName)
        + (nodeCount == null ? "" : ", nodeCount=" + nodeCount)
        + (failedStep == null ? "" : ", failedStep=" + failedStep)
        + Models.additionalNames(additionalProperties)
        + '}';
  }

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code FlowRun}s from the API's answers.
   * {@code build()} throws {@link IllegalStateException} naming a missing required field.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these fields, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.created = created;
    builder.updated = updated;
    builder.projectId = projectId;
    builder.flowId = flowId;
    builder.flowVersionId = flowVersionId;
    builder.status = status;
    builder.environment = environment;
    builder.startTime = startTime;
    builder.finishTime = finishTime;
    builder.durationMs = durationMs;
    builder.input = input;
    builder.output = output;
    builder.error = error;
    builder.steps = steps;
    builder.failParentOnFailure = failParentOnFailure;
    builder.tags = tags;
    builder.triggeredBy = triggeredBy;
    builder.flowName = flowName;
    builder.nodeCount = nodeCount;
    builder.failedStep = failedStep;
    builder.additionalProperties = additionalProperties;
    return builder;
  }

  /** Builds a {@link FlowRun}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String projectId;
    @Nullable String flowId;
    @Nullable String flowVersionId;
    @Nullable String status;
    @Nullable String environment;
    @Nullable Instant startTime;
    @Nullable Instant finishTime;
    @Nullable Long durationMs;
    @Nullable Object input;
    @Nullable Object output;
    @Nullable RunError error;
    @Nullable Map<String, StepResult> steps;
    boolean failParentOnFailure;
    @Nullable List<String> tags;
    @Nullable String triggeredBy;
    @Nullable String flowName;
    @Nullable Integer nodeCount;
    @Nullable FailedStep failedStep;
    Map<String, Object> additionalProperties = Collections.emptyMap();

    Builder() {}

    /** Sets {@code id}; the API always sends it, though platforms other than Flowkit may not. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /** Sets {@code created}; the API always sends it, though platforms other than Flowkit may not. */
    public Builder created(Instant created) {
      this.created = Objects.requireNonNull(created, "created == null");
      return this;
    }

    /** Sets {@code updated}; the API always sends it, though platforms other than Flowkit may not. */
    public Builder updated(Instant updated) {
      this.updated = Objects.requireNonNull(updated, "updated == null");
      return this;
    }

    /** Sets {@code projectId}; the API always sends it, though platforms other than Flowkit may not. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId == null");
      return this;
    }

    /** Sets {@code flowId}; required. */
    public Builder flowId(String flowId) {
      this.flowId = Objects.requireNonNull(flowId, "flowId == null");
      return this;
    }

    /** Sets {@code flowVersionId}; the API always sends it, though platforms other than Flowkit may not. */
    public Builder flowVersionId(String flowVersionId) {
      this.flowVersionId = Objects.requireNonNull(flowVersionId, "flowVersionId == null");
      return this;
    }

    /** Sets {@code status}; required. */
    public Builder status(RunStatus status) {
      this.status = Models.wire(Objects.requireNonNull(status, "status == null"));
      return this;
    }

    /** Sets {@code status} as the server's text, which may be a value this SDK does not know. */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Sets {@code environment}; the API always sends it, though platforms other than Flowkit may not. */
    public Builder environment(RunEnvironment environment) {
      this.environment = Models.wire(Objects.requireNonNull(environment, "environment == null"));
      return this;
    }

    /** Sets {@code startTime}; null for none. */
    public Builder startTime(@Nullable Instant startTime) {
      this.startTime = startTime;
      return this;
    }

    /** Sets {@code finishTime}; null for none. */
    public Builder finishTime(@Nullable Instant finishTime) {
      this.finishTime = finishTime;
      return this;
    }

    /** Sets {@code durationMs}; null for none. */
    public Builder durationMs(@Nullable Long durationMs) {
      this.durationMs = durationMs;
      return this;
    }

    /** Sets {@code input}; null for none. */
    public Builder input(@Nullable Object input) {
      this.input = input;
      return this;
    }

    /** Sets {@code output}; null for none. */
    public Builder output(@Nullable Object output) {
      this.output = output;
      return this;
    }

    /** Sets {@code error}; null for none. */
    public Builder error(@Nullable RunError error) {
      this.error = error;
      return this;
    }

    /** Sets {@code steps}; null for none. */
    public Builder steps(@Nullable Map<String, StepResult> steps) {
      this.steps = steps;
      return this;
    }

    /** Sets {@code failParentOnFailure}. */
    public Builder failParentOnFailure(boolean failParentOnFailure) {
      this.failParentOnFailure = failParentOnFailure;
      return this;
    }

    /** Sets {@code tags}; null for none. */
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags;
      return this;
    }

    /** Sets {@code triggeredBy}; null for none. */
    public Builder triggeredBy(@Nullable TriggeredBy triggeredBy) {
      this.triggeredBy = triggeredBy == null ? null : Models.wire(triggeredBy);
      return this;
    }

    /** Sets {@code flowName}, the flow's name as platforms that report it with the run give it. */
    public Builder flowName(@Nullable String flowName) {
      this.flowName = flowName;
      return this;
    }

    /** Sets {@code nodeCount}; null for none. */
    public Builder nodeCount(@Nullable Integer nodeCount) {
      this.nodeCount = nodeCount;
      return this;
    }

    /** Sets {@code failedStep}; null for none. */
    public Builder failedStep(@Nullable FailedStep failedStep) {
      this.failedStep = failedStep;
      return this;
    }

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the run.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public FlowRun build() {
      required(flowId, "flowId");
      required(status, "status");
      return new FlowRun(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
