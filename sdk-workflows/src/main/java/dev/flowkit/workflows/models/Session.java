package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who is signed in: answered by login and {@code GET /api/auth/session}. */
public final class Session {
  @Json(name = "authenticated")
  private final boolean authenticated;
  @Json(name = "user")
  private final @Nullable User user;
  @Json(name = "workspace")
  private final @Nullable Workspace workspace;

  Session(
      boolean authenticated,
      @Nullable User user,
      @Nullable Workspace workspace) {
    this.authenticated = authenticated;
    this.user = user;
    this.workspace = workspace;
  }

  /** Whether the session is signed in. */
  public boolean authenticated() {
    return authenticated;
  }

  /** The signed-in user, or null when not authenticated. */
  public @Nullable User user() {
    return user;
  }

  /** The current workspace, or null when not authenticated. */
  public @Nullable Workspace workspace() {
    return workspace;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Session)) return false;
    Session that = (Session) o;
    return authenticated == that.authenticated
        && Objects.equals(user, that.user)
        && Objects.equals(workspace, that.workspace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(authenticated, user, workspace);
  }

  @Override
  public String toString() {
    return "Session{authenticated=" + authenticated
        + ", user=" + user
        + ", workspace=" + workspace
        + '}';
  }

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code Session}s from the API's answers.
   * {@code build()} throws {@link IllegalStateException} naming a missing required field.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these fields, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.authenticated = authenticated;
    builder.user = user;
    builder.workspace = workspace;
    return builder;
  }

  /** Builds a {@link Session}; the fields the API may leave out default to null. */
  public static final class Builder {
    boolean authenticated;
    @Nullable User user;
    @Nullable Workspace workspace;

    Builder() {}

    /** Sets {@code authenticated}. */
    public Builder authenticated(boolean authenticated) {
      this.authenticated = authenticated;
      return this;
    }

    /** Sets {@code user}; null for none. */
    public Builder user(@Nullable User user) {
      this.user = user;
      return this;
    }

    /** Sets {@code workspace}; null for none. */
    public Builder workspace(@Nullable Workspace workspace) {
      this.workspace = workspace;
      return this;
    }

    /**
     * Returns the session.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public Session build() {
      return new Session(
          authenticated,
          user,
          workspace);
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
