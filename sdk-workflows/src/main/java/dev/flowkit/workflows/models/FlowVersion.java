package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One version of a {@link Flow}: its name and its step chain, starting at the trigger.
 *
 * <p>A value the API promises is checked when it is read (its getter throws
 * {@link InvalidResponseException} when the server left it out); {@link #validate()} checks them
 * all at once.
 */
public final class FlowVersion {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "created")
  private final @Nullable Instant created;
  @Json(name = "updated")
  private final @Nullable Instant updated;
  @Json(name = "flowId")
  private final @Nullable String flowId;
  @Json(name = "displayName")
  private final @Nullable String displayName;
  @Json(name = "state")
  private final @Nullable String state;
  @Json(name = "valid")
  private final boolean valid;
  @Json(name = "trigger")
  private final @Nullable Step trigger;
  @Json(name = "steps")
  private final @Nullable Map<String, Object> steps;
  @Json(name = "number")
  private final @Nullable Integer number;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private FlowVersion() {
    this(EMPTY);
  }

  private FlowVersion(Builder b) {
    this.id = b.id;
    this.created = b.created;
    this.updated = b.updated;
    this.flowId = b.flowId;
    this.displayName = b.displayName;
    this.state = b.state;
    this.valid = b.valid;
    this.trigger = b.trigger;
    this.steps = b.steps;
    this.number = b.number;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "FlowVersion", id != null ? id : flowId != null ? "of " + flowId : null, field);
  }

  /**
   * The version's id, {@code fv_…}; null on IAI Flow, which numbers versions instead (see
   * {@link #number()}).
   */
  public @Nullable String id() {
    return id;
  }

  /**
   * When the version was created.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public Instant created() {
    return required(created, "created");
  }

  /**
   * When the version last changed.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public Instant updated() {
    return required(updated, "updated");
  }

  /**
   * The flow this version belongs to.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String flowId() {
    return required(flowId, "flowId");
  }

  /**
   * The flow's human-readable name in this version.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String displayName() {
    return required(displayName, "displayName");
  }

  /**
   * {@code DRAFT} while editable, {@code LOCKED} once published; {@code UNKNOWN} for a value this
   * SDK does not know (see {@link #stateAsString()}) and when the platform does not say (the
   * Imbrace page's schema has no {@code state}).
   */
  public FlowVersionState state() {
    return state == null ? FlowVersionState.UNKNOWN : Models.enumOf(FlowVersionState.class, state);
  }

  /** The state as the server sent it, or null when it sent none. */
  public @Nullable String stateAsString() {
    return state;
  }

  /** Whether the server considers the step chain runnable; false when it does not say. */
  public boolean valid() {
    return valid;
  }

  /**
   * The trigger step; the actions follow through {@link Step#nextAction()}. Null when the
   * platform's flow is not a chain of steps (an IAI Flow graph that branches or has conditions on
   * its edges: {@code IaiFlow.of(client)} reads it whole) or the server sent none.
   */
  public @Nullable Step trigger() {
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

  /**
   * The fields of the server's answer this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises, here and in every step of the chain.
   *
   * @return this version
   * @throws InvalidResponseException naming the first value the server left out
   */
  public FlowVersion validate() {
    created();
    updated();
    flowId();
    displayName();
    if (trigger != null) trigger.validate();
    return this;
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
        && Objects.equals(state, that.state)
        && Objects.equals(trigger, that.trigger)
        && Objects.equals(steps, that.steps)
        && Objects.equals(number, that.number)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, flowId, displayName, state, valid, trigger, steps, number,
        additionalProperties);
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
        + Models.additionalNames(additionalProperties)
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
    builder.additionalProperties = additionalProperties;
    return builder;
  }

  /** Builds a {@link FlowVersion}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String flowId;
    @Nullable String displayName;
    @Nullable String state;
    boolean valid;
    @Nullable Step trigger;
    @Nullable Map<String, Object> steps;
    @Nullable Integer number;
    Map<String, Object> additionalProperties = Collections.emptyMap();

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
      this.state = Models.wire(Objects.requireNonNull(state, "state == null"));
      return this;
    }

    /** Sets {@code state} as the server's text, which may be a value this SDK does not know. */
    public Builder state(String state) {
      this.state = Objects.requireNonNull(state, "state == null");
      return this;
    }

    /** Sets {@code valid}. */
    public Builder valid(boolean valid) {
      this.valid = valid;
      return this;
    }

    /** Sets {@code trigger}; null for a flow that is not a chain of steps. */
    public Builder trigger(@Nullable Step trigger) {
      this.trigger = trigger;
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

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the version.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public FlowVersion build() {
      required(created, "created");
      required(updated, "updated");
      required(flowId, "flowId");
      required(displayName, "displayName");
      required(state, "state");
      return new FlowVersion(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
