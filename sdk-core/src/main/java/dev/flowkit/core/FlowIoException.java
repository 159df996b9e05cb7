package dev.flowkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The network failed: the connection could not be made, was reset, or a body was cut short.
 * The message names the method and URL (without the query). The request may or may not have
 * reached the server.
 */
public class FlowIoException extends FlowException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public FlowIoException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
