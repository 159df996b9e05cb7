package dev.flowkit.core;

import org.jspecify.annotations.Nullable;

/**
 * An event stream failed for good: it was refused (a 4xx, or an answer that is not
 * {@code text/event-stream}), or it dropped more often than the reconnect budget allows.
 */
public class StreamException extends FlowException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public StreamException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
