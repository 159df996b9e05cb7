package dev.flowkit.workflows.iaiflow;

import dev.flowkit.core.FlowException;

/**
 * A webhook delivery {@link WebhookVerifier} refused: answer it with 400 and do not act on it.
 * Each way it can fail has its own subclass, so a receiver can count or log them apart; none of
 * their messages contains the secret or the expected signature.
 */
public abstract class WebhookVerificationException extends FlowException {
  private static final long serialVersionUID = 1L;

  WebhookVerificationException(String message) {
    super(message);
  }

  WebhookVerificationException(String message, Throwable cause) {
    super(message, cause);
  }

  /** No {@code X-IAI-Signature} header: the request is not from IAI Flow, or a proxy dropped it. */
  public static final class MissingSignature extends WebhookVerificationException {
    private static final long serialVersionUID = 1L;

    MissingSignature() {
      super("The request has no X-IAI-Signature header; a webhook from IAI Flow is always signed");
    }
  }

  /** The {@code X-IAI-Signature} header is not {@code sha256=} and 64 hex digits. */
  public static final class MalformedSignature extends WebhookVerificationException {
    private static final long serialVersionUID = 1L;

    MalformedSignature(String why) {
      super("The X-IAI-Signature header is malformed: " + why + "; expected sha256=<64 hex digits>");
    }
  }

  /**
   * The signature is not the body's HMAC-SHA256 under the secret: the body was altered after it
   * was signed (or re-encoded: pass the raw bytes), or it was signed with another secret.
   */
  public static final class SignatureMismatch extends WebhookVerificationException {
    private static final long serialVersionUID = 1L;

    SignatureMismatch() {
      super("The X-IAI-Signature does not match the body: the body was changed after signing (verify the raw"
          + " bytes as received), or the secret is not the one IAI Flow signs with");
    }
  }

  /** The signed {@code timestamp} is further from now than the tolerance: a replayed or delayed delivery. */
  public static final class TimestampOutsideTolerance extends WebhookVerificationException {
    private static final long serialVersionUID = 1L;

    TimestampOutsideTolerance(String message) {
      super(message);
    }
  }

  /** The {@code X-IAI-Event} header is missing or names another event than the signed body. */
  public static final class EventMismatch extends WebhookVerificationException {
    private static final long serialVersionUID = 1L;

    EventMismatch(String message) {
      super(message);
    }
  }

  /** The signed body is not a webhook payload {@code {event, timestamp, workspace_id, data}}. */
  public static final class InvalidPayload extends WebhookVerificationException {
    private static final long serialVersionUID = 1L;

    InvalidPayload(String message, Throwable cause) {
      super(message, cause);
    }

    InvalidPayload(String message) {
      super(message);
    }
  }
}
