package dev.flowkit.core;

/** HTTP 5xx: the server failed. Retrying later usually helps. */
public class InternalServerException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** An exception for {@code response}; see {@link FlowApiException#FlowApiException(String, ErrorResponse)}. */
  public InternalServerException(String message, ErrorResponse response) {
    super(message, response);
  }
}
