package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.JsonDataException;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.workflows.internal.iaiflow.JsonValues;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Verifies IAI Flow's signed webhooks and reads them as typed {@link WebhookEvent}s. It takes the
 * raw body bytes and the two header values, so it works in any Java HTTP server (a servlet, Spring,
 * Javalin, {@code com.sun.net.httpserver}, Ktor, …):
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder().secret(System.getenv("IAI_WEBHOOK_SECRET")).build();
 *
 * byte[] body = request.getInputStream().readAllBytes();   // the raw bytes, before any JSON parsing
 * try {
 *   WebhookEvent event = verifier.verify(body, request.getHeader("X-IAI-Signature"), request.getHeader("X-IAI-Event"));
 *   handle(event);                                          // then answer 2xx
 * } catch (WebhookVerificationException e) {
 *   response.setStatus(400);                                // never act on it
 * }
 * }</pre>
 *
 * <p>A delivery is accepted only when all of these hold, checked in this order: the signature
 * header is there ({@link WebhookVerificationException.MissingSignature}); it is {@code sha256=}
 * and 64 hex digits ({@link WebhookVerificationException.MalformedSignature}); it is the
 * HMAC-SHA256 of the exact bytes under the secret, compared in constant time ({@link
 * WebhookVerificationException.SignatureMismatch}); the signed body is a payload {@code {event,
 * timestamp, workspace_id, data}} ({@link WebhookVerificationException.InvalidPayload}); the
 * {@code X-IAI-Event} header names the body's event ({@link
 * WebhookVerificationException.EventMismatch}); and the signed {@code timestamp} is within the
 * tolerance of now, 5 minutes unless set ({@link
 * WebhookVerificationException.TimestampOutsideTolerance}), so a delivery captured and sent again
 * later is refused. Nothing is parsed before the signature holds. Immutable and thread-safe; the
 * secret never appears in {@code toString()} or any message.
 */
public final class WebhookVerifier {
  /** The tolerance unless one is set. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  private static final String PREFIX = "sha256=";

  private final byte[] secret;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(Builder b) {
    this.secret = Objects.requireNonNull(b.secret).clone();
    this.tolerance = b.tolerance;
    this.clock = b.clock;
  }

  /** Starts configuring a verifier; the secret is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The event a delivery carries, once it is proven to come from IAI Flow unaltered and recently.
   *
   * @param body the request body exactly as received (not re-encoded)
   * @param signature the {@code X-IAI-Signature} header's value, or null when absent
   * @param event the {@code X-IAI-Event} header's value, or null when absent
   * @throws WebhookVerificationException (one subclass per reason) when it is not
   */
  public WebhookEvent verify(byte[] body, @Nullable String signature, @Nullable String event) {
    Objects.requireNonNull(body, "body == null");
    if (signature == null || signature.trim().isEmpty()) throw new WebhookVerificationException.MissingSignature();
    String s = signature.trim();
    if (!s.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw new WebhookVerificationException.MalformedSignature("it does not start with sha256=");
    }
    byte[] given = hex(s.substring(PREFIX.length()));
    if (!MessageDigest.isEqual(hmac(body), given)) throw new WebhookVerificationException.SignatureMismatch();

    Map<String, @Nullable Object> payload = payload(body);
    String name = (String) payload.get("event");
    if (event == null || event.trim().isEmpty()) {
      throw new WebhookVerificationException.EventMismatch("The request has no X-IAI-Event header; the signed body says "
          + name);
    }
    if (!event.trim().equals(name)) {
      throw new WebhookVerificationException.EventMismatch("The X-IAI-Event header says " + event.trim()
          + " but the signed body says " + name + "; act on neither");
    }
    Instant timestamp = timestamp(payload.get("timestamp"));
    Instant now = clock.instant();
    Duration age = Duration.between(timestamp, now);
    if (age.abs().compareTo(tolerance) > 0) {
      throw new WebhookVerificationException.TimestampOutsideTolerance("The delivery is signed at " + timestamp
          + ", " + (age.isNegative() ? age.negated().getSeconds() + " s ahead of" : age.getSeconds() + " s before")
          + " now (" + now + "), outside the tolerance of " + tolerance.getSeconds() + " s: a replayed or delayed"
          + " delivery, or a clock that is off");
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> data = (Map<String, @Nullable Object>) payload.get("data");
    Object workspace = payload.get("workspace_id");
    return WebhookEvent.of(name, timestamp, workspace instanceof String ? (String) workspace : null, data);
  }

  private byte[] hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }

