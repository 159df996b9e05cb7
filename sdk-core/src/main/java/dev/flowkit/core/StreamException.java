package dev.flowkit.core;

import org.jspecify.annotations.Nullable;

/**
 * An event stream failed for good: its answer was not a 200 {@code text/event-stream} (an answer
 * with an error status comes as the matching {@link FlowApiException} instead), it dropped with
 * no way to resume, or it dropped (or a trigger that streams was refused) more often than its
 * {@link ReconnectPolicy} allows.
 */
public class StreamException extends FlowException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public StreamException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
