package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import dev.flowkit.workflows.models.RunEvent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A streamed run ended in failure: a step failed, it was canceled, or it timed out. The stream
 * itself worked; {@link #errorCode()} says why the run did not.
 */
public class RunFailedException extends FlowException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final @Nullable String step;
  private final @Nullable String runId;

  /** The exception a run's {@code error} event stands for. */
  public RunFailedException(RunEvent.Failure failure) {
    super(message(Objects.requireNonNull(failure, "failure == null")));
    this.errorCode = failure.errorCode();
    this.step = failure.step();
    this.runId = failure.runId();
  }

  private static String message(RunEvent.Failure failure) {
    return "Run " + failure.runId() + " failed with " + failure.errorCode()
        + (failure.step() != null ? " at step " + failure.step() : "") + ": " + failure.message();
  }

  /** The run's error code, such as {@code STEP_FAILED} or {@code CANCELED}. */
  public String errorCode() {
    return errorCode;
  }

  /** The failed step, or null when no single step failed (cancel, timeout). */
  public @Nullable String step() {
    return step;
  }

  /** The run that failed, if known. */
  public @Nullable String runId() {
    return runId;
  }
}
