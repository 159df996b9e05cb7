package dev.flowkit.workflows.models;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Stored credentials for an integration (a piece); the secret value is never returned. */
public final class AppConnection {
  private final String id;
  private final Instant created;
  private final Instant updated;
  private final String externalId;
  private final String displayName;
  private final String pieceName;
  private final String projectId;
  private final ConnectionType type;
  private final ConnectionStatus status;

  private AppConnection(
      String id,
      Instant created,
      Instant updated,
      String externalId,
      String displayName,
      String pieceName,
      String projectId,
      ConnectionType type,
      ConnectionStatus status) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.externalId = externalId;
    this.displayName = displayName;
    this.pieceName = pieceName;
    this.projectId = projectId;
    this.type = type;
    this.status = status;
  }

  /** Its id, {@code conn_…}. */
  public String id() {
    return id;
  }

  /** When it was created. */
  public Instant created() {
    return created;
  }

  /** When it last changed. */
  public Instant updated() {
    return updated;
  }

  /** The caller's identifier; upserts match on it. */
  public String externalId() {
    return externalId;
  }

  /** The connection's name. */
  public String displayName() {
    return displayName;
  }

  /** The integration it is for, e.g. {@code slack}. */
  public String pieceName() {
    return pieceName;
  }

  /** The project that owns it. */
  public String projectId() {
    return projectId;
  }

  /** How it authenticates. */
  public ConnectionType type() {
    return type;
  }

  /** Whether it is usable. */
  public ConnectionStatus status() {
    return status;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof AppConnection)) return false;
    AppConnection that = (AppConnection) o;
    return Objects.equals(id, that.id)
        && Objects.equals(created, that.created)
        && Objects.equals(updated, that.updated)
        && Objects.equals(externalId, that.externalId)
        && Objects.equals(displayName, that.displayName)
        && Objects.equals(pieceName, that.pieceName)
        && Objects.equals(projectId, that.projectId)
        && Objects.equals(type, that.type)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, externalId, displayName, pieceName, projectId, type, status);
  }

  @Override
  public String toString() {
    return "AppConnection{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", externalId=" + externalId
        + ", displayName=" + displayName
        + ", pieceName=" + pieceName
        + ", projectId=" + projectId
        + ", type=" + type
        + ", status=" + status
        + '}';
  }
}
