package dev.flowkit.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.flowkit.core.BadRequestException;
import dev.flowkit.core.ConflictException;
import dev.flowkit.core.ErrorResponse;
import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.InternalServerException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.PermissionDeniedException;
import dev.flowkit.core.RateLimitException;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.core.UnprocessableEntityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/** Turns a non-2xx response into the matching {@link FlowApiException}, whatever its body. */
public final class ErrorMapper {
  /** The most of an error body kept on the exception. */
  public static final int SNIPPET_BYTES = 8 * 1024;
  /** The longest {@code Retry-After} taken literally: one year. */
  static final long MAX_RETRY_AFTER_SECONDS = 365L * 24 * 3600;

  private final JsonAdapter<Map<String, Object>> mapAdapter;

  public ErrorMapper(Moshi moshi) {
    this.mapAdapter =
        moshi.<Map<String, Object>>adapter(
            Types.newParameterizedType(Map.class, String.class, Object.class));
  }

  /** Reads at most {@link #SNIPPET_BYTES} of the body and builds the exception. Closes nothing. */
  public FlowApiException toException(Response response, String callDescription) {
    return toException(response, callDescription, null);
  }

  /**
   * As {@link #toException(Response, String)}, for an answer a platform's error body was read
   * into: the exception keeps {@code rawBody}, the body as it arrived (null: the response's own).
   */
  public FlowApiException toException(Response response, String callDescription, @Nullable String rawBody) {
    String body = readSnippet(response.body());
    Map<String, Object> json = parseObject(body);

    String code = stringOrNull(json.get("error"));
    String message = stringOrNull(json.get("message"));
    String requestId = response.header("X-Request-Id");
    if (requestId == null) requestId = stringOrNull(json.get("requestId"));
    @SuppressWarnings("unchecked")
    Map<String, Object> details =
        json.get("details") instanceof Map
            ? (Map<String, Object>) json.get("details")
            : Collections.<String, Object>emptyMap();

    int status = response.code();
    StringBuilder text = new StringBuilder().append(status);
    if (code != null) text.append(' ').append(code);
    text.append(": ");
    okhttp3.HttpUrl redirect = status >= 300 && status < 400 ? RedirectInterceptor.target(response) : null;
    if (redirect != null) {
      text.append("the server redirected to ")
          .append(redirect.scheme()).append("://").append(redirect.host()).append(':').append(redirect.port())
          .append(", another origin; Flowkit follows redirects only within the base URL's origin, so that")
          .append(" credentials never leave it. Set baseUrl to the address the platform now answers at");
    } else if (message != null) {
      text.append(message);
    } else if (body.isEmpty()) {
      text.append("empty response body");
    } else {
      text.append("non-JSON response body: ").append(abbreviate(body));
    }
    text.append(" (").append(callDescription);
    if (requestId != null) text.append(", request ").append(requestId);
    text.append(')');
    String m = text.toString();
    ErrorResponse answer = ErrorResponse.builder(status).errorCode(code).message(message).requestId(requestId)
        .details(details).rawBody(rawBody == null ? body : rawBody).headers(response.headers()).build();

    switch (status) {
      case 400:
        return new BadRequestException(m, answer);
      case 401:
        return new UnauthorizedException(m, answer);
      case 403:
        return new PermissionDeniedException(m, answer);
      case 404:
        return new NotFoundException(m, answer);
      case 409:
        return new ConflictException(m, answer);
      case 422:
        return new UnprocessableEntityException(m, answer);
      case 429:
        return new RateLimitException(m, answer);
      default:
        if (status >= 500) {
          return new InternalServerException(m, answer);
        }
        return new FlowApiException(m, answer);
    }
  }

  /**
   * {@code Retry-After} as a wait: whole seconds, or an HTTP date in any of the three forms RFC
   * 9110 says a recipient must accept (IMF-fixdate, RFC 850, asctime); a date in the past is no
   * wait. Null if absent or unreadable.
   */
  public static @Nullable Duration retryAfter(Headers headers) {
    String value = headers.get("Retry-After");
    if (value == null) return null;
    String trimmed = value.trim();
    try {
      long seconds = Long.parseLong(trimmed);
      // Capped so that toMillis() never overflows: a wait this long means "not now" anyway.
      return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER_SECONDS));
    } catch (NumberFormatException notSeconds) {
      if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
        return Duration.ofSeconds(MAX_RETRY_AFTER_SECONDS); // more digits than a long holds
      }
      Date date = headers.getDate("Retry-After"); // OkHttp's HTTP-date parser, all three forms
      if (date == null) return null;
      Duration wait = Duration.ofMillis(date.getTime() - System.currentTimeMillis());
      return wait.isNegative() ? Duration.ZERO : wait;
    }
  }

  /**
   * The {@code error} code of a contract error body, read from a peek at its first
   * {@link #SNIPPET_BYTES} (the body stays unread), or null when it has none.
   */
  static @Nullable String errorCode(Response response) {
    try (JsonReader reader = JsonReader.of(response.peekBody(SNIPPET_BYTES).source())) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("error") && reader.peek() == JsonReader.Token.STRING) {
          return reader.nextString();
        }
        reader.skipValue();
      }
    } catch (IOException | RuntimeException notContractJson) {
      // not JSON, cut off, or another shape: no code
    }
    return null;
  }

  private static String readSnippet(@Nullable ResponseBody body) {
    if (body == null) return "";
    BufferedSource source = body.source();
    try {
      source.request(SNIPPET_BYTES);
    } catch (IOException cutShort) {
      // A body cut short still leaves what arrived in the buffer.
    }
    Buffer buffer = source.getBuffer();
    long size = Math.min(buffer.size(), SNIPPET_BYTES);
    try {
      return buffer.clone().readString(size, StandardCharsets.UTF_8);
    } catch (IOException impossible) {
      return "";
    }
  }

  private Map<String, Object> parseObject(String body) {
    String trimmed = body.trim();
    if (!trimmed.startsWith("{")) return Collections.emptyMap();
    try {
      Map<String, Object> parsed = mapAdapter.fromJson(trimmed);
      return parsed != null ? parsed : Collections.<String, Object>emptyMap();
    } catch (IOException | RuntimeException notJson) {
      return Collections.emptyMap();
    }
  }

  private static @Nullable String stringOrNull(@Nullable Object value) {
    return value instanceof String ? (String) value : null;
  }

  private static String abbreviate(String body) {
    String oneLine = body.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
  }
}
