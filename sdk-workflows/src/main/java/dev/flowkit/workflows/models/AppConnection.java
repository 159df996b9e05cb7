package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Stored credentials for an integration (a piece); the secret value is never returned. */
public final class AppConnection {
  @Json(name = "id")
  private final String id;
  @Json(name = "created")
  private final Instant created;
  @Json(name = "updated")
  private final Instant updated;
  @Json(name = "externalId")
  private final String externalId;
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "pieceName")
  private final String pieceName;
  @Json(name = "projectId")
  private final String projectId;
  @Json(name = "type")
  private final ConnectionType type;
  @Json(name = "status")
  private final ConnectionStatus status;

  AppConnection(
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

  /** Whether it is usable; {@code UNKNOWN} when the platform does not say. */
  @SuppressWarnings("ConstantConditions") // absent on the wire: Moshi leaves the field null
  public ConnectionStatus status() {
    return status != null ? status : ConnectionStatus.UNKNOWN;
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

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code AppConnection}s from the API's answers.
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
    builder.externalId = externalId;
    builder.displayName = displayName;
    builder.pieceName = pieceName;
    builder.projectId = projectId;
    builder.type = type;
    builder.status = status;
    return builder;
  }

  /** Builds a {@link AppConnection}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String externalId;
    @Nullable String displayName;
    @Nullable String pieceName;
    @Nullable String projectId;
    @Nullable ConnectionType type;
    @Nullable ConnectionStatus status;

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

    /** Sets {@code updated}; required. */
    public Builder updated(Instant updated) {
      this.updated = Objects.requireNonNull(updated, "updated == null");
      return this;
    }

    /** Sets {@code externalId}; required. */
    public Builder externalId(String externalId) {
      this.externalId = Objects.requireNonNull(externalId, "externalId == null");
      return this;
    }

    /** Sets {@code displayName}; required. */
    public Builder displayName(String displayName) {
      this.displayName = Objects.requireNonNull(displayName, "displayName == null");
      return this;
    }

    /** Sets {@code pieceName}; required. */
    public Builder pieceName(String pieceName) {
      this.pieceName = Objects.requireNonNull(pieceName, "pieceName == null");
      return this;
    }

    /** Sets {@code projectId}; required. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId == null");
      return this;
    }

    /** Sets {@code type}; required. */
    public Builder type(ConnectionType type) {
      this.type = Objects.requireNonNull(type, "type == null");
      return this;
    }

    /** Sets {@code status}; required. */
    public Builder status(ConnectionStatus status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /**
     * Returns the appConnection.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public AppConnection build() {
      return new AppConnection(
          required(id, "id"),
          required(created, "created"),
          required(updated, "updated"),
          required(externalId, "externalId"),
          required(displayName, "displayName"),
          required(pieceName, "pieceName"),
          required(projectId, "projectId"),
          required(type, "type"),
          required(status, "status"));
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
