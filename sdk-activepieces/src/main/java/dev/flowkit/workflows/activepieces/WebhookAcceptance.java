package dev.flowkit.workflows.activepieces;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Activepieces' answer to a webhook call: {@code 200 {}} with an {@code x-webhook-id} header and
 * no run id, as its webhook controller sends it. The run starts later, on a worker; find it with
 * {@code client.workflows().listRuns(ListRunsParams.builder().flowId(flowId).createdAfter(
 * acceptance.acceptedAt()).build())}.
 */
public final class WebhookAcceptance {
  private final String flowId;
  private final @Nullable String webhookId;
  private final Instant acceptedAt;

  private WebhookAcceptance(String flowId, @Nullable String webhookId, Instant acceptedAt) {
    this.flowId = flowId;
    this.webhookId = webhookId;
    this.acceptedAt = acceptedAt;
  }

  /** An acceptance, for tests and fakes (the SDK makes them from the platform's answers). */
  public static WebhookAcceptance of(String flowId, @Nullable String webhookId, Instant acceptedAt) {
    return new WebhookAcceptance(Objects.requireNonNull(flowId, "flowId == null"), webhookId,
        Objects.requireNonNull(acceptedAt, "acceptedAt == null"));
  }

  /** The flow the webhook was sent to. */
  public String flowId() {
    return flowId;
  }

  /** The platform's id of this webhook request ({@code x-webhook-id}), or null if it sent none. */
  public @Nullable String webhookId() {
    return webhookId;
  }

  /**
   * No later than the platform accepted the call: one second before the answer's {@code Date},
   * or the client's clock when the request was sent if the answer had none. A run the call
   * started was created at or after it.
   */
  public Instant acceptedAt() {
    return acceptedAt;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof WebhookAcceptance)) return false;
    WebhookAcceptance that = (WebhookAcceptance) o;
    return flowId.equals(that.flowId) && Objects.equals(webhookId, that.webhookId) && acceptedAt.equals(that.acceptedAt);
  }

  @Override public int hashCode() {
    return Objects.hash(flowId, webhookId, acceptedAt);
  }

  @Override public String toString() {
    return "WebhookAcceptance{flowId=" + flowId + ", webhookId=" + webhookId + ", acceptedAt=" + acceptedAt + "}";
  }
}
