package dev.flowkit.workflows.models;

/**
 * An operation the server is still applying to a flow.
 *
 * <p>A value this SDK does not know yet decodes to {@link #UNKNOWN}; {@code UNKNOWN} cannot be sent.
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

  /** A value the server sent that this SDK version does not know. */
  UNKNOWN
}
