package dev.flowkit.workflows.activepieces;

import dev.flowkit.core.internal.FlowJson;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a synchronous webhook answered, whole: the status, headers and body the flow's "Return
 * Response" step chose, or Activepieces' own answer when the flow gave none ({@link #outcome()}).
 * A status of 4xx or 5xx here is a result, not an exception: the flow may answer one on purpose.
 */
public final class WebhookResponse {
  /** What the answer stands for. */
  public enum Outcome {
    /** The flow's Return Response step answered (any status). */
    RESPONDED,
    /**
     * 204: the flow ended without a Return Response step, or did not answer within the platform's
     * wait (30 s by default); the run may still be going.
     */
    NO_RESPONSE,
    /** 500 {@code "The flow has failed and there is no response returned"}: the run failed. */
    FLOW_FAILED,
    /** 500 {@code "An internal error has occurred"}: the platform failed, not the flow. */
    INTERNAL_ERROR,
    /** 504 {@code "The request took too long to reply"}: the run timed out. */
    TIMED_OUT
  }

  static final String FAILED_MESSAGE = "The flow has failed and there is no response returned";
  static final String INTERNAL_MESSAGE = "An internal error has occurred";
  static final String TIMEOUT_MESSAGE = "The request took too long to reply";

  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String bodyText;
  private final Outcome outcome;

  private WebhookResponse(int statusCode, Map<String, List<String>> headers, String bodyText) {
    this.statusCode = statusCode;
    Map<String, List<String>> lower = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> h : headers.entrySet()) {
      lower.put(h.getKey().toLowerCase(Locale.ROOT), Collections.unmodifiableList(h.getValue()));
    }
    this.headers = Collections.unmodifiableMap(lower);
    this.bodyText = bodyText;
    this.outcome = outcome(statusCode, bodyText);
  }

  /**
   * An answer with this status, headers (names in any case) and body, for tests and fakes; its
   * outcome follows from the status and body as for a real answer.
   */
  public static WebhookResponse of(int statusCode, Map<String, List<String>> headers, String bodyText) {
    return new WebhookResponse(statusCode, Objects.requireNonNull(headers, "headers == null"),
        Objects.requireNonNull(bodyText, "bodyText == null"));
  }

  private static Outcome outcome(int status, String body) {
    if (status == 204) return Outcome.NO_RESPONSE;
    if (status == 500 || status == 504) {
      Object json = parse(body);
      Object message = json instanceof Map && ((Map<?, ?>) json).size() == 1 ? ((Map<?, ?>) json).get("message") : null;
      if (status == 500 && FAILED_MESSAGE.equals(message)) return Outcome.FLOW_FAILED;
      if (status == 500 && INTERNAL_MESSAGE.equals(message)) return Outcome.INTERNAL_ERROR;
      if (status == 504 && TIMEOUT_MESSAGE.equals(message)) return Outcome.TIMED_OUT;
    }
    return Outcome.RESPONDED;
  }

  private static @Nullable Object parse(String text) {
    try {
      return text.isEmpty() ? null : FlowJson.moshi().adapter(Object.class).fromJson(text);
    } catch (java.io.IOException | RuntimeException notJson) {
      return null;
    }
  }

  /** The HTTP status, as the flow chose it (200 unless its Return Response step said otherwise). */
  public int statusCode() {
    return statusCode;
  }

  /** What the answer stands for: the flow's own answer, or Activepieces' when the flow gave none. */
  public Outcome outcome() {
    return outcome;
  }

  /** Every response header, by lower-case name; read-only. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of the header {@code name} (any case), or null. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The platform's id of this webhook request ({@code x-webhook-id}), or null. */
  public @Nullable String webhookId() {
    return header("x-webhook-id");
  }

  /** The body as it arrived (empty for none). */
  public String bodyText() {
    return bodyText;
  }

  /** The body as JSON values (maps, lists, strings, numbers, booleans), or null when it is not JSON. */
  public @Nullable Object body() {
    return parse(bodyText);
  }

  /**
   * The body decoded as {@code type}, such as your own class.
   *
   * @throws com.squareup.moshi.JsonDataException if it does not fit {@code type}
   * @throws java.io.UncheckedIOException if it is not JSON
   */
  public <T> @Nullable T body(Type type) {
    try {
      return FlowJson.moshi().<T>adapter(type).fromJson(bodyText);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the webhook's answer is not JSON", e);
    }
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof WebhookResponse)) return false;
    WebhookResponse that = (WebhookResponse) o;
    return statusCode == that.statusCode && headers.equals(that.headers) && bodyText.equals(that.bodyText);
  }

  @Override public int hashCode() {
    return Objects.hash(statusCode, headers, bodyText);
  }

  @Override public String toString() {
    String text = bodyText.length() > 200 ? bodyText.substring(0, 200) + "…" : bodyText;
    return "WebhookResponse{statusCode=" + statusCode + ", outcome=" + outcome + ", webhookId=" + webhookId()
        + ", body=" + text + "}";
  }
}
