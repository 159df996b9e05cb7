package dev.flowkit.server.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A failure a handler reports in the contract's error shape. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public final int status;
  public final String code;
  public final @Nullable Map<String, Object> details;
  public final @Nullable String allow;
  public final long retryAfterSeconds;

  public ApiException(int status, String code, String message) {
    this(status, code, message, null, null, -1);
  }

  public ApiException(
      int status,
      String code,
      String message,
      @Nullable Map<String, Object> details,
      @Nullable String allow,
      long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
    this.allow = allow;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 400 VALIDATION_ERROR naming the field (may be null for whole-body problems). */
  public static ApiException validation(@Nullable String field, String reason, @Nullable String hint) {
    Map<String, Object> details = Json.obj("reason", reason);
    if (field != null) {
      details = Json.obj("field", field, "reason", reason);
    }
    String message =
        field == null
            ? "Request body is invalid: " + reason + (hint == null ? "" : " (" + hint + ")")
            : "Field '" + field + "' is invalid: " + reason;
    return new ApiException(400, "VALIDATION_ERROR", message, details, null, -1);
  }

  public static ApiException field(String field, String reason) {
    return validation(field, reason, null);
  }

  public static ApiException notFound(String resourceCode, String what, String id) {
    return new ApiException(404, resourceCode, what + " " + id + " not found");
  }

  public static ApiException forbidden(String what, String id) {
    return new ApiException(403, "FORBIDDEN", what + " " + id + " belongs to another workspace");
  }

  public static ApiException conflict(String code, String message) {
    return new ApiException(409, code, message);
  }

  public static ApiException unauthenticated(String message) {
    return new ApiException(401, "UNAUTHENTICATED", message);
  }
}
