package dev.flowkit.workflows.models;

import dev.flowkit.workflows.RunService;
import dev.flowkit.workflows.internal.Models;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one step of a {@link FlowRun} did: its status, input, output and timing. */
public final class StepResult {
  private final @Nullable String name;
  private final @Nullable StepType type;
  private final RunStatus status;
  private final @Nullable Object input;
  private final @Nullable Object output;
  private final @Nullable Instant startTime;
  private final @Nullable Instant finishTime;
  private final @Nullable Long durationMs;

  private StepResult(
      @Nullable String name,
      @Nullable StepType type,
      RunStatus status,
      @Nullable Object input,
      @Nullable Object output,
      @Nullable Instant startTime,
      @Nullable Instant finishTime,
      @Nullable Long durationMs) {
    this.name = name;
    this.type = type;
    this.status = status;
    this.input = input;
    this.output = output;
    this.startTime = startTime;
    this.finishTime = finishTime;
    this.durationMs = durationMs;
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
        && Objects.equals(durationMs, that.durationMs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, status, input, output, startTime, finishTime, durationMs);
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
        + '}';
  }
}
