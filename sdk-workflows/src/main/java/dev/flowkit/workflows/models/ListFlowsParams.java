package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Filters, page size and position for listing flows. Flows come newest first. */
public final class ListFlowsParams {
  private final @Nullable Integer limit;
  private final @Nullable FlowStatus status;
  private final @Nullable String folderId;
  private final @Nullable String name;
  private final @Nullable String cursor;
  private final @Nullable String projectId;

  ListFlowsParams(Builder builder) {
    this.limit = builder.limit;
    this.status = builder.status;
    this.folderId = builder.folderId;
    this.name = builder.name;
    this.cursor = builder.cursor;
    this.projectId = builder.projectId;
  }

  /** Returns a builder with no filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns params for the first page of all flows with the server's default size. */
  public static ListFlowsParams none() {
    return new Builder().build();
  }

  /** The page size (1..100), or null for the server's default. */
  public @Nullable Integer limit() {
    return limit;
  }

  /** Only flows with this status; null for all. */
  public @Nullable FlowStatus status() {
    return status;
  }

  /** Only flows in this folder; null for all. */
  public @Nullable String folderId() {
    return folderId;
  }

  /** Only flows whose name matches this text; null for all. */
  public @Nullable String name() {
    return name;
  }

  /** Where the page starts, or null for the first page. */
  public @Nullable String cursor() {
    return cursor;
  }

  /**
   * Only items of this project, on platforms that scope lists by project (Activepieces needs it
   * with a platform API key; Imbrace takes it from the key when null); other platforms refuse it.
   */
  public @Nullable String projectId() {
    return projectId;
  }

  /** Returns a copy that asks for the page at {@code cursor}. */
  public ListFlowsParams withCursor(String cursor) {
    return toBuilder().cursor(Objects.requireNonNull(cursor, "cursor == null")).build();
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.limit = limit;
    builder.status = status;
    builder.folderId = folderId;
    builder.name = name;
    builder.cursor = cursor;
    builder.projectId = projectId;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof ListFlowsParams)) return false;
    ListFlowsParams that = (ListFlowsParams) o;
    return Objects.equals(limit, that.limit)
        && status == that.status
        && Objects.equals(folderId, that.folderId)
        && Objects.equals(name, that.name)
        && Objects.equals(cursor, that.cursor)
        && Objects.equals(projectId, that.projectId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, status, folderId, name, cursor, projectId);
  }

  @Override
  public String toString() {
    return "ListFlowsParams{limit=" + limit + ", status=" + status + ", folderId=" + folderId
        + ", name=" + name + ", cursor=" + cursor + ", projectId=" + projectId + '}';
  }

  /** Builds {@link ListFlowsParams}; every field is optional, and null clears it. */
  public static final class Builder {
    @Nullable Integer limit;
    @Nullable FlowStatus status;
    @Nullable String folderId;
    @Nullable String name;
    @Nullable String cursor;
    @Nullable String projectId;

    Builder() {}

    /**
     * Sets the page size. Null (the default) leaves it to the server.
     *
     * @throws IllegalArgumentException if {@code limit} is outside 1..100
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit == null ? null : Models.checkLimit(limit);
      return this;
    }

    /**
     * Lists only flows with this status.
     *
     * @throws IllegalArgumentException for {@link FlowStatus#UNKNOWN}
     */
    public Builder status(@Nullable FlowStatus status) {
      this.status = status == null ? null : Models.checkKnown(status, "status");
      return this;
    }

    /** Lists only flows in this folder. */
    public Builder folderId(@Nullable String folderId) {
      this.folderId = folderId;
      return this;
    }

    /** Lists only flows whose name matches this text. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets where the page starts: a previous page's {@code next} or {@code previous}. */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /** Lists only items of this project (Activepieces, Imbrace); null for the credential's own. */
    public Builder projectId(@Nullable String projectId) {
      this.projectId = projectId;
      return this;
    }

    /** Returns the params. */
    public ListFlowsParams build() {
      return new ListFlowsParams(this);
    }
  }
}
