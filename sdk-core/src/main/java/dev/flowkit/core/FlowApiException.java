package dev.flowkit.core;

import java.util.Collections;
import java.util.Map;
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

  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String requestId;
  private final transient Map<String, Object> details;
  private final String rawBody;

  /** Creates the exception; the SDK throws it, applications rarely need to. */
  public FlowApiException(
      int statusCode,
      @Nullable String errorCode,
      String message,
      @Nullable String requestId,
      Map<String, Object> details,
      String rawBody) {
    super(message);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.requestId = requestId;
    this.details = Collections.unmodifiableMap(details);
    this.rawBody = rawBody;
  }

  /** The HTTP status code, such as 404. */
  public int statusCode() {
    return statusCode;
  }

  /** The contract's error code such as {@code VALIDATION_ERROR}, or null if the body had none. */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /** The server's request id ({@code X-Request-Id} or the body's {@code requestId}), if any. */
  public @Nullable String requestId() {
    return requestId;
  }

  /** The body's {@code details} object, such as {@code {"field":"displayName"}}; empty if none. */
  public Map<String, Object> details() {
    return details == null ? Collections.<String, Object>emptyMap() : details;
  }

  /** Up to 8 KiB of the response body as text, as it arrived. */
  public String rawBody() {
    return rawBody;
  }
}
