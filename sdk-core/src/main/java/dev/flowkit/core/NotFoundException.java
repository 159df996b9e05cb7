package dev.flowkit.core;

/** HTTP 404: the resource does not exist (or the route is unknown). */
public class NotFoundException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** An exception for {@code response}; see {@link FlowApiException#FlowApiException(String, ErrorResponse)}. */
  public NotFoundException(String message, ErrorResponse response) {
    super(message, response);
  }
}
