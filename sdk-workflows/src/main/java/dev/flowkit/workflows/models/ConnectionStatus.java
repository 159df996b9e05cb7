package dev.flowkit.workflows.models;

/**
 * Health of an app connection.
 *
 * <p>A value this SDK does not know yet decodes to {@link #UNKNOWN}; {@code UNKNOWN} cannot be sent.
 */
public enum ConnectionStatus {
  /** Usable. */
  ACTIVE,

  /** The credentials are missing. */
  MISSING,

  /** The credentials failed. */
  ERROR,

  /** A value the server sent that this SDK version does not know. */
  UNKNOWN
}
