package dev.flowkit.workflows.activepieces;

/** How Activepieces retries a finished run (its {@code FlowRetryStrategy}). */
public enum RetryStrategy {
  /** Runs the same run again from the step that failed, keeping the outputs before it. */
  FROM_FAILED_STEP,
  /** Starts a new run of the latest published version with the same trigger output. */
  ON_LATEST_VERSION
}
