package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A newly created API key with the key itself, shown only this once; {@link #toString()} hides the key. */
public final class CreatedApiKey {
  @Json(name = "id")
  private final String id;
  @Json(name = "created")
  private final Instant created;
  @Json(name = "updated")
  private final @Nullable Instant updated;
  @Json(name = "name")
  private final String name;
  @Json(name = "key")
  private final String key;
  @Json(name = "lastUsed")
  private final @Nullable Instant lastUsed;

  CreatedApiKey(
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

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code CreatedApiKey}s from the API's answers.
   * {@code build()} throws {@link IllegalStateException} naming a missing required field.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these fields, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.created = created;
    builder.updated = updated;
    builder.name = name;
    builder.key = key;
    builder.lastUsed = lastUsed;
    return builder;
  }

  /** Builds a {@link CreatedApiKey}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String name;
    @Nullable String key;
    @Nullable Instant lastUsed;

    Builder() {}

    /** Sets {@code id}; required. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /** Sets {@code created}; required. */
    public Builder created(Instant created) {
      this.created = Objects.requireNonNull(created, "created == null");
      return this;
    }

    /** Sets {@code updated}; null for none. */
    public Builder updated(@Nullable Instant updated) {
      this.updated = updated;
      return this;
    }

    /** Sets {@code name}; required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** Sets {@code key}; required. */
    public Builder key(String key) {
      this.key = Objects.requireNonNull(key, "key == null");
      return this;
    }

    /** Sets {@code lastUsed}; null for none. */
    public Builder lastUsed(@Nullable Instant lastUsed) {
      this.lastUsed = lastUsed;
      return this;
    }

    /**
     * Returns the createdApiKey.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public CreatedApiKey build() {
      return new CreatedApiKey(
          required(id, "id"),
          required(created, "created"),
          updated,
          required(name, "name"),
          required(key, "key"),
          lastUsed);
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
