package dev.flowkit.workflows.models;

/**
 * An operation the server is still applying to a flow.
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link
 * Flow#operationStatusAsString()}. {@code UNKNOWN} is never sent: a request holding it is refused
 * before it leaves.
 */
public enum FlowOperationStatus {
  /** No operation in progress. */
  NONE,

  /** The flow is being enabled. */
  ENABLING,

  /** The flow is being disabled. */
  DISABLING,

  /** The flow is being deleted. */
  DELETING,

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
