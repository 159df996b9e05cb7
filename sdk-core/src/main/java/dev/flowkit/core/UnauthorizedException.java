package dev.flowkit.core;

/** HTTP 401: no valid session or API key. Log in again or check the key. */
public class UnauthorizedException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** An exception for {@code response}; see {@link FlowApiException#FlowApiException(String, ErrorResponse)}. */
  public UnauthorizedException(String message, ErrorResponse response) {
    super(message, response);
  }
}
