package dev.flowkit.workflows.models;

/**
 * Where a run executed.
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link
 * FlowRun#environmentAsString()}. {@code UNKNOWN} is never sent: a request holding it is refused
 * before it leaves.
 */
public enum RunEnvironment {
  /** A run of the published version. */
  PRODUCTION,

  /** A test run. */
  TESTING,

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
