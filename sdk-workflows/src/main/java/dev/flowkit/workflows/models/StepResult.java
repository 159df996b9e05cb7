package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.RunService;
import dev.flowkit.workflows.internal.Models;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one step of a {@link FlowRun} did: its status, input, output and timing. */
public final class StepResult {
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "type")
  private final @Nullable StepType type;
  @Json(name = "status")
  private final RunStatus status;
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

  StepResult(
      @Nullable String name,
      @Nullable StepType type,
      RunStatus status,
      @Nullable Object input,
      @Nullable Object output,
      @Nullable Instant startTime,
      @Nullable Instant finishTime,
      @Nullable Long durationMs,
      @Nullable String displayName,
      @Nullable String error) {
    this.name = name;
    this.type = type;
    this.status = status;
    this.input = input;
    this.output = output;
    this.startTime = startTime;
    this.finishTime = finishTime;
    this.durationMs = durationMs;
    this.displayName = displayName;
    this.error = error;
  }

  /**
   * The step's name. Set in {@link RunService#listRunSteps}; in {@link FlowRun#steps()} the
   * name is the map's key instead.
   */
  public @Nullable String name() {
    return name;
  }

  /** The step's type, when the server says (as {@link RunService#listRunSteps} does). */
  public @Nullable StepType type() {
    return type;
  }

  /** The step's status. */
  public RunStatus status() {
    return status;
  }

  /**
   * The step's input as plain JSON values ({@code Map}, {@code List}, {@code String},
   * {@code Double}, {@code Boolean}), or null.
   */
  public @Nullable Object input() {
    return input;
  }

  /** The step's output as plain JSON values, or null when it has none (yet). */
  public @Nullable Object output() {
    return output;
  }

  /**
   * Converts the output to {@code type} with the shared Moshi; null when there is no output.
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

  /** The step's display name, when the platform reports one besides its name (IAI Flow's {@code node_name}). */
  public @Nullable String displayName() {
    return displayName;
  }

  /** Why the step failed, when the platform reports it per step (IAI Flow's {@code error}); else null. */
  public @Nullable String error() {
    return error;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof StepResult)) return false;
    StepResult that = (StepResult) o;
    return status == that.status
        && Objects.equals(name, that.name)
        && type == that.type
        && Objects.equals(input, that.input)
        && Objects.equals(output, that.output)
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(finishTime, that.finishTime)
        && Objects.equals(durationMs, that.durationMs)
        && Objects.equals(displayName, that.displayName)
        && Objects.equals(error, that.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, status, input, output, startTime, finishTime, durationMs, displayName, error);
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
    return builder;
  }

  /** Builds a {@link StepResult}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String name;
    @Nullable StepType type;
    @Nullable RunStatus status;
    @Nullable Object input;
    @Nullable Object output;
    @Nullable Instant startTime;
    @Nullable Instant finishTime;
    @Nullable Long durationMs;
    @Nullable String displayName;
    @Nullable String error;

    Builder() {}

    /** Sets {@code name}; null for none. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets {@code type}; null for none. */
    public Builder type(@Nullable StepType type) {
      this.type = type;
      return this;
    }

    /** Sets {@code status}; required. */
    public Builder status(RunStatus status) {
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

    /**
     * Returns the stepResult.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public StepResult build() {
      return new StepResult(
          name,
          type,
          required(status, "status"),
          input,
          output,
          startTime,
          finishTime,
          durationMs,
          displayName,
          error);
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