  private static byte[] hex(String digits) {
    if (digits.length() != 64) {
      throw new WebhookVerificationException.MalformedSignature("the digest has " + digits.length()
          + " characters, not the 64 hex digits of SHA-256");
    }
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      int hi = Character.digit(digits.charAt(2 * i), 16);
      int lo = Character.digit(digits.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) throw new WebhookVerificationException.MalformedSignature("the digest is not hexadecimal");
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> payload(byte[] body) {
    Object json;
    try {
      json = JsonValues.parse(new String(body, StandardCharsets.UTF_8), "The webhook body");
    } catch (IllegalArgumentException e) {
      throw new WebhookVerificationException.InvalidPayload(e.getMessage(), e);
    }
    if (!(json instanceof Map)) {
      throw new WebhookVerificationException.InvalidPayload("The webhook body is " + JsonValues.kind(json)
          + ", not an object {event, timestamp, workspace_id, data}");
    }
    Map<String, @Nullable Object> payload = (Map<String, @Nullable Object>) json;
    if (!(payload.get("event") instanceof String) || ((String) payload.get("event")).isEmpty()) {
      throw new WebhookVerificationException.InvalidPayload("The webhook body has no \"event\"");
    }
    if (!(payload.get("data") instanceof Map)) {
      throw new WebhookVerificationException.InvalidPayload("The webhook body's \"data\" is "
          + JsonValues.kind(payload.get("data")) + ", not an object");
    }
    return payload;
  }

  private static Instant timestamp(@Nullable Object value) {
    if (!(value instanceof String)) {
      throw new WebhookVerificationException.InvalidPayload("The webhook body's \"timestamp\" is "
          + JsonValues.kind(value) + ", not an ISO-8601 time");
    }
    try {
      Instant t = FlowJson.moshi().adapter(Instant.class).fromJsonValue(value);
      if (t != null) return t;
    } catch (JsonDataException | IllegalArgumentException e) {
      throw new WebhookVerificationException.InvalidPayload("The webhook body's \"timestamp\" \"" + value
          + "\" is not an ISO-8601 time", e);
    }
    throw new WebhookVerificationException.InvalidPayload("The webhook body's \"timestamp\" is not an ISO-8601 time");
  }

  /** The tolerance; the secret is never shown. */
  @Override public String toString() {
    return "WebhookVerifier{tolerance=" + tolerance + "}";
  }

  /** Configures a {@link WebhookVerifier}. */
  public static final class Builder {
    private byte @Nullable [] secret;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    Builder() {}

    /**
     * The workspace's webhook secret (its UTF-8 bytes are the HMAC key, as IAI Flow's example
     * uses it). Required.
     *
     * @throws IllegalArgumentException when empty
     */
    public Builder secret(String secret) {
      Objects.requireNonNull(secret, "secret == null");
      if (secret.isEmpty()) throw new IllegalArgumentException("secret is empty");
      this.secret = secret.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /**
     * How far the signed {@code timestamp} may be from now, either way (default 5 minutes).
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance == null");
      if (tolerance.isNegative() || tolerance.isZero()) {
        throw new IllegalArgumentException("tolerance must be positive but was " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /** The clock {@code now} is read from (default: the system's, UTC); for tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Returns the verifier.
     *
     * @throws IllegalStateException without a secret
     */
    public WebhookVerifier build() {
      if (secret == null) throw new IllegalStateException("secret is required");
      return new WebhookVerifier(this);
    }

    /** The tolerance; the secret is never shown. */
    @Override public String toString() {
      return "WebhookVerifier.Builder{tolerance=" + tolerance + ", secret=" + (secret == null ? "unset" : "set") + "}";
    }
  }
}
