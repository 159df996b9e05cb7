package dev.flowkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A 2xx response whose body could not be read as the expected JSON: truncated, malformed, of the
 * wrong shape, or a resource without its id. The message names the JSON path
 * ({@code $.data[3].created}).
 *
 * <p>Also thrown when a value the API promises is read from a model whose response lacked it
 * (left out or sent as null): the message names the model, the object and the field
 * ({@code FlowRun run_12 has no "status"}). Such a value is checked when it is read, not when the
 * response is decoded, so one missing field never hides the rest of an answer; a model's
 * {@code validate()} checks all of them at once.
 */
public class InvalidResponseException extends FlowException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public InvalidResponseException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
