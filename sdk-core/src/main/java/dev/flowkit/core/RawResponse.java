package dev.flowkit.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call's typed value together with the HTTP response it came from: status, headers and request
 * id. Get one for any call with {@code client.withRawResponse(c -> c.workflows().getFlow(id))} (or
 * its asynchronous twin); a failed call throws its {@link FlowApiException} as usual, which
 * carries the same details.
 *
 * @param <T> the call's value
 */
public final class RawResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T value;

  private RawResponse(int statusCode, Map<String, List<String>> headers, T value) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.value = value;
  }

  /**
   * A raw response of {@code value}, for a fake in a test; {@code headers} are keyed by
   * lower-case name.
   */
  public static <T> RawResponse<T> of(int statusCode, Map<String, List<String>> headers, T value) {
    return new RawResponse<>(statusCode, Collections.unmodifiableMap(Objects.requireNonNull(headers, "headers == null")),
        value);
  }

  /** The HTTP status code, such as 200 or 201. */
  public int statusCode() {
    return statusCode;
  }

  /** Every response header, by lower-case name, each with its values in order. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The last value of the header {@code name} (any case), or null. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /** The server's {@code X-Request-Id}, to quote when asking about this call, or null. */
  public @Nullable String requestId() {
    return header("X-Request-Id");
  }

  /** The call's typed value, as the call itself returns it. */
  public T value() {
    return value;
  }

  @Override public String toString() {
    return "RawResponse{" + statusCode + (requestId() == null ? "" : ", " + requestId()) + ", " + value + "}";
  }
}
