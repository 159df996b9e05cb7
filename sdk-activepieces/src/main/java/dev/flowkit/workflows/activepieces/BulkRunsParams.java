package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import dev.flowkit.workflows.models.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which runs a bulk cancel, retry or archive acts on: the runs of a project matching every
 * filter set (Activepieces' {@code BulkActionOnRunsRequestBody}). Cancelling takes only PAUSED
 * and QUEUED runs.
 */
public final class BulkRunsParams {
  @Json(name = "projectId") private final @Nullable String projectId;
  @Json(name = "flowRunIds") private final @Nullable List<String> flowRunIds;
  @Json(name = "excludeFlowRunIds") private final @Nullable List<String> excludeFlowRunIds;
  @Json(name = "status") private final @Nullable List<RunStatus> status;
  @Json(name = "flowId") private final @Nullable List<String> flowId;
  @Json(name = "createdAfter") private final @Nullable Instant createdAfter;
  @Json(name = "createdBefore") private final @Nullable Instant createdBefore;
  @Json(name = "failedStepName") private final @Nullable String failedStepName;

  private BulkRunsParams(Builder b) {
    this.projectId = b.projectId;
    this.flowRunIds = orNull(b.flowRunIds);
    this.excludeFlowRunIds = orNull(b.excludeFlowRunIds);
    this.status = orNull(b.status);
    this.flowId = orNull(b.flowId);
    this.createdAfter = b.createdAfter;
    this.createdBefore = b.createdBefore;
    this.failedStepName = b.failedStepName;
  }

  private static <T> @Nullable List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : Models.copyOf(list, "list");
  }

  /** Returns a builder with no filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** The runs of these ids, as a shorthand. */
  public static BulkRunsParams runs(String... flowRunIds) {
    return builder().flowRunIds(flowRunIds).build();
  }

  /** The project, or null for the credential's own (Imbrace). */
  public @Nullable String projectId() {
    return projectId;
  }

  /** Only these runs; empty for any. */
  public List<String> flowRunIds() {
    return Models.view(flowRunIds);
  }

  /** Not these runs. */
  public List<String> excludeFlowRunIds() {
    return Models.view(excludeFlowRunIds);
  }

  /** Only runs in these statuses; empty for any. */
  public List<RunStatus> status() {
    return Models.view(status);
  }

  /** Only runs of these flows; empty for any. */
  public List<String> flowId() {
    return Models.view(flowId);
  }

  /** Only runs created at or after this, or null. */
  public @Nullable Instant createdAfter() {
    return createdAfter;
  }

  /** Only runs created at or before this, or null. */
  public @Nullable Instant createdBefore() {
    return createdBefore;
  }

  /** Only runs that failed at this step (not for cancelling), or null. */
  public @Nullable String failedStepName() {
    return failedStepName;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof BulkRunsParams)) return false;
    BulkRunsParams p = (BulkRunsParams) o;
    return Objects.equals(projectId, p.projectId) && flowRunIds().equals(p.flowRunIds())
        && excludeFlowRunIds().equals(p.excludeFlowRunIds()) && status().equals(p.status())
        && flowId().equals(p.flowId()) && Objects.equals(createdAfter, p.createdAfter)
        && Objects.equals(createdBefore, p.createdBefore) && Objects.equals(failedStepName, p.failedStepName);
  }

  @Override public int hashCode() {
    return Objects.hash(projectId, flowRunIds(), excludeFlowRunIds(), status(), flowId(), createdAfter, createdBefore,
        failedStepName);
  }

  @Override public String toString() {
    return "BulkRunsParams{projectId=" + projectId + ", flowRunIds=" + flowRunIds() + ", excludeFlowRunIds="
        + excludeFlowRunIds() + ", status=" + status() + ", flowId=" + flowId() + ", createdAfter=" + createdAfter
        + ", createdBefore=" + createdBefore + ", failedStepName=" + failedStepName + "}";
  }

  /** Builds {@link BulkRunsParams}; setters check their argument at once. */
  public static final class Builder {
    @Nullable String projectId;
    final List<String> flowRunIds = new ArrayList<>();
    final List<String> excludeFlowRunIds = new ArrayList<>();
    final List<RunStatus> status = new ArrayList<>();
    final List<String> flowId = new ArrayList<>();
    @Nullable Instant createdAfter;
    @Nullable Instant createdBefore;
    @Nullable String failedStepName;

    Builder() {}

    /** The project (needed with an Activepieces platform API key); null for the credential's own. */
    public Builder projectId(@Nullable String projectId) {
      this.projectId = projectId;
      return this;
    }

    /** Only these runs (replaces earlier ones). */
    public Builder flowRunIds(String... ids) {
      return set(flowRunIds, ids, "flowRunIds");
    }

    /** Not these runs (replaces earlier ones). */
    public Builder excludeFlowRunIds(String... ids) {
      return set(excludeFlowRunIds, ids, "excludeFlowRunIds");
    }

    /** Only runs of these flows (replaces earlier ones). */
    public Builder flowIds(String... ids) {
      return set(flowId, ids, "flowIds");
    }

    /**
     * Only runs in these statuses (replaces earlier ones).
     *
     * @throws IllegalArgumentException for {@link RunStatus#UNKNOWN}
     */
    public Builder status(RunStatus... statuses) {
      status.clear();
      for (RunStatus s : statuses) status.add(Models.checkKnown(s, "status"));
      return this;
    }

    /** Only runs created at or after {@code createdAfter}; null for any. */
    public Builder createdAfter(@Nullable Instant createdAfter) {
      this.createdAfter = createdAfter;
      return this;
    }

    /** Only runs created at or before {@code createdBefore}; null for any. */
    public Builder createdBefore(@Nullable Instant createdBefore) {
      this.createdBefore = createdBefore;
      return this;
    }

    /** Only runs that failed at step {@code failedStepName} (retry and archive); null for any. */
    public Builder failedStepName(@Nullable String failedStepName) {
      this.failedStepName = failedStepName;
      return this;
    }

    private Builder set(List<String> target, String[] ids, String name) {
      target.clear();
      for (String id : ids) target.add(Models.checkNotEmpty(id, name));
      return this;
    }

    /** Returns the params. */
    public BulkRunsParams build() {
      return new BulkRunsParams(this);
    }
  }
}
