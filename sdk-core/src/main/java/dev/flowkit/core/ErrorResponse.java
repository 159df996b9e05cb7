package dev.flowkit.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * What the server answered with a non-2xx status, as a {@link FlowApiException} holds it. Build
 * one to make such an exception in a test of your own.
 */
public final class ErrorResponse {
  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String message;
  private final @Nullable String requestId;
  private final Map<String, Object> details;
  private final String rawBody;
  private final Headers headers;

  ErrorResponse(Builder builder) {
    this.statusCode = builder.statusCode;
    this.errorCode = builder.errorCode;
    this.message = builder.message;
    this.requestId = builder.requestId;
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(builder.details));
    this.rawBody = builder.rawBody;
    this.headers = builder.headers;
  }

  /** Returns a builder for an answer with this HTTP status. */
  public static Builder builder(int statusCode) {
    return new Builder(statusCode);
  }

  /** The HTTP status code, such as 404. */
  public int statusCode() {
    return statusCode;
  }

  /** The contract's error code such as {@code VALIDATION_ERROR}, or null if the body had none. */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /** The body's {@code message}, or null if it had none. */
  public @Nullable String message() {
    return message;
  }

  /** The server's request id ({@code X-Request-Id} or the body's {@code requestId}), if any. */
  public @Nullable String requestId() {
    return requestId;
  }

  /** The body's {@code details} object, such as {@code {"field":"displayName"}}; empty if none. */
  public Map<String, Object> details() {
    return details;
  }

  /** Up to 8 KiB of the response body as text, as it arrived. */
  public String rawBody() {
    return rawBody;
  }

  /** The response headers ({@code Retry-After}, {@code X-Request-Id}, …). */
  public Headers headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "ErrorResponse{statusCode=" + statusCode + ", errorCode=" + errorCode + ", requestId=" + requestId + "}";
  }

  /** Builds an {@link ErrorResponse}; everything but the status is optional. */
  public static final class Builder {
    final int statusCode;
    @Nullable String errorCode;
    @Nullable String message;
    @Nullable String requestId;
    Map<String, Object> details = Collections.emptyMap();
    String rawBody = "";
    Headers headers = Headers.of();

    Builder(int statusCode) {
      if (statusCode < 100 || statusCode > 599) {
        throw new IllegalArgumentException("statusCode must be in 100..599 but was " + statusCode);
      }
      this.statusCode = statusCode;
    }

    /** Sets the contract's error code; null for none. */
    public Builder errorCode(@Nullable String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    /** Sets the body's message; null for none. */
    public Builder message(@Nullable String message) {
      this.message = message;
      return this;
    }

    /** Sets the request id; null for none. */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets the body's {@code details}. */
    public Builder details(Map<String, ?> details) {
      this.details = new LinkedHashMap<String, Object>(Objects.requireNonNull(details, "details == null"));
      return this;
    }

    /** Sets the body as text. */
    public Builder rawBody(String rawBody) {
      this.rawBody = Objects.requireNonNull(rawBody, "rawBody == null");
      return this;
    }

    /** Sets the response headers. */
    public Builder headers(Headers headers) {
      this.headers = Objects.requireNonNull(headers, "headers == null");
      return this;
    }

    /** Returns the response. */
    public ErrorResponse build() {
      return new ErrorResponse(this);
    }
  }
}
