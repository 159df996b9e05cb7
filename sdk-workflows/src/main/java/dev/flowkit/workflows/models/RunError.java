package dev.flowkit.workflows.models;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Why a {@link FlowRun} failed, and at which step. */
public final class RunError {
  private final String message;
  private final @Nullable String step;

  private RunError(String message, @Nullable String step) {
    this.message = message;
    this.step = step;
  }

  /** What went wrong, for people. */
  public String message() {
    return message;
  }

  /** The name of the step that failed, or null when the failure was not in a step. */
  public @Nullable String step() {
    return step;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof RunError)) return false;
    RunError that = (RunError) o;
    return Objects.equals(message, that.message) && Objects.equals(step, that.step);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, step);
  }

  @Override
  public String toString() {
    return "RunError{message=" + message + ", step=" + step + '}';
  }
}
