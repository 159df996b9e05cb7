package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's runtime metrics ({@code GET /api/metrics}).
 */
public final class Metrics {
  @Json(name = "total_runs")
  private final @Nullable Long totalRuns;
  @Json(name = "success_runs")
  private final @Nullable Long successRuns;
  @Json(name = "failed_runs")
  private final @Nullable Long failedRuns;
  @Json(name = "last_run_at")
  private final @Nullable Instant lastRunAt;

  /** For the JSON reader, which sets the fields the answer has. */
  private Metrics() {
    this.totalRuns = null;
    this.successRuns = null;
    this.failedRuns = null;
    this.lastRunAt = null;
  }

  /** How many runs there were. Null when the platform left it out. */
  public @Nullable Long totalRuns() {
    return totalRuns;
  }

  /** How many succeeded. Null when the platform left it out. */
  public @Nullable Long successRuns() {
    return successRuns;
  }

  /** How many failed. Null when the platform left it out. */
  public @Nullable Long failedRuns() {
    return failedRuns;
  }

  /** When the newest run was created. Null when the platform left it out. */
  public @Nullable Instant lastRunAt() {
    return lastRunAt;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Metrics)) return false;
    Metrics that = (Metrics) o;
    return Objects.equals(totalRuns, that.totalRuns)
        && Objects.equals(successRuns, that.successRuns)
        && Objects.equals(failedRuns, that.failedRuns)
        && Objects.equals(lastRunAt, that.lastRunAt);
  }

  @Override public int hashCode() {
    return Objects.hash(totalRuns, successRuns, failedRuns, lastRunAt);
  }

  @Override public String toString() {
    return "Metrics{totalRuns=" + totalRuns
        + ", successRuns=" + successRuns
        + ", failedRuns=" + failedRuns
        + ", lastRunAt=" + lastRunAt + "}";
  }
}
