package dev.flowkit.core;

/** HTTP 400: the request was invalid; {@link #details()} usually names the field. */
public class BadRequestException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** An exception for {@code response}; see {@link FlowApiException#FlowApiException(String, ErrorResponse)}. */
  public BadRequestException(String message, ErrorResponse response) {
    super(message, response);
  }
}
