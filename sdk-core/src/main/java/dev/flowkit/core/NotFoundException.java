package dev.flowkit.core;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP 404: the resource does not exist (or the route is unknown). */
public class NotFoundException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public NotFoundException(
      int statusCode,
      @Nullable String errorCode,
      String message,
      @Nullable String requestId,
      Map<String, Object> details,
      String rawBody) {
    super(statusCode, errorCode, message, requestId, details, rawBody);
  }
}
