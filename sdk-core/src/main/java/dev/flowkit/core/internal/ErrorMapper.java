package dev.flowkit.core.internal;

import com.squareup.moshi.JsonAdapter;
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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/** Turns a non-2xx response into the matching {@link FlowApiException}, whatever its body. */
public final class ErrorMapper {
  /** The most of an error body kept on the exception. */
  public static final int SNIPPET_BYTES = 8 * 1024;

  private final JsonAdapter<Map<String, Object>> mapAdapter;

  public ErrorMapper(Moshi moshi) {
    this.mapAdapter =
        moshi.<Map<String, Object>>adapter(
            Types.newParameterizedType(Map.class, String.class, Object.class));
  }

  /** Reads at most {@link #SNIPPET_BYTES} of the body and builds the exception. Closes nothing. */
  public FlowApiException toException(Response response, String callDescription) {
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
    if (message != null) {
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
        .details(details).rawBody(body).headers(response.headers()).build();

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

  /** Parses {@code Retry-After} as seconds or an HTTP date; null if absent or unreadable. */
  public static @Nullable Duration retryAfter(@Nullable String value) {
    if (value == null) return null;
    String trimmed = value.trim();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), date);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
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
