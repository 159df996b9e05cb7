package dev.flowkit.core;

/** HTTP 409: the resource's state forbids this now (a disabled flow, a flow in use, an idempotent request still in flight). */
public class ConflictException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** An exception for {@code response}; see {@link FlowApiException#FlowApiException(String, ErrorResponse)}. */
  public ConflictException(String message, ErrorResponse response) {
    super(message, response);
  }
}
