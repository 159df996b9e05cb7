package dev.flowkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A 2xx response whose body could not be read as the expected JSON: truncated, malformed, or
 * of the wrong shape. The message names the JSON path ({@code $.data[3].status}).
 */
public class InvalidResponseException extends FlowException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public InvalidResponseException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
