package dev.flowkit.workflows.models;

/**
 * Whether a flow version can still be edited.
 *
 * <p>A value this SDK does not know yet decodes to {@link #UNKNOWN}; {@code UNKNOWN} cannot be sent.
 */
public enum FlowVersionState {
  /** Editable; edits apply to it. */
  DRAFT,

  /** Published and frozen; an edit first copies it into a new draft. */
  LOCKED,

  /** A value the server sent that this SDK version does not know. */
  UNKNOWN
}
