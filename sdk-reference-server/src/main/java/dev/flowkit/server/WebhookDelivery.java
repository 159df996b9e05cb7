package dev.flowkit.server;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of the reference server to deliver a signed webhook: which event, where, which
 * attempt (1 is the first, up to 4), what the receiver answered, and what happens next. The
 * secret is never part of it.
 */
public final class WebhookDelivery {
  /** What became of an attempt. */
  public enum Outcome {
    /** The receiver answered 2xx. */
    DELIVERED,
    /** The receiver did not answer 2xx; the next attempt is scheduled after {@link #retryAfter()}. */
    RETRY_SCHEDULED,
    /** The fourth attempt (the third retry) failed too; the delivery is given up. */
    FAILED
  }

  private final String event;
  private final String url;
  private final int attempt;
  private final int status;
  private final @Nullable String error;
  private final Outcome outcome;
  private final @Nullable Duration retryAfter;
  private final String body;

  WebhookDelivery(String event, String url, int attempt, int status, @Nullable String error, Outcome outcome,
      @Nullable Duration retryAfter, String body) {
    this.event = event;
    this.url = url;
    this.attempt = attempt;
    this.status = status;
    this.error = error;
    this.outcome = outcome;
    this.retryAfter = retryAfter;
    this.body = body;
  }

  /** The event, such as {@code run.completed}. */
  public String event() {
    return event;
  }

  /** The receiver's URL. */
  public String url() {
    return url;
  }

  /** 1 for the first attempt, 2 to 4 for the retries. */
  public int attempt() {
    return attempt;
  }

  /** The receiver's HTTP status, or 0 when it gave none (it could not be reached, or was too slow). */
  public int status() {
    return status;
  }

  /** Why no status came back, or null. */
  public @Nullable String error() {
    return error;
  }

  /** What became of the attempt. */
  public Outcome outcome() {
    return outcome;
  }

  /** The delay before the next attempt, when one is scheduled. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  /** The signed body sent. */
  public String body() {
    return body;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof WebhookDelivery)) return false;
    WebhookDelivery d = (WebhookDelivery) o;
    return attempt == d.attempt && status == d.status && event.equals(d.event) && url.equals(d.url)
        && Objects.equals(error, d.error) && outcome == d.outcome && Objects.equals(retryAfter, d.retryAfter)
        && body.equals(d.body);
  }

  @Override public int hashCode() {
    return Objects.hash(event, url, attempt, status, error, outcome, retryAfter, body);
  }

  @Override public String toString() {
    return "WebhookDelivery{" + event + " to " + url + ", attempt " + attempt + ": "
        + (status > 0 ? Integer.toString(status) : error) + ", " + outcome
        + (retryAfter == null ? "" : " in " + retryAfter) + "}";
  }
}
