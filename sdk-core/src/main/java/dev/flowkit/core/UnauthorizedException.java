package dev.flowkit.core;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP 401: no valid session or API key. Log in again or check the key. */
public class UnauthorizedException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public UnauthorizedException(
      int statusCode,
      @Nullable String errorCode,
      String message,
      @Nullable String requestId,
      Map<String, Object> details,
      String rawBody) {
    super(statusCode, errorCode, message, requestId, details, rawBody);
  }
}
