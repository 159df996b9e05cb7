package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The person a session belongs to. */
public final class User {
  @Json(name = "id")
  private final String id;
  @Json(name = "email")
  private final String email;
  @Json(name = "name")
  private final @Nullable String name;

  User(
      String id,
      String email,
      @Nullable String name) {
    this.id = id;
    this.email = email;
    this.name = name;
  }

  /** The user's id, {@code usr_…}. */
  public String id() {
    return id;
  }

  /** The user's e-mail address. */
  public String email() {
    return email;
  }

  /** The user's name, or null. */
  public @Nullable String name() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof User)) return false;
    User that = (User) o;
    return Objects.equals(id, that.id)
        && Objects.equals(email, that.email)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, email, name);
  }

  @Override
  public String toString() {
    return "User{id=" + id
        + ", email=" + email
        + ", name=" + name
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
    return builder;
  }

  /** Builds a {@link User}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable String email;
    @Nullable String name;

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

    /**
     * Returns the user.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public User build() {
      return new User(
          required(id, "id"),
          required(email, "email"),
          name);
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
