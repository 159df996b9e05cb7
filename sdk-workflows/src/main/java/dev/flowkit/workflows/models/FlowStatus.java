package dev.flowkit.workflows.models;

/**
 * Whether a flow accepts triggers.
 *
 * <p>A value this SDK does not know yet decodes to {@link #UNKNOWN}; {@code UNKNOWN} cannot be sent.
 */
public enum FlowStatus {
  /** The flow runs its published version when triggered. */
  ENABLED,

  /** Triggers are refused with 409 {@code CONFLICT}. */
  DISABLED,

  /** A value the server sent that this SDK version does not know. */
  UNKNOWN
}
