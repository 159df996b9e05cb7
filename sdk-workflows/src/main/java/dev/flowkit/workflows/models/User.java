package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The person a session belongs to.
 *
 * <p>A value the API promises is checked when it is read: its getter throws
 * {@link InvalidResponseException} when the server left it out or sent null, so one missing field
 * never makes the rest unreadable. {@link #validate()} checks them all at once.
 */
public final class User {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "email")
  private final @Nullable String email;
  @Json(name = "name")
  private final @Nullable String name;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private User() {
    this(EMPTY);
  }

  private User(Builder b) {
    this.id = b.id;
    this.email = b.email;
    this.name = b.name;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "User", id, field);
  }

  /** The user's id, {@code usr_…}. */
  public String id() {
    return required(id, "id");
  }

  /** The user's e-mail address. */
  public String email() {
    return required(email, "email");
  }

  /** The user's name, or null. */
  public @Nullable String name() {
    return name;
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
   * @return this user
   * @throws InvalidResponseException naming the first value the server left out
   */
  public User validate() {
    id();
    email();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof User)) return false;
    User that = (User) o;
    return Objects.equals(id, that.id)
        && Objects.equals(email, that.email)
        && Objects.equals(name, that.name)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, email, name, additionalProperties);
  }

  @Override
  public String toString() {
    return "User{id=" + id
        + ", email=" + email
        + ", name=" + name
        + Models.additionalNames(additionalProperties)
        + '}';
  }

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code User}s from the API's answers.
   * {@code build()} throws {@link IllegalStateException} naming a missing required field.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these fields, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.email = email;
    builder.name = name;
    builder.additionalProperties = additionalProperties;
    return builder;
  }

  /** Builds a {@link User}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable String email;
    @Nullable String name;

    Map<String, Object> additionalProperties = Collections.emptyMap();

    Builder() {}

    /** Sets {@code id}; required. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /** Sets {@code email}; required. */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email == null");
      return this;
    }

    /** Sets {@code name}; null for none. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the user.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public User build() {
      required(id, "id");
      required(email, "email");
      return new User(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
