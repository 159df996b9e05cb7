package dev.flowkit.core;

/** HTTP 403: the credentials are valid but belong to another workspace. */
public class PermissionDeniedException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** An exception for {@code response}; see {@link FlowApiException#FlowApiException(String, ErrorResponse)}. */
  public PermissionDeniedException(String message, ErrorResponse response) {
    super(message, response);
  }
}
