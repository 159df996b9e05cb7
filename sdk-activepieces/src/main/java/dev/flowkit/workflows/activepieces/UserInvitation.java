package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An invitation to join the platform or a project. */
public final class UserInvitation {
  /** What the invitation is to (Activepieces' {@code InvitationType}); listing needs one. */
  public enum Type {
    PLATFORM, PROJECT,
    /** A value the server sent that this SDK version does not know; cannot be sent. */
    UNKNOWN
  }

  @Json(name = "id") private final String id;
  @Json(name = "created") private final @Nullable Instant created;
  @Json(name = "updated") private final @Nullable Instant updated;
  @Json(name = "email") private final String email;
  @Json(name = "status") private final @Nullable String status;
  @Json(name = "type") private final Type type;
  @Json(name = "platformId") private final @Nullable String platformId;
  @Json(name = "platformRole") private final @Nullable String platformRole;
  @Json(name = "projectId") private final @Nullable String projectId;
  @Json(name = "projectRoleId") private final @Nullable String projectRoleId;

  private UserInvitation(String id, @Nullable Instant created, @Nullable Instant updated, String email,
      @Nullable String status, Type type, @Nullable String platformId, @Nullable String platformRole,
      @Nullable String projectId, @Nullable String projectRoleId) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.email = email;
    this.status = status;
    this.type = type;
    this.platformId = platformId;
    this.platformRole = platformRole;
    this.projectId = projectId;
    this.projectRoleId = projectRoleId;
  }

  /** The invitation's id. */
  public String id() {
    return id;
  }

  /** When it was sent. */
  public @Nullable Instant created() {
    return created;
  }

  /** When it last changed. */
  public @Nullable Instant updated() {
    return updated;
  }

  /** Whom it invites. */
  public String email() {
    return email;
  }

  /** {@code PENDING} or {@code ACCEPTED}, as the platform spells it. */
  public @Nullable String status() {
    return status;
  }

  /** What it invites to. */
  public Type type() {
    return type;
  }

  /** The platform. */
  public @Nullable String platformId() {
    return platformId;
  }

  /** The platform role offered ({@code ADMIN}, {@code MEMBER}, {@code OPERATOR}), or null. */
  public @Nullable String platformRole() {
    return platformRole;
  }

  /** The project, for a project invitation. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** The project role offered, for a project invitation. */
  public @Nullable String projectRoleId() {
    return projectRoleId;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof UserInvitation)) return false;
    UserInvitation u = (UserInvitation) o;
    return id.equals(u.id) && Objects.equals(created, u.created) && Objects.equals(updated, u.updated)
        && Objects.equals(email, u.email) && Objects.equals(status, u.status) && type == u.type
        && Objects.equals(platformId, u.platformId) && Objects.equals(platformRole, u.platformRole)
        && Objects.equals(projectId, u.projectId) && Objects.equals(projectRoleId, u.projectRoleId);
  }

  @Override public int hashCode() {
    return Objects.hash(id, created, updated, email, status, type, platformId, platformRole, projectId, projectRoleId);
  }

  /** Shows the invitation without the invitee's email. */
  @Override public String toString() {
    return "UserInvitation{id=" + id + ", type=" + type + ", status=" + status + ", projectId=" + projectId + "}";
  }
}
