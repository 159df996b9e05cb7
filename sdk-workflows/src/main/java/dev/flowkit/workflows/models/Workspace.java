package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The workspace a session works in. */
public final class Workspace {
  @Json(name = "workspaceId")
  private final String workspaceId;
  @Json(name = "name")
  private final String name;
  @Json(name = "role")
  private final @Nullable String role;

  Workspace(
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

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code Workspace}s from the API's answers.
   * {@code build()} throws {@link IllegalStateException} naming a missing required field.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these fields, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.workspaceId = workspaceId;
    builder.name = name;
    builder.role = role;
    return builder;
  }

  /** Builds a {@link Workspace}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String workspaceId;
    @Nullable String name;
    @Nullable String role;

    Builder() {}

    /** Sets {@code workspaceId}; required. */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId == null");
      return this;
    }

    /** Sets {@code name}; required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** Sets {@code role}; null for none. */
    public Builder role(@Nullable String role) {
      this.role = role;
      return this;
    }

    /**
     * Returns the workspace.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public Workspace build() {
      return new Workspace(
          required(workspaceId, "workspaceId"),
          required(name, "name"),
          role);
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
