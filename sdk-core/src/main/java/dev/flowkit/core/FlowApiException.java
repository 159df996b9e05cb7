package dev.flowkit.core;

import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a non-2xx status. Subtypes name the common statuses; this class
 * itself stands for the rest (405, 413, 415, …).
 *
 * <p>{@link #errorCode()} is the contract's machine-readable code ({@code FLOW_NOT_FOUND}),
 * {@link #requestId()} is what to quote to the platform's support, and {@link #rawBody()} holds
 * at most 8 KiB of the body as received, even when it was an HTML page or not JSON at all.
 */
public class FlowApiException extends FlowException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorResponse response;

  /**
   * An exception for {@code response}, with {@code message} saying what failed (the SDK adds
   * the call and the request id). Applications rarely need it but in tests.
   */
  public FlowApiException(String message, ErrorResponse response) {
    super(message);
    this.response = Objects.requireNonNull(response, "response == null");
  }

  /** The answer as received: status, code, body, headers. */
  public ErrorResponse response() {
    return response;
  }

  /** The HTTP status code, such as 404. */
  public int statusCode() {
    return response.statusCode();
  }

  /** The contract's error code such as {@code VALIDATION_ERROR}, or null if the body had none. */
  public @Nullable String errorCode() {
    return response.errorCode();
  }

  /** The server's request id ({@code X-Request-Id} or the body's {@code requestId}), if any. */
  public @Nullable String requestId() {
    return response.requestId();
  }

  /** The body's {@code details} object, such as {@code {"field":"displayName"}}; empty if none. */
  public Map<String, Object> details() {
    return response.details();
  }

  /** Up to 8 KiB of the response body as text, as it arrived. */
  public String rawBody() {
    return response.rawBody();
  }

  /** The response headers, such as {@code Retry-After}. */
  public Headers headers() {
    return response.headers();
  }
}
