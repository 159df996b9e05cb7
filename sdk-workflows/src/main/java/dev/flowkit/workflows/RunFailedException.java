package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import org.jspecify.annotations.Nullable;

/**
 * A streamed run ended in failure: a step failed, it was canceled, or it timed out. The stream
 * itself worked; {@link #errorCode()} says why the run did not.
 */
public class RunFailedException extends FlowException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final @Nullable String node;
  private final @Nullable String runId;

  /** Creates the exception from a run\'s {@code error} event. */
  public RunFailedException(String errorCode, String message, @Nullable String node, @Nullable String runId) {
    super("Run " + runId + " failed with " + errorCode + (node != null ? " at step " + node : "") + ": " + message);
    this.errorCode = errorCode;
    this.node = node;
    this.runId = runId;
  }

  /** The run's error code, such as {@code STEP_FAILED} or {@code CANCELED}. */
  public String errorCode() {
    return errorCode;
  }

  /** The failed step, if any. */
  public @Nullable String node() {
    return node;
  }

  /** The run that failed, if known. */
  public @Nullable String runId() {
    return runId;
  }
}
