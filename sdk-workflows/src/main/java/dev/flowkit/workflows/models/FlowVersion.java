package dev.flowkit.workflows.models;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One version of a {@link Flow}: its name and its step chain, starting at the trigger. */
public final class FlowVersion {
  private final @Nullable String id;
  private final Instant created;
  private final Instant updated;
  private final String flowId;
  private final String displayName;
  private final FlowVersionState state;
  private final boolean valid;
  private final Step trigger;
  private final @Nullable Integer number;

  private FlowVersion(
      @Nullable String id,
      Instant created,
      Instant updated,
      String flowId,
      String displayName,
      FlowVersionState state,
      boolean valid,
      Step trigger,
      @Nullable Integer number) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.flowId = flowId;
    this.displayName = displayName;
    this.state = state;
    this.valid = valid;
    this.trigger = trigger;
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

  /** {@code DRAFT} while editable, {@code LOCKED} once published. */
  public FlowVersionState state() {
    return state;
  }

  /** Whether the server considers the step chain runnable. */
  public boolean valid() {
    return valid;
  }

  /** The trigger step; the actions follow through {@link Step#nextAction()}. */
  public Step trigger() {
    return trigger;
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
        && Objects.equals(number, that.number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, flowId, displayName, state, valid, trigger, number);
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
        + (number == null ? "" : ", number=" + number)
        + '}';
  }
}
