package dev.flowkit.workflows.models;

/**
 * Where a run executed.
 *
 * <p>A value this SDK does not know yet decodes to {@link #UNKNOWN}; {@code UNKNOWN} cannot be sent.
 */
public enum RunEnvironment {
  /** A run of the published version. */
  PRODUCTION,

  /** A test run. */
  TESTING,

  /** A value the server sent that this SDK version does not know. */
  UNKNOWN
}
