package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A newly created API key with the key itself, shown only this once; {@link #toString()} hides the key. */
public final class CreatedApiKey {
  private final String id;
  private final Instant created;
  private final @Nullable Instant updated;
  private final String name;
  private final String key;
  private final @Nullable Instant lastUsed;

  private CreatedApiKey(
      String id,
      Instant created,
      @Nullable Instant updated,
      String name,
      String key,
      @Nullable Instant lastUsed) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.name = name;
    this.key = key;
    this.lastUsed = lastUsed;
  }

  /** The same key without the secret, as {@code GET /api/auth/api-keys} lists it. */
  public ApiKey toApiKey() {
    return new ApiKey(id, created, updated, name, lastUsed);
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

  /** The key to send as {@code Authorization: Bearer <key>}; a secret, store it safely. */
  public String key() {
    return key;
  }

  /** When the key last authenticated a request, or null if never. */
  public @Nullable Instant lastUsed() {
    return lastUsed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof CreatedApiKey)) return false;
    CreatedApiKey that = (CreatedApiKey) o;
    return Objects.equals(id, that.id)
        && Objects.equals(created, that.created)
        && Objects.equals(updated, that.updated)
        && Objects.equals(name, that.name)
        && Objects.equals(key, that.key)
        && Objects.equals(lastUsed, that.lastUsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, name, key, lastUsed);
  }

  @Override
  public String toString() {
    return "CreatedApiKey{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", name=" + name
        + ", key=" + Models.redactKey(key)
        + ", lastUsed=" + lastUsed
        + '}';
  }
}
