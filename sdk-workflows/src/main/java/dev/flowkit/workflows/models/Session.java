package dev.flowkit.workflows.models;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who is signed in: answered by login and {@code GET /api/auth/session}. */
public final class Session {
  private final boolean authenticated;
  private final @Nullable User user;
  private final @Nullable Workspace workspace;

  private Session(
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
}
