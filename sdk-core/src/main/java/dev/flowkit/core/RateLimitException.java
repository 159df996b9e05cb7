package dev.flowkit.core;

import dev.flowkit.core.internal.ErrorMapper;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** HTTP 429: too many requests. Wait {@link #retryAfter()} (when the server said) and try again. */
public class RateLimitException extends FlowApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /**
   * An exception for {@code response}; {@link #retryAfter()} comes from its {@code Retry-After}
   * header.
   */
  public RateLimitException(String message, ErrorResponse response) {
    super(message, response);
    this.retryAfter = ErrorMapper.retryAfter(response.headers());
  }

  /** How long the server asked the client to wait ({@code Retry-After}), or null. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
