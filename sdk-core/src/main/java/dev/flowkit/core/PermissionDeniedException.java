package dev.flowkit.core;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP 403: the credentials are valid but belong to another workspace. */
public class PermissionDeniedException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public PermissionDeniedException(
      int statusCode,
      @Nullable String errorCode,
      String message,
      @Nullable String requestId,
      Map<String, Object> details,
      String rawBody) {
    super(statusCode, errorCode, message, requestId, details, rawBody);
  }
}
