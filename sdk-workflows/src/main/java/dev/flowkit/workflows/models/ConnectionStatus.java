package dev.flowkit.workflows.models;

/**
 * Health of an app connection.
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link
 * AppConnection#statusAsString()}. {@code UNKNOWN} is never sent: a request holding it is refused
 * before it leaves.
 */
public enum ConnectionStatus {
  /** Usable. */
  ACTIVE,

  /** The credentials are missing. */
  MISSING,

  /** The credentials failed. */
  ERROR,

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
