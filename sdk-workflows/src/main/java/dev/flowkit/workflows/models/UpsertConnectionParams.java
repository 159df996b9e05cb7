package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/app-connections}: creates the connection, or updates the one
 * with the same {@code externalId}. {@link #toString()} never shows the value.
 *
 * <pre>{@code
 * UpsertConnectionParams params = UpsertConnectionParams.builder()
 *     .displayName("Slack Workspace")
 *     .pieceName("slack")
 *     .type(ConnectionType.SECRET_TEXT)
 *     .value(ConnectionValue.secretText(System.getenv("SLACK_TOKEN")))
 *     .build();
 * }</pre>
 */
public final class UpsertConnectionParams {
  @Json(name = "externalId")
  private final @Nullable String externalId;
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "pieceName")
  private final String pieceName;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "type")
  private final ConnectionType type;
  // Sent as the value's JSON object; value() wraps it again.
  @Json(name = "value")
  private final @Nullable Map<String, Object> value;

  UpsertConnectionParams(Builder builder) {
    this.externalId = builder.externalId;
    this.displayName = Objects.requireNonNull(builder.displayName);
    this.pieceName = Objects.requireNonNull(builder.pieceName);
    this.projectId = builder.projectId;
    this.type = Objects.requireNonNull(builder.type);
    ConnectionValue connectionValue = builder.value;
    this.value = connectionValue == null ? null : connectionValue.asMap();
  }

  /** Returns a builder; {@code displayName}, {@code pieceName} and {@code type} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The caller's identifier to upsert by, or null to let the server generate one. */
  public @Nullable String externalId() {
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

  /** The owning project, or null for the workspace's project. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** How the connection authenticates. */
  public ConnectionType type() {
    return type;
  }

  /** The secret value, or null when none is sent ({@code NO_AUTH}). */
  public @Nullable ConnectionValue value() {
    return value == null ? null : ConnectionValue.wrap(value);
  }

  /** Returns a builder holding these params, value included. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.externalId = externalId;
    builder.displayName = displayName;
    builder.pieceName = pieceName;
    builder.projectId = projectId;
    builder.type = type;
    builder.value = value();
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof UpsertConnectionParams)) return false;
    UpsertConnectionParams that = (UpsertConnectionParams) o;
    return Objects.equals(externalId, that.externalId)
        && displayName.equals(that.displayName)
        && pieceName.equals(that.pieceName)
        && Objects.equals(projectId, that.projectId)
        && type == that.type
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(externalId, displayName, pieceName, projectId, type, value);
  }

  @Override
  public String toString() {
    return "UpsertConnectionParams{externalId=" + externalId
        + ", displayName=" + displayName
        + ", pieceName=" + pieceName
        + ", projectId=" + projectId
        + ", type=" + type
        + ", value=" + (value == null ? "null" : "<redacted>")
        + '}';
  }

  /** Builds {@link UpsertConnectionParams}. */
  public static final class Builder {
    @Nullable String externalId;
    @Nullable String displayName;
    @Nullable String pieceName;
    @Nullable String projectId;
    @Nullable ConnectionType type;
    @Nullable ConnectionValue value;

    Builder() {}

    /** Sets the identifier to upsert by; without it the server creates a new connection. */
    public Builder externalId(String externalId) {
      this.externalId = Objects.requireNonNull(externalId, "externalId == null");
      return this;
    }

    /**
     * Sets the connection's name; required.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder displayName(String displayName) {
      this.displayName = Models.checkNotEmpty(displayName, "displayName");
      return this;
    }

    /**
     * Sets the integration, e.g. {@code slack}; required.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder pieceName(String pieceName) {
      this.pieceName = Models.checkNotEmpty(pieceName, "pieceName");
      return this;
    }

    /** Sets the owning project; defaults to the workspace's project. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId == null");
      return this;
    }

    /**
     * Sets how the connection authenticates; required.
     *
     * @throws IllegalArgumentException for {@link ConnectionType#UNKNOWN}
     */
    public Builder type(ConnectionType type) {
      this.type = Models.checkKnown(type, "type");
      return this;
    }

    /** Sets the secret value; required for every type but {@code NO_AUTH}. */
    public Builder value(ConnectionValue value) {
      this.value = Objects.requireNonNull(value, "value == null");
      return this;
    }

    /**
     * Returns the params.
     *
     * @throws IllegalStateException if {@code displayName}, {@code pieceName} or {@code type}
     *     is missing, or {@code value} is missing for a type other than {@code NO_AUTH}
     */
    public UpsertConnectionParams build() {
      if (displayName == null) throw new IllegalStateException("displayName is required");
      if (pieceName == null) throw new IllegalStateException("pieceName is required");
      if (type == null) throw new IllegalStateException("type is required");
      if (value == null && type != ConnectionType.NO_AUTH) {
        throw new IllegalStateException("value is required for type " + type);
      }
      return new UpsertConnectionParams(this);
    }
  }
}
