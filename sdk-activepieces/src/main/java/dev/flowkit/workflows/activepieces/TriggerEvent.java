package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An event a flow's trigger received, as {@code POST /v1/test-trigger} answers them. */
public final class TriggerEvent {
  /** How a trigger is tested (Activepieces' {@code TriggerTestStrategy}). */
  public enum TestStrategy {
    /** Wait for a real event (for a webhook trigger: a call to its {@code /test} route). */
    SIMULATION,
    /** Run the trigger's own test function. */
    TEST_FUNCTION
  }

  @Json(name = "id") private final String id;
  @Json(name = "created") private final @Nullable Instant created;
  @Json(name = "flowId") private final @Nullable String flowId;
  @Json(name = "projectId") private final @Nullable String projectId;
  @Json(name = "sourceName") private final @Nullable String sourceName;
  @Json(name = "payload") private final @Nullable Object payload;

  private TriggerEvent(String id, @Nullable Instant created, @Nullable String flowId, @Nullable String projectId,
      @Nullable String sourceName, @Nullable Object payload) {
    this.id = id;
    this.created = created;
    this.flowId = flowId;
    this.projectId = projectId;
    this.sourceName = sourceName;
    this.payload = payload;
  }

  /** The event's id. */
  public String id() {
    return id;
  }

  /** When it arrived. */
  public @Nullable Instant created() {
    return created;
  }

  /** The flow whose trigger received it. */
  public @Nullable String flowId() {
    return flowId;
  }

  /** The project. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** The trigger's source, such as {@code @activepieces/piece-webhook:catch_webhook}. */
  public @Nullable String sourceName() {
    return sourceName;
  }

  /** What the trigger received, as JSON values (a webhook: {@code {body, headers, queryParams}}). */
  public @Nullable Object payload() {
    return payload;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof TriggerEvent)) return false;
    TriggerEvent e = (TriggerEvent) o;
    return id.equals(e.id) && Objects.equals(created, e.created) && Objects.equals(flowId, e.flowId)
        && Objects.equals(projectId, e.projectId) && Objects.equals(sourceName, e.sourceName)
        && Objects.equals(payload, e.payload);
  }

  @Override public int hashCode() {
    return Objects.hash(id, created, flowId, projectId, sourceName, payload);
  }

  @Override public String toString() {
    return "TriggerEvent{id=" + id + ", flowId=" + flowId + ", sourceName=" + sourceName + ", payload=" + payload + "}";
  }
}
