package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The step at which a {@link FlowRun} failed, as Activepieces reports it: its name and display name. */
public final class FailedStep {
  @Json(name = "name")
  private final String name;
  @Json(name = "displayName")
  private final @Nullable String displayName;

  FailedStep(String name, @Nullable String displayName) {
    this.name = name;
    this.displayName = displayName;
  }

  /** A failed step, for tests and fakes. */
  public static FailedStep of(String name, @Nullable String displayName) {
    return new FailedStep(Objects.requireNonNull(name, "name == null"), displayName);
  }

  /** The step's name in the flow, such as {@code step_1}. */
  public String name() {
    return name;
  }

  /** The step's name as people see it, or null when the platform did not say. */
  public @Nullable String displayName() {
    return displayName;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof FailedStep)) return false;
    FailedStep that = (FailedStep) o;
    return name.equals(that.name) && Objects.equals(displayName, that.displayName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, displayName);
  }

  @Override
  public String toString() {
    return "FailedStep{name=" + name + ", displayName=" + displayName + '}';
  }
}
