package dev.flowkit.workflows.models;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The person a session belongs to. */
public final class User {
  private final String id;
  private final String email;
  private final @Nullable String name;

  private User(
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
}
