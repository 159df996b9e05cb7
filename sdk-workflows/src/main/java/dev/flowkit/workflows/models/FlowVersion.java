package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One version of a {@link Flow}: its name and its step chain, starting at the trigger. */
public final class FlowVersion {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "created")
  private final Instant created;
  @Json(name = "updated")
  private final Instant updated;
  @Json(name = "flowId")
  private final String flowId;
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "state")
  private final FlowVersionState state;
  @Json(name = "valid")
  private final boolean valid;
  @Json(name = "trigger")
  private final Step trigger;
  @Json(name = "steps")
  private final @Nullable Map<String, Object> steps;
  @Json(name = "number")
  private final @Nullable Integer number;

  FlowVersion(
      @Nullable String id,
      Instant created,
      Instant updated,
      String flowId,
      String displayName,
      FlowVersionState state,
      boolean valid,
      Step trigger,
      @Nullable Map<String, Object> steps,
      @Nullable Integer number) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.flowId = flowId;
    this.displayName = displayName;
    this.state = state;
    this.valid = valid;
    this.trigger = trigger;
    this.steps = steps;
    this.number = number;
  }

  /**
   * The version's id, {@code fv_…}; null on IAI Flow, which numbers versions instead (see
   * {@link #number()}).
   */
  public @Nullable String id() {
    return id;
  }

  /** When the version was created. */
  public Instant created() {
    return created;
  }

  /** When the version last changed. */
  public Instant updated() {
    return updated;
  }

  /** The flow this version belongs to. */
  public String flowId() {
    return flowId;
  }

  /** The flow's human-readable name in this version. */
  public String displayName() {
    return displayName;
  }

  /**
   * {@code DRAFT} while editable, {@code LOCKED} once published; {@code UNKNOWN} when the
   * platform does not say (the Imbrace page's schema has no {@code state}).
   */
  @SuppressWarnings("ConstantConditions") // absent on the wire: Moshi leaves the field null
  public FlowVersionState state() {
    return state != null ? state : FlowVersionState.UNKNOWN;
  }

  /** Whether the server considers the step chain runnable. */
  public boolean valid() {
    return valid;
  }

  /** The trigger step; the actions follow through {@link Step#nextAction()}. */
  public Step trigger() {
    return trigger;
  }

  /**
   * The version's step configuration as the platform sends it (the Imbrace page's optional
   * {@code steps} object), read-only; null when the platform sends none. Flowkit's own servers
   * send none: their steps follow the {@link #trigger()} through {@link Step#nextAction()}.
   */
  public @Nullable Map<String, Object> steps() {
    return steps == null ? null : Collections.unmodifiableMap(steps);
  }

  /** The version's number (1, 2, …) on platforms that number them (IAI Flow); else null. */
  public @Nullable Integer number() {
    return number;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof FlowVersion)) return false;
    FlowVersion that = (FlowVersion) o;
    return valid == that.valid
        && Objects.equals(id, that.id)
        && Objects.equals(created, that.created)
        && Objects.equals(updated, that.updated)
        && Objects.equals(flowId, that.flowId)
        && Objects.equals(displayName, that.displayName)
        && state == that.state
        && Objects.equals(trigger, that.trigger)
        && Objects.equals(steps, that.steps)
        && Objects.equals(number, that.number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, flowId, displayName, state, valid, trigger, steps, number);
  }

  @Override
  public String toString() {
    return "FlowVersion{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", flowId=" + flowId
        + ", displayName=" + displayName
        + ", state=" + state
        + ", valid=" + valid
        + ", trigger=" + trigger
        + (steps == null ? "" : ", steps=" + steps)
        + (number == null ? "" : ", number=" + number)
        + '}';
  }

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code FlowVersion}s from the API's answers.
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
    builder.flowId = flowId;
    builder.displayName = displayName;
    builder.state = state;
    builder.valid = valid;
    builder.trigger = trigger;
    builder.steps = steps;
    builder.number = number;
    return builder;
  }

  /** Builds a {@link FlowVersion}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String flowId;
    @Nullable String displayName;
    @Nullable FlowVersionState state;
    boolean valid;
    @Nullable Step trigger;
    @Nullable Map<String, Object> steps;
    @Nullable Integer number;

    Builder() {}

    /** Sets {@code id} (left out on platforms that number versions instead). */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /** Sets {@code created}; required. */
    public Builder created(Instant created) {
      this.created = Objects.requireNonNull(created, "created == null");
      return this;
    }

    /** Sets {@code updated}; required. */
    public Builder updated(Instant updated) {
      this.updated = Objects.requireNonNull(updated, "updated == null");
      return this;
    }

    /** Sets {@code flowId}; required. */
    public Builder flowId(String flowId) {
      this.flowId = Objects.requireNonNull(flowId, "flowId == null");
      return this;
    }

    /** Sets {@code displayName}; required. */
    public Builder displayName(String displayName) {
      this.displayName = Objects.requireNonNull(displayName, "displayName == null");
      return this;
    }

    /** Sets {@code state}; required. */
    public Builder state(FlowVersionState state) {
      this.state = Objects.requireNonNull(state, "state == null");
      return this;
    }

    /** Sets {@code valid}. */
    public Builder valid(boolean valid) {
      this.valid = valid;
      return this;
    }

    /** Sets {@code trigger}; required. */
    public Builder trigger(Step trigger) {
      this.trigger = Objects.requireNonNull(trigger, "trigger == null");
      return this;
    }

    /** Sets {@code steps}, a read-only copy of the platform's step configuration; null for none. */
    public Builder steps(@Nullable Map<String, ?> steps) {
      this.steps = steps == null ? null : Models.copyOf(steps, "steps");
      return this;
    }

    /** Sets {@code number}, the version's number on platforms that number them. */
    public Builder number(@Nullable Integer number) {
      this.number = number;
      return this;
    }

    /**
     * Returns the version.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public FlowVersion build() {
      return new FlowVersion(
          id,
          required(created, "created"),
          required(updated, "updated"),
          required(flowId, "flowId"),
          required(displayName, "displayName"),
          required(state, "state"),
          valid,
          required(trigger, "trigger"),
          steps,
          number);
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
