package dev.flowkit.workflows;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/flows/{id}}: replaces the draft's name and/or its whole step
 * chain. A flow whose current version is LOCKED gets a new DRAFT first.
 */
public final class UpdateFlowParams {
  private final @Nullable String displayName;
  private final @Nullable Step trigger;

  private UpdateFlowParams(Builder builder) {
    this.displayName = builder.displayName;
    this.trigger = builder.trigger;
  }

  /** Returns a builder; at least one of {@code displayName} and {@code trigger} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new name, or null to keep it. */
  public @Nullable String displayName() {
    return displayName;
  }

  /** The new trigger and chain, or null to keep them. */
  public @Nullable Step trigger() {
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
    return Objects.equals(displayName, that.displayName) && Objects.equals(trigger, that.trigger);
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
    private @Nullable String displayName;
    private @Nullable Step trigger;

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
     * @throws IllegalStateException if neither {@code displayName} nor {@code trigger} is set
     */
    public UpdateFlowParams build() {
      if (displayName == null && trigger == null) {
        throw new IllegalStateException("displayName or trigger is required");
      }
      return new UpdateFlowParams(this);
    }
  }
}
