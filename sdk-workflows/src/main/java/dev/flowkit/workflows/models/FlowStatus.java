package dev.flowkit.workflows.models;

/**
 * Whether a flow accepts triggers.
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link Flow#statusAsString()}.
 * {@code UNKNOWN} is never sent: a request holding it is refused before it leaves.
 */
public enum FlowStatus {
  /** The flow runs its published version when triggered. */
  ENABLED,

  /** Triggers are refused with 409 {@code CONFLICT}. */
  DISABLED,

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
