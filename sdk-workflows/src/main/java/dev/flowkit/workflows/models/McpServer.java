package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An MCP server that offers flows as tools to MCP clients; {@link #toString()} hides its token.
 *
 * <p>A value the API promises is checked when it is read: its getter throws
 * {@link InvalidResponseException} when the server left it out or sent null, so one missing field
 * never makes the rest unreadable. {@link #validate()} checks them all at once.
 */
public final class McpServer {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "created")
  private final @Nullable Instant created;
  @Json(name = "updated")
  private final @Nullable Instant updated;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "status")
  private final @Nullable String status;
  @Json(name = "token")
  private final @Nullable String token;
  @Json(name = "tools")
  private final @Nullable List<McpTool> tools;
  private final transient Map<String, Object> additionalProperties;

  private static final Builder EMPTY = new Builder();

  /** For the JSON reader, which sets the fields the answer has. */
  private McpServer() {
    this(EMPTY);
  }

  private McpServer(Builder b) {
    this.id = b.id;
    this.created = b.created;
    this.updated = b.updated;
    this.projectId = b.projectId;
    this.name = b.name;
    this.status = b.status;
    this.token = b.token;
    this.tools = b.tools;
    this.additionalProperties = b.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "McpServer", id, field);
  }

  /** Its id, {@code mcp_…}. */
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

  /** The project that owns it. */
  public String projectId() {
    return required(projectId, "projectId");
  }

  /** The server's name, or null. */
  public @Nullable String name() {
    return name;
  }

  /**
   * Whether it answers its clients; {@code UNKNOWN} when the platform does not say, and for a
   * value this SDK does not know (see {@link #statusAsString()}).
   */
  public McpServerStatus status() {
    return status == null ? McpServerStatus.UNKNOWN : Models.enumOf(McpServerStatus.class, status);
  }

  /** The {@code status} as the server sent it, or null when it sent none. */
  public @Nullable String statusAsString() {
    return status;
  }

  /**
   * The bearer token MCP clients send; a secret. Rotating it stops the old one at once. Null
   * when the platform leaves it out of a listing (the Imbrace page's schema has none).
   */
  public @Nullable String token() {
    return token;
  }

  /** The tools it offers; read-only. */
  public List<McpTool> tools() {
    return Models.view(tools);
  }

  /**
   * The fields of the server's answer this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises, here and in its tools.
   *
   * @return this server
   * @throws InvalidResponseException naming the first value the server left out
   */
  public McpServer validate() {
    id();
    created();
    updated();
    projectId();
    for (McpTool tool : tools()) tool.validate();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof McpServer)) return false;
    McpServer that = (McpServer) o;
    return Objects.equals(id, that.id)
        && Objects.equals(created, that.created)
        && Objects.equals(updated, that.updated)
        && Objects.equals(projectId, that.projectId)
        && Objects.equals(name, that.name)
        && Objects.equals(status, that.status)
        && Objects.equals(token, that.token)
        && Objects.equals(tools(), that.tools())
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, projectId, name, status, token, tools(), additionalProperties);
  }

  @Override
  public String toString() {
    return "McpServer{id=" + id
        + ", created=" + created
        + ", updated=" + updated
        + ", projectId=" + projectId
        + ", name=" + name
        + ", status=" + status
        + ", token=" + "<redacted>"
        + ", tools=" + tools()
        + Models.additionalNames(additionalProperties)
        + '}';
  }

  /**
   * A builder, for tests and fakes: the SDK itself decodes {@code McpServer}s from the API's answers.
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
    builder.projectId = projectId;
    builder.name = name;
    builder.status = status;
    builder.token = token;
    builder.tools = tools;
    builder.additionalProperties = additionalProperties;
    return builder;
  }

  /** Builds a {@link McpServer}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String projectId;
    @Nullable String name;
    @Nullable String status;
    @Nullable String token;
    @Nullable List<McpTool> tools;

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

    /** Sets {@code projectId}; required. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId == null");
      return this;
    }

    /** Sets {@code name}; null for none. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets {@code status}; required. */
    public Builder status(McpServerStatus status) {
      this.status = Models.wire(Objects.requireNonNull(status, "status == null"));
      return this;
    }

    /** Sets {@code status} as the server's text, which may be a value this SDK does not know. */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Sets {@code token}; required. */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token == null");
      return this;
    }

    /** Sets {@code tools}; null for none. */
    public Builder tools(@Nullable List<McpTool> tools) {
      this.tools = tools;
      return this;
    }

    /** Sets the fields this SDK does not model (JSON values), replacing any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the mcpServer.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public McpServer build() {
      required(id, "id");
      required(created, "created");
      required(updated, "updated");
      required(projectId, "projectId");
      required(status, "status");
      required(token, "token");
      return new McpServer(this);
    }

    private static void required(@Nullable Object value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
    }
  }
}
