package dev.flowkit.workflows.models;

/**
 * Whether a flow version can still be edited.
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link FlowVersion#stateAsString()}.
 * {@code UNKNOWN} is never sent: a request holding it is refused before it leaves.
 */
public enum FlowVersionState {
  /** Editable; edits apply to it. */
  DRAFT,

  /** Published and frozen; an edit first copies it into a new draft. */
  LOCKED,

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
