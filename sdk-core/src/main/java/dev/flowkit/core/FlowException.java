package dev.flowkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception Flowkit throws. It is unchecked: catch it (or one of its
 * subtypes) where your application can do something about a failed call.
 */
public class FlowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public FlowException(String message) {
    super(message);
  }

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public FlowException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
