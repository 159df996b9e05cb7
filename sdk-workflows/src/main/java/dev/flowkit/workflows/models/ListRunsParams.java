package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Filters, page size and position for listing runs. Runs come newest first. */
public final class ListRunsParams {
  private final @Nullable String flowId;
  private final @Nullable RunStatus status;
  private final @Nullable Integer limit;
  private final @Nullable String cursor;

  ListRunsParams(Builder builder) {
    this.flowId = builder.flowId;
    this.status = builder.status;
    this.limit = builder.limit;
    this.cursor = builder.cursor;
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
        && Objects.equals(cursor, that.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flowId, status, limit, cursor);
  }

  @Override
  public String toString() {
    return "ListRunsParams{flowId=" + flowId + ", status=" + status + ", limit=" + limit
        + ", cursor=" + cursor + '}';
  }

  /** Builds {@link ListRunsParams}; every field is optional, and null clears it. */
  public static final class Builder {
    @Nullable String flowId;
    @Nullable RunStatus status;
    @Nullable Integer limit;
    @Nullable String cursor;

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

    /** Returns the params. */
    public ListRunsParams build() {
      return new ListRunsParams(this);
    }
  }
}
