package dev.flowkit.core;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP 422: the request was understood but cannot be processed, such as an {@code Idempotency-Key} reused with another body. */
public class UnprocessableEntityException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public UnprocessableEntityException(
      int statusCode,
      @Nullable String errorCode,
      String message,
      @Nullable String requestId,
      Map<String, Object> details,
      String rawBody) {
    super(statusCode, errorCode, message, requestId, details, rawBody);
  }
}
