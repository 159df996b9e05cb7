package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Stored credentials for an integration (a piece); the secret value is never returned.
 *
 * <p>A value the API promises is checked when it is read: its getter throws
 * {@link InvalidResponseException} when the server left it out or sent null, so one missing field
 * never makes the rest unreadable. {@link #validate()} checks them all at once.
 */
public final class AppConnection {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "created")
  private final @Nullable Instant created;
  @Json(name = "updated")
  private final @Nullable Instant updated;
  @Json(name = "externalId")
  private final @Nullable String externalId;
  @Json(name = "displayName")
  private final @Nullable String displayName;
  @Json(name = "pieceName")
  private final @Nullable String pieceName;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "type")
  private final @Nullable String type;
  @Json(name = "status")
  private final @Nullable String status;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private AppConnection() {
    this(EMPTY);
  }

  private AppConnection(Builder b) {
    this.id = b.id;
    this.created = b.created;
    this.updated = b.updated;
    this.externalId = b.externalId;
    this.displayName = b.displayName;
    this.pieceName = b.pieceName;
    this.projectId = b.projectId;
    this.type = b.type;
    this.status = b.status;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "AppConnection", id, field);
  }

  /** Its id, {@code conn_…}. */
  public String id() {
    return required(id, "id");
  }

  /** When it was created. */
  public Instant created() {
    return required(created, "created");
  }

  /** When it last changed. */
  public Instant updated() {
    return required(updated, "updated");
  }

  /** The caller's identifier; upserts match on it. */
  public String externalId() {
    return required(externalId, "externalId");
  }

  /** The connection's name. */
  public String displayName() {
    return required(displayName, "displayName");
  }

  /** The integration it is for, e.g. {@code slack}. */
  public String pieceName() {
    return required(pieceName, "pieceName");
  }

  /** The project that owns it. */
  public String projectId() {
    return required(projectId, "projectId");
  }

  /**
   * How it authenticates; {@code UNKNOWN} for a value this SDK does not know (see
   * {@link #typeAsString()}).
   *
   * @throws InvalidResponseException if the server left it out
   */
  public ConnectionType type() {
    return Models.enumOf(ConnectionType.class, typeAsString());
  }

  /**
   * The {@code type} as the server sent it, including values this SDK does not know.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String typeAsString() {
    return required(type, "type");
  }

  /**
   * Whether it is usable; {@code UNKNOWN} when the platform does not say, and for a value this
   * SDK does not know (see {@link #statusAsString()}).
   */
  public ConnectionStatus status() {
    return status == null ? ConnectionStatus.UNKNOWN : Models.enumOf(ConnectionStatus.class, status);
  }

  /** The {@code status} as the server sent it, or null when it sent none. */
  public @Nullable String statusAsString() {
    return status;
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
   * @return this connection
   * @throws InvalidResponseException naming the first value the server left out
   */
  public AppConnection validate() {
    id();
    created();
    updated();
    externalId();
    displayName();
    pieceName();
    projectId();
    typeAsString();
    return this;
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
        && Objects.equals(status, that.status)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, externalId, displayName, pieceName, projectId, type, status,
        additionalProperties);
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
        + Models.additionalNames(additionalProperties)
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
    builder.additionalProperties = additionalProperties;
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
    @Nullable String type;
    @Nullable String status;

    Map<String, Object> additionalProperties = Collections.emptyMap();

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
      this.type = Models.wire(Objects.requireNonNull(type, "type == null"));
      return this;
    }

    /** Sets {@code type} as the server's text, which may be a value this SDK does not know. */
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type == null");
      return this;
    }

    /** Sets {@code status}; required. */
    public Builder status(ConnectionStatus status) {
      this.status = Models.wire(Objects.requireNonNull(status, "status == null"));
      return this;
    }

    /** Sets {@code status} as the server's text, which may be a value this SDK does not know. */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the appConnection.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public AppConnection build() {
      required(id, "id");
      required(created, "created");
      required(updated, "updated");
      required(externalId, "externalId");
      required(displayName, "displayName");
      required(pieceName, "pieceName");
      required(projectId, "projectId");
      required(type, "type");
      required(status, "status");
      return new AppConnection(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
