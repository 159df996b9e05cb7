package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.util.Collections;
import java.util.Map;
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
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private Session() {
    this(EMPTY);
  }

  private Session(Builder b) {
    this.authenticated = b.authenticated;
    this.user = b.user;
    this.workspace = b.workspace;
    this.additionalProperties = b.additionalProperties;
  }

  /** Whether the session is signed in; false when the server does not say. */
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

  /**
   * The fields of the server's answer this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises in its user and workspace.
   *
   * @return this session
   * @throws InvalidResponseException naming the first value the server left out
   */
  public Session validate() {
    if (user != null) user.validate();
    if (workspace != null) workspace.validate();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Session)) return false;
    Session that = (Session) o;
    return authenticated == that.authenticated
        && Objects.equals(user, that.user)
        && Objects.equals(workspace, that.workspace)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(authenticated, user, workspace, additionalProperties);
  }

  @Override
  public String toString() {
    return "Session{authenticated=" + authenticated
        + ", user=" + user
        + ", workspace=" + workspace
        + Models.additionalNames(additionalProperties)
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
    builder.additionalProperties = additionalProperties;
    return builder;
  }

  /** Builds a {@link Session}; the fields the API may leave out default to null. */
  public static final class Builder {
    boolean authenticated;
    @Nullable User user;
    @Nullable Workspace workspace;

    Map<String, Object> additionalProperties = Collections.emptyMap();

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

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the session.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public Session build() {
      return new Session(this);
    }
  }
}
