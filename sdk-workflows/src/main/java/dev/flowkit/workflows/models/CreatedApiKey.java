package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A newly created API key with the key itself, shown only this once; {@link #toString()} hides the key.
 *
 * <p>A value the API promises is checked when it is read: its getter throws
 * {@link InvalidResponseException} when the server left it out or sent null, so one missing field
 * never makes the rest unreadable. {@link #validate()} checks them all at once.
 */
public final class CreatedApiKey {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "created")
  private final @Nullable Instant created;
  @Json(name = "updated")
  private final @Nullable Instant updated;
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "key")
  private final @Nullable String key;
  @Json(name = "lastUsed")
  private final @Nullable Instant lastUsed;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private CreatedApiKey() {
    this(EMPTY);
  }

  private CreatedApiKey(Builder b) {
    this.id = b.id;
    this.created = b.created;
    this.updated = b.updated;
    this.name = b.name;
    this.key = b.key;
    this.lastUsed = b.lastUsed;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "CreatedApiKey", id, field);
  }

  /** The same key without the secret, as {@code GET /api/auth/api-keys} lists it. */
  public ApiKey toApiKey() {
    ApiKey.Builder listed = ApiKey.builder();
    listed.id = id;
    listed.created = created;
    listed.updated = updated;
    listed.name = name;
    listed.lastUsed = lastUsed;
    listed.additionalProperties = additionalProperties;
    return new ApiKey(listed);
  }

  /** Its id, {@code key_…}. */
  public String id() {
    return required(id, "id");
  }

  /** When it was created. */
  public Instant created() {
    return required(created, "created");
  }

  /** When it last changed, or null when the server does not say. */
  public @Nullable Instant updated() {
    return updated;
  }

  /** The name given at creation. */
  public String name() {
    return required(name, "name");
  }

  /** The key to send as {@code Authorization: Bearer <key>}; a secret, store it safely. */
  public String key() {
    return required(key, "key");
  }

  /** When the key last authenticated a request, or null if never. */
  public @Nullable Instant lastUsed() {
    return lastUsed;
  }

  /**
   * The fields of the server's answer this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises.
   *
   * @return this key
   * @throws InvalidResponseException naming the first value the server left out
   */
  public CreatedApiKey validate() {
    id();
    created();
    name();
    key();
    return this;
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
        && Objects.equals(lastUsed, that.lastUsed)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, name, key, lastUsed, additionalProperties);
  }

  @Override
  public String toString() {
    return "CreatedApiKey{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", name=" + name
        + ", key=" + Models.redactKey(key)
        + ", lastUsed=" + lastUsed
        + Models.additionalNames(additionalProperties)
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
    builder.additionalProperties = additionalProperties;
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

    Map<String, Object> additionalProperties = Collections.emptyMap();

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

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the createdApiKey.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public CreatedApiKey build() {
      required(id, "id");
      required(created, "created");
      required(name, "name");
      required(key, "key");
      return new CreatedApiKey(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
