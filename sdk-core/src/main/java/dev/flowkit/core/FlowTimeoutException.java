package dev.flowkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A connect, read, write or whole-call timeout passed. Raise the matching timeout in
 * {@link ClientOptions} if the server is known to be slow.
 */
public class FlowTimeoutException extends FlowIoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public FlowTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
