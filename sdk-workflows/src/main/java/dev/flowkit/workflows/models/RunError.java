package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Why a {@link FlowRun} failed, and at which step. */
public final class RunError {
  @Json(name = "message")
  private final @Nullable String message;
  @Json(name = "step")
  private final @Nullable String step;
  private final transient Map<String, Object> additionalProperties;

  /** For the JSON reader, which sets the fields the answer has. */
  private RunError() {
    this(null, null);
  }

  private RunError(@Nullable String message, @Nullable String step) {
    this.message = message;
    this.step = step;
    this.additionalProperties = Collections.emptyMap();
  }

  /** A run's error, for tests and fakes: {@code message}, at {@code step} or null. */
  public static RunError of(String message, @Nullable String step) {
    return new RunError(Objects.requireNonNull(message, "message == null"), step);
  }

  /**
   * What went wrong, for people.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String message() {
    return Models.required(message, "RunError", step == null ? null : "at step \"" + step + "\"", "message");
  }

  /** The name of the step that failed, or null when the failure was not in a step. */
  public @Nullable String step() {
    return step;
  }

  /**
   * The fields of the server's error this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises (the message).
   *
   * @return this error
   * @throws InvalidResponseException if the server left it out
   */
  public RunError validate() {
    message();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof RunError)) return false;
    RunError that = (RunError) o;
    return Objects.equals(message, that.message) && Objects.equals(step, that.step)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, step, additionalProperties);
  }

  @Override
  public String toString() {
    return "RunError{message=" + message + ", step=" + step + Models.additionalNames(additionalProperties) + '}';
  }
}
