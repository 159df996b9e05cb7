package dev.flowkit.core;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP 429: too many requests. Wait {@link #retryAfter()} (when the server said) and try again. */
public class RateLimitException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public RateLimitException(
      int statusCode,
      @Nullable String errorCode,
      String message,
      @Nullable String requestId,
      Map<String, Object> details,
      String rawBody,
      @Nullable Duration retryAfter) {
    super(statusCode, errorCode, message, requestId, details, rawBody);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked the client to wait ({@code Retry-After}), or null. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
