package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The workspace a session works in.
 *
 * <p>A value the API promises is checked when it is read: its getter throws
 * {@link InvalidResponseException} when the server left it out or sent null, so one missing field
 * never makes the rest unreadable. {@link #validate()} checks them all at once.
 */
public final class Workspace {
  @Json(name = "workspaceId")
  private final @Nullable String workspaceId;
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "role")
  private final @Nullable String role;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private Workspace() {
    this(EMPTY);
  }

  private Workspace(Builder b) {
    this.workspaceId = b.workspaceId;
    this.name = b.name;
    this.role = b.role;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "Workspace", workspaceId, field);
  }

  /** The workspace's id, {@code ws_…}. */
  public String workspaceId() {
    return required(workspaceId, "workspaceId");
  }

  /** The workspace's name. */
  public String name() {
    return required(name, "name");
  }

  /** The user's role in it, e.g. {@code owner}, or null. */
  public @Nullable String role() {
    return role;
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
   * @return this workspace
   * @throws InvalidResponseException naming the first value the server left out
   */
  public Workspace validate() {
    workspaceId();
    name();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Workspace)) return false;
    Workspace that = (Workspace) o;
    return Objects.equals(workspaceId, that.workspaceId)
        && Objects.equals(name, that.name)
        && Objects.equals(role, that.role)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workspaceId, name, role, additionalProperties);
  }

  @Override
  public String toString() {
    return "Workspace{workspaceId=" + workspaceId
        + ", name=" + name
        + ", role=" + role
        + Models.additionalNames(additionalProperties)
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
    builder.additionalProperties = additionalProperties;
    return builder;
  }

  /** Builds a {@link Workspace}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String workspaceId;
    @Nullable String name;
    @Nullable String role;

    Map<String, Object> additionalProperties = Collections.emptyMap();

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

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the workspace.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public Workspace build() {
      required(workspaceId, "workspaceId");
      required(name, "name");
      return new Workspace(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
