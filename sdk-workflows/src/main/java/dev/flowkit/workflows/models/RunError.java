package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Why a {@link FlowRun} failed, and at which step. */
public final class RunError {
  @Json(name = "message")
  private final String message;
  @Json(name = "step")
  private final @Nullable String step;

  RunError(String message, @Nullable String step) {
    this.message = message;
    this.step = step;
  }

  /** A run's error, for tests and fakes: {@code message}, at {@code step} or null. */
  public static RunError of(String message, @Nullable String step) {
    return new RunError(Objects.requireNonNull(message, "message == null"), step);
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
