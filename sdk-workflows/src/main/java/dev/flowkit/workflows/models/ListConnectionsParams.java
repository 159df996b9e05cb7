package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Filters, page size and position for listing app connections. */
public final class ListConnectionsParams {
  private final @Nullable String pieceName;
  private final @Nullable Integer limit;
  private final @Nullable String cursor;
  private final @Nullable String projectId;

  ListConnectionsParams(Builder builder) {
    this.pieceName = builder.pieceName;
    this.limit = builder.limit;
    this.cursor = builder.cursor;
    this.projectId = builder.projectId;
  }

  /** Returns a builder with no filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns params for the first page of all connections with the server's default size. */
  public static ListConnectionsParams none() {
    return new Builder().build();
  }

  /** Only connections for this integration, e.g. {@code slack}; null for all. */
  public @Nullable String pieceName() {
    return pieceName;
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
   * Only items of this project, on platforms that scope lists by project (Activepieces needs it
   * with a platform API key; Imbrace takes it from the key when null); other platforms refuse it.
   */
  public @Nullable String projectId() {
    return projectId;
  }

  /** Returns a copy that asks for the page at {@code cursor}. */
  public ListConnectionsParams withCursor(String cursor) {
    return toBuilder().cursor(Objects.requireNonNull(cursor, "cursor == null")).build();
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.pieceName = pieceName;
    builder.limit = limit;
    builder.cursor = cursor;
    builder.projectId = projectId;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof ListConnectionsParams)) return false;
    ListConnectionsParams that = (ListConnectionsParams) o;
    return Objects.equals(pieceName, that.pieceName)
        && Objects.equals(limit, that.limit)
        && Objects.equals(cursor, that.cursor)
        && Objects.equals(projectId, that.projectId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pieceName, limit, cursor, projectId);
  }

  @Override
  public String toString() {
    return "ListConnectionsParams{pieceName=" + pieceName + ", limit=" + limit
        + ", cursor=" + cursor + ", projectId=" + projectId + '}';
  }

  /** Builds {@link ListConnectionsParams}; every field is optional, and null clears it. */
  public static final class Builder {
    @Nullable String pieceName;
    @Nullable Integer limit;
    @Nullable String cursor;
    @Nullable String projectId;

    Builder() {}

    /** Lists only connections for this integration. */
    public Builder pieceName(@Nullable String pieceName) {
      this.pieceName = pieceName;
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

    /** Lists only items of this project (Activepieces, Imbrace); null for the credential's own. */
    public Builder projectId(@Nullable String projectId) {
      this.projectId = projectId;
      return this;
    }

    /** Returns the params. */
    public ListConnectionsParams build() {
      return new ListConnectionsParams(this);
    }
  }
}
