package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/flows/{id}}: replaces the draft's name and its whole step chain,
 * both required. A flow whose current version is LOCKED gets a new DRAFT first. To change only
 * the name, use {@link FlowOperation#changeName(String)}.
 */
public final class UpdateFlowParams {
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "trigger")
  private final Step trigger;

  UpdateFlowParams(Builder builder) {
    this.displayName = Objects.requireNonNull(builder.displayName);
    this.trigger = Objects.requireNonNull(builder.trigger);
  }

  /** Returns a builder; {@code displayName} and {@code trigger} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The draft's new name. */
  public String displayName() {
    return displayName;
  }

  /** The draft's new trigger and the chain of actions after it. */
  public Step trigger() {
    return trigger;
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.displayName = displayName;
    builder.trigger = trigger;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof UpdateFlowParams)) return false;
    UpdateFlowParams that = (UpdateFlowParams) o;
    return displayName.equals(that.displayName) && trigger.equals(that.trigger);
  }

  @Override
  public int hashCode() {
    return Objects.hash(displayName, trigger);
  }

  @Override
  public String toString() {
    return "UpdateFlowParams{displayName=" + displayName + ", trigger=" + trigger + '}';
  }

  /** Builds {@link UpdateFlowParams}. */
  public static final class Builder {
    @Nullable String displayName;
    @Nullable Step trigger;

    Builder() {}

    /**
     * Sets the new name.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder displayName(String displayName) {
      this.displayName = Models.checkNotEmpty(displayName, "displayName");
      return this;
    }

    /** Sets the new trigger step and the chain of actions after it. */
    public Builder trigger(Step trigger) {
      this.trigger = Objects.requireNonNull(trigger, "trigger == null");
      return this;
    }

    /**
     * Returns the params.
     *
     * @throws IllegalStateException if {@code displayName} or {@code trigger} is missing (the
     *     server replaces both, so it needs both)
     */
    public UpdateFlowParams build() {
      if (displayName == null) throw new IllegalStateException("displayName is required");
      if (trigger == null) throw new IllegalStateException("trigger is required");
      return new UpdateFlowParams(this);
    }
  }
}
