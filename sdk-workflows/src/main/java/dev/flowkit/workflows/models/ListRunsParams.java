package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Filters, page size and position for listing runs. Runs come newest first. */
public final class ListRunsParams {
  private final @Nullable String flowId;
  private final @Nullable RunStatus status;
  private final @Nullable Integer limit;
  private final @Nullable String cursor;
  private final @Nullable String projectId;
  private final @Nullable Instant createdAfter;
  private final @Nullable Instant createdBefore;
  private final List<String> tags;

  ListRunsParams(Builder builder) {
    this.flowId = builder.flowId;
    this.status = builder.status;
    this.limit = builder.limit;
    this.cursor = builder.cursor;
    this.projectId = builder.projectId;
    this.createdAfter = builder.createdAfter;
    this.createdBefore = builder.createdBefore;
    this.tags = Collections.unmodifiableList(new ArrayList<>(builder.tags));
  }

  /** Returns a builder with no filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns params for the first page of all runs with the server's default size. */
  public static ListRunsParams none() {
    return new Builder().build();
  }

  /** Only runs of this flow; null for all. */
  public @Nullable String flowId() {
    return flowId;
  }

  /** Only runs with this status; null for all. */
  public @Nullable RunStatus status() {
    return status;
  }

  /** The page size (1..100), or null for the server's default. */
  public @Nullable Integer limit() {
    return limit;
  }

  /** Where the page starts, or null for the first page. */
  public @Nullable String cursor() {
    return cursor;
  }

  /**
   * Only runs of this project, on platforms that scope lists by project (Activepieces needs it
   * with a platform API key; Imbrace takes it from the key when null); other platforms refuse it.
   */
  public @Nullable String projectId() {
    return projectId;
  }

  /** Only runs created at or after this instant (Activepieces, Imbrace); null for all. */
  public @Nullable Instant createdAfter() {
    return createdAfter;
  }

  /** Only runs created at or before this instant (Activepieces, Imbrace); null for all. */
  public @Nullable Instant createdBefore() {
    return createdBefore;
  }

  /** Only runs carrying all of these tags (Activepieces, Imbrace); empty for all. Read-only. */
  public List<String> tags() {
    return tags;
  }

  /** Returns a copy that asks for the page at {@code cursor}. */
  public ListRunsParams withCursor(String cursor) {
    return toBuilder().cursor(Objects.requireNonNull(cursor, "cursor == null")).build();
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.flowId = flowId;
    builder.status = status;
    builder.limit = limit;
    builder.cursor = cursor;
    builder.projectId = projectId;
    builder.createdAfter = createdAfter;
    builder.createdBefore = createdBefore;
    builder.tags.addAll(tags);
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof ListRunsParams)) return false;
    ListRunsParams that = (ListRunsParams) o;
    return Objects.equals(flowId, that.flowId)
        && status == that.status
        && Objects.equals(limit, that.limit)
        && Objects.equals(cursor, that.cursor)
        && Objects.equals(projectId, that.projectId)
        && Objects.equals(createdAfter, that.createdAfter)
        && Objects.equals(createdBefore, that.createdBefore)
        && tags.equals(that.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flowId, status, limit, cursor, projectId, createdAfter, createdBefore, tags);
  }

  @Override
  public String toString() {
    return "ListRunsParams{flowId=" + flowId + ", status=" + status + ", limit=" + limit
        + ", cursor=" + cursor + ", projectId=" + projectId + ", createdAfter=" + createdAfter
        + ", createdBefore=" + createdBefore + ", tags=" + tags + '}';
  }

  /** Builds {@link ListRunsParams}; every field is optional, and null clears it. */
  public static final class Builder {
    @Nullable String flowId;
    @Nullable RunStatus status;
    @Nullable Integer limit;
    @Nullable String cursor;
    @Nullable String projectId;
    @Nullable Instant createdAfter;
    @Nullable Instant createdBefore;
    final List<String> tags = new ArrayList<>();

    Builder() {}

    /** Lists only runs of this flow. */
    public Builder flowId(@Nullable String flowId) {
      this.flowId = flowId;
      return this;
    }

    /**
     * Lists only runs with this status.
     *
     * @throws IllegalArgumentException for {@link RunStatus#UNKNOWN}
     */
    public Builder status(@Nullable RunStatus status) {
      this.status = status == null ? null : Models.checkKnown(status, "status");
      return this;
    }

    /**
     * Sets the page size. Null (the default) leaves it to the server.
     *
     * @throws IllegalArgumentException if {@code limit} is outside 1..100
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit == null ? null : Models.checkLimit(limit);
      return this;
    }

    /** Sets where the page starts: a previous page's {@code next} or {@code previous}. */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /** Lists only runs of this project (Activepieces, Imbrace); null for the credential's own. */
    public Builder projectId(@Nullable String projectId) {
      this.projectId = projectId;
      return this;
    }

    /**
     * Lists only runs created at or after {@code createdAfter} (Activepieces, Imbrace): how to find
     * the run a webhook started, which the webhook's answer does not name.
     */
    public Builder createdAfter(@Nullable Instant createdAfter) {
      this.createdAfter = createdAfter;
      return this;
    }

    /** Lists only runs created at or before {@code createdBefore} (Activepieces, Imbrace). */
    public Builder createdBefore(@Nullable Instant createdBefore) {
      this.createdBefore = createdBefore;
      return this;
    }

    /**
     * Lists only runs carrying all of {@code tags} (Activepieces, Imbrace); replaces earlier tags.
     *
     * @throws IllegalArgumentException if a tag is null or empty
     */
    public Builder tags(List<String> tags) {
      Objects.requireNonNull(tags, "tags == null");
      List<String> copy = new ArrayList<>();
      for (String tag : tags) copy.add(Models.checkNotEmpty(tag, "tag"));
      this.tags.clear();
      this.tags.addAll(copy);
      return this;
    }

    /** Returns the params. */
    public ListRunsParams build() {
      return new ListRunsParams(this);
    }
  }
}
