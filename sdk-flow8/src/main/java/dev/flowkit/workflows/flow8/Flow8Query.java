package dev.flowkit.workflows.flow8;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a flow8 list, and its filters: {@code page} (from 0) and {@code size} (1 to 100,
 * flow8's default 25) for every list; {@code category} and {@code enabled} for flows;
 * {@code flowId}, {@code from}, {@code to} and {@code state} for plays; {@code scope} and
 * {@code scopeKey} for KV entries; {@code flowId} for schedules. A filter the list does not take
 * is refused when the call is made.
 */
public final class Flow8Query {
  private final Map<String, String> query;

  Flow8Query(Map<String, String> query) {
    this.query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /** The first page, flow8's size, no filter. */
  public static Flow8Query none() {
    return builder().build();
  }

  /** Starts a query. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query parameters, in the order set. */
  public Map<String, String> asMap() {
    return query;
  }

  /** The same query for page {@code page}. */
  public Flow8Query page(int page) {
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put("page", Integer.toString(page));
    return new Flow8Query(q);
  }

  @Override public boolean equals(@Nullable Object o) {
    return o instanceof Flow8Query && query.equals(((Flow8Query) o).query);
  }

  @Override public int hashCode() {
    return query.hashCode();
  }

  @Override public String toString() {
    return "Flow8Query" + query;
  }

  /** Builds a {@link Flow8Query}. */
  public static final class Builder {
    private final Map<String, String> query = new LinkedHashMap<>();

    Builder() {}

    private Builder put(String name, String value) {
      if (value == null) throw new NullPointerException(name + " == null");
      query.put(name, value);
      return this;
    }

    /** The page, from 0. */
    public Builder page(int page) {
      if (page < 0) throw new IllegalArgumentException("page < 0: " + page);
      return put("page", Integer.toString(page));
    }

    /** Items per page, 1 to 100. */
    public Builder size(int size) {
      if (size < 1 || size > 100) throw new IllegalArgumentException("size must be 1 to 100 but was " + size);
      return put("size", Integer.toString(size));
    }

    /** Flows of this category. */
    public Builder category(String category) {
      return put("category", category);
    }

    /** Flows that are (or are not) enabled. */
    public Builder enabled(boolean enabled) {
      return put("enabled", Boolean.toString(enabled));
    }

    /** Plays (or schedules) of this flow. */
    public Builder flowId(String flowId) {
      return put("flowId", flowId);
    }

    /** Plays started on or after this day. */
    public Builder from(LocalDate day) {
      return put("from", day.toString());
    }

    /** Plays started at or after this instant. */
    public Builder from(Instant instant) {
      return put("from", instant.toString());
    }

    /** Plays started on or before this day. */
    public Builder to(LocalDate day) {
      return put("to", day.toString());
    }

    /** Plays started before this instant. */
    public Builder to(Instant instant) {
      return put("to", instant.toString());
    }

    /** Plays in this state. */
    public Builder state(PlayState state) {
      if (state == PlayState.UNKNOWN) throw new IllegalArgumentException("PlayState.UNKNOWN cannot be sent");
      return put("state", state.name());
    }

    /** KV entries of this scope: {@code global}, {@code flow_group} or {@code flow}. */
    public Builder scope(String scope) {
      return put("scope", scope);
    }

    /** KV entries of this flow or group. */
    public Builder scopeKey(String scopeKey) {
      return put("scopeKey", scopeKey);
    }

    /** The query. */
    public Flow8Query build() {
      return new Flow8Query(query);
    }
  }
}
