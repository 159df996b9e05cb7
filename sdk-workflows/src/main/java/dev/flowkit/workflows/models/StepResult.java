package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.RunService;
import dev.flowkit.workflows.internal.Models;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one step of a {@link FlowRun} did: its status, input, output and timing. */
public final class StepResult {
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "type")
  private final @Nullable String type;
  @Json(name = "status")
  private final @Nullable String status;
  @Json(name = "input")
  private final @Nullable Object input;
  @Json(name = "output")
  private final @Nullable Object output;
  @Json(name = "startTime")
  private final @Nullable Instant startTime;
  @Json(name = "finishTime")
  private final @Nullable Instant finishTime;
  @Json(name = "durationMs")
  private final @Nullable Long durationMs;
  @Json(name = "displayName")
  private final @Nullable String displayName;
  @Json(name = "error")
  private final @Nullable String error;

  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private StepResult() {
    this(EMPTY);
  }

  private StepResult(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.status = b.status;
    this.input = b.input;
    this.output = b.output;
    this.startTime = b.startTime;
    this.finishTime = b.finishTime;
    this.durationMs = b.durationMs;
    this.displayName = b.displayName;
    this.error = b.error;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "StepResult", name == null ? null : "of step \"" + name + "\"", field);
  }

  /**
   * The step's name. Set in {@link RunService#listRunSteps}; in {@link FlowRun#steps()} the
   * name is the map's key instead.
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * The step's type, when the server says (as {@link RunService#listRunSteps} does);
   * {@code UNKNOWN} for a type this SDK does not know (see {@link #typeAsString()}).
   */
  public @Nullable StepType type() {
    return Models.enumOrNull(StepType.class, type);
  }

  /** The step's type as the server sent it, or null. */
  public @Nullable String typeAsString() {
    return type;
  }

  /**
   * The step's status, in the run statuses' terms; {@code UNKNOWN} for a value this SDK does not
   * know (see {@link #statusAsString()}).
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
   * The step's input as plain JSON values (numbers exact, as {@link FlowRun#input()} has them),
   * or null.
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
    return Models.convert(input, type, "step input");
  }

  /**
   * Converts the input to a generic {@code type}; null when there is none.
   *
   * @throws IllegalArgumentException if the input does not have that shape
   */
  public <T> @Nullable T input(Type type) {
    return Models.convert(input, type, "step input");
  }

  /** The step's output as plain JSON values (numbers exact), or null when it has none (yet). */
  public @Nullable Object output() {
    return output;
  }

  /**
   * Converts the output to {@code type}, decoding it from its JSON with every number as the
   * server wrote it (see {@link FlowRun#output(Class)}); null when there is no output.
   *
   * @throws IllegalArgumentException if the output does not have that shape
   */
  public <T> @Nullable T output(Class<T> type) {
    return Models.convert(output, type, "step output");
  }

  /**
   * Converts the output to a generic {@code type}, e.g. {@code Types.newParameterizedType(List.class,
   * String.class)}; null when there is no output.
   *
   * @throws IllegalArgumentException if the output does not have that shape
   */
  public <T> @Nullable T output(Type type) {
    return Models.convert(output, type, "step output");
  }

  /** When the step started, or null if it has not. */
  public @Nullable Instant startTime() {
    return startTime;
  }

  /** When the step finished, or null if it has not. */
  public @Nullable Instant finishTime() {
    return finishTime;
  }

  /** How long the step took in milliseconds, or null if it has not finished. */
  public @Nullable Long durationMs() {
    return durationMs;
  }

  /** The step's display name, when the platform reports one besides its name (IAI Flow's {@code node_name}); else null. */
  public @Nullable String displayName() {
    return displayName;
  }

  /** Why the step failed, when the platform reports it per step (IAI Flow's {@code error}); else null. */
  public @Nullable String error() {
    return error;
  }

  /**
   * The fields of the server's answer this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises (the status).
   *
   * @return this result
   * @throws InvalidResponseException if the server left it out
   */
  public StepResult validate() {
    statusAsString();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof StepResult)) return false;
    StepResult that = (StepResult) o;
    return Objects.equals(status, that.status)
        && Objects.equals(name, that.name)
        && Objects.equals(type, that.type)
        && Objects.equals(input, that.input)
        && Objects.equals(output, that.output)
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(finishTime, that.finishTime)
        && Objects.equals(durationMs, that.durationMs)
        && Objects.equals(displayName, that.displayName)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, status, input, output, startTime, finishTime, durationMs, displayName, error,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "StepResult{name=" + name
        + ", type=" + type
        + ", status=" + status
        + ", input=" + input
        + ", output=" + output
        + ", startTime=" + startTime
        + ", finishTime=" + finishTime
        + ", durationMs=" + durationMs
        + (displayName == null ? "" : ", displayName=" + displayName)
        + (error == null ? "" : ", error=" + error)
        + Models.additionalNames(additionalProperties)
        + '}';
  }

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code StepResult}s from the API's answers.
   * {@code build()} throws {@link IllegalStateException} naming a missing required field.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these fields, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.type = type;
    builder.status = status;
    builder.input = input;
    builder.output = output;
    builder.startTime = startTime;
    builder.finishTime = finishTime;
    builder.durationMs = durationMs;
    builder.displayName = displayName;
    builder.error = error;
    builder.additionalProperties = additionalProperties;
    return builder;
  }

  /** Builds a {@link StepResult}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String name;
    @Nullable String type;
    @Nullable String status;
    @Nullable Object input;
    @Nullable Object output;
    @Nullable Instant startTime;
    @Nullable Instant finishTime;
    @Nullable Long durationMs;
    @Nullable String displayName;
    @Nullable String error;
    Map<String, Object> additionalProperties = Collections.emptyMap();

    Builder() {}

    /** Sets {@code name}; null for none. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets {@code type}; null for none. */
    public Builder type(@Nullable StepType type) {
      this.type = type == null ? null : Models.wire(type);
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

    /** Sets {@code displayName}; null for none. */
    public Builder displayName(@Nullable String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** Sets {@code error}; null for none. */
    public Builder error(@Nullable String error) {
      this.error = error;
      return this;
    }

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the step result.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public StepResult build() {
      if (status == null) throw new IllegalStateException("status is required");
      return new StepResult(this);
    }
  }
}
