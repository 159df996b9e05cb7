package dev.flowkit.core;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP 409: the resource's state forbids this now (a disabled flow, a flow in use, an idempotent request still in flight). */
public class ConflictException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public ConflictException(
      int statusCode,
      @Nullable String errorCode,
      String message,
      @Nullable String requestId,
      Map<String, Object> details,
      String rawBody) {
    super(statusCode, errorCode, message, requestId, details, rawBody);
  }
}
