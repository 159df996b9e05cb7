package dev.flowkit.workflows.models;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An API key as listed: without the key itself, which is shown only once, in {@link CreatedApiKey}. */
public final class ApiKey {
  private final String id;
  private final Instant created;
  private final @Nullable Instant updated;
  private final String name;
  private final @Nullable Instant lastUsed;

  ApiKey(
      String id,
      Instant created,
      @Nullable Instant updated,
      String name,
      @Nullable Instant lastUsed) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.name = name;
    this.lastUsed = lastUsed;
  }

  /** Its id, {@code key_…}. */
  public String id() {
    return id;
  }

  /** When it was created. */
  public Instant created() {
    return created;
  }

  /** When it last changed, or null when the server does not say. */
  public @Nullable Instant updated() {
    return updated;
  }

  /** The name given at creation. */
  public String name() {
    return name;
  }

  /** When the key last authenticated a request, or null if never. */
  public @Nullable Instant lastUsed() {
    return lastUsed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof ApiKey)) return false;
    ApiKey that = (ApiKey) o;
    return Objects.equals(id, that.id)
        && Objects.equals(created, that.created)
        && Objects.equals(updated, that.updated)
        && Objects.equals(name, that.name)
        && Objects.equals(lastUsed, that.lastUsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, name, lastUsed);
  }

  @Override
  public String toString() {
    return "ApiKey{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", name=" + name
        + ", lastUsed=" + lastUsed
        + '}';
  }
}
