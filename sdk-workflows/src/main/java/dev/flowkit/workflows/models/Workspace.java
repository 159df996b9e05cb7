package dev.flowkit.workflows.models;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The workspace a session works in. */
public final class Workspace {
  private final String workspaceId;
  private final String name;
  private final @Nullable String role;

  private Workspace(
      String workspaceId,
      String name,
      @Nullable String role) {
    this.workspaceId = workspaceId;
    this.name = name;
    this.role = role;
  }

  /** The workspace's id, {@code ws_…}. */
  public String workspaceId() {
    return workspaceId;
  }

  /** The workspace's name. */
  public String name() {
    return name;
  }

  /** The user's role in it, e.g. {@code owner}, or null. */
  public @Nullable String role() {
    return role;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Workspace)) return false;
    Workspace that = (Workspace) o;
    return Objects.equals(workspaceId, that.workspaceId)
        && Objects.equals(name, that.name)
        && Objects.equals(role, that.role);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workspaceId, name, role);
  }

  @Override
  public String toString() {
    return "Workspace{workspaceId=" + workspaceId
        + ", name=" + name
        + ", role=" + role
        + '}';
  }
}
