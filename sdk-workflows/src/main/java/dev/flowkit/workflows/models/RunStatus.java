package dev.flowkit.workflows.models;

/**
 * The state of a {@link FlowRun} (and of each of its steps, see {@link StepResult}).
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link FlowRun#statusAsString()} or
 * {@link StepResult#statusAsString()}. {@code UNKNOWN} is never sent: a request holding it is
 * refused before it leaves.
 */
public enum RunStatus {
  /** Accepted, not started yet. */
  QUEUED(false),

  /** Executing. */
  RUNNING(false),

  /** Waiting at an {@code APPROVAL} step for approve or cancel. */
  PAUSED(false),

  /** Finished; the run has an output. */
  SUCCEEDED(true),

  /** A step failed; the run has an error. */
  FAILED(true),

  /** The run took longer than the platform allows. */
  TIMEOUT(true),

  /** Stopped by the platform. */
  STOPPED(true),

  /** Canceled by a client. */
  CANCELED(true),

  /** The platform failed, not the flow. */
  INTERNAL_ERROR(true),

  /** The project ran out of its task quota (Activepieces, Imbrace). */
  QUOTA_EXCEEDED(true),

  /** The run used more memory than the platform allows (Activepieces, Imbrace). */
  MEMORY_LIMIT_EXCEEDED(true),

  /** The run's logs grew larger than the platform keeps (Activepieces). */
  LOG_SIZE_EXCEEDED(true),

  /** A step that did not run because no path of the flow reached it (IAI Flow's {@code skipped}). */
  SKIPPED(true),

  /**
   * A status the server sent that this SDK version does not know (its text is in
   * {@link FlowRun#statusAsString()}); not terminal, so bound any wait with a timeout.
   */
  UNKNOWN(false);

  private final boolean terminal;

  RunStatus(boolean terminal) {
    this.terminal = terminal;
  }

  /**
   * Returns true when a run in this status will not change any more: {@code SUCCEEDED},
   * {@code FAILED}, {@code TIMEOUT}, {@code STOPPED}, {@code CANCELED}, {@code INTERNAL_ERROR},
   * {@code QUOTA_EXCEEDED}, {@code MEMORY_LIMIT_EXCEEDED}, {@code LOG_SIZE_EXCEEDED} or (for a step)
   * {@code SKIPPED}.
   * {@code UNKNOWN} is not terminal, so bound any wait with a timeout.
   */
  public boolean isTerminal() {
    return terminal;
  }
}
