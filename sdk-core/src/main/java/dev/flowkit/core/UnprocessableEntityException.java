package dev.flowkit.core;

/** HTTP 422: the request was understood but cannot be processed, such as an {@code Idempotency-Key} reused with another body. */
public class UnprocessableEntityException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** An exception for {@code response}; see {@link FlowApiException#FlowApiException(String, ErrorResponse)}. */
  public UnprocessableEntityException(String message, ErrorResponse response) {
    super(message, response);
  }
}
