package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An MCP server that offers flows as tools to MCP clients; {@link #toString()} hides its token. */
public final class McpServer {
  @Json(name = "id")
  private final String id;
  @Json(name = "created")
  private final Instant created;
  @Json(name = "updated")
  private final Instant updated;
  @Json(name = "projectId")
  private final String projectId;
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "status")
  private final McpServerStatus status;
  @Json(name = "token")
  private final @Nullable String token;
  @Json(name = "tools")
  private final @Nullable List<McpTool> tools;

  McpServer(
      String id,
      Instant created,
      Instant updated,
      String projectId,
      @Nullable String name,
      McpServerStatus status,
      @Nullable String token,
      @Nullable List<McpTool> tools) {
    this.id = id;
    this.created = created;
    this.updated = updated;
    this.projectId = projectId;
    this.name = name;
    this.status = status;
    this.token = token;
    this.tools = tools;
  }

  /** Its id, {@code mcp_…}. */
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

  /** The project that owns it. */
  public String projectId() {
    return projectId;
  }

  /** The server's name, or null. */
  public @Nullable String name() {
    return name;
  }

  /** Whether it answers its clients; {@code UNKNOWN} when the platform does not say. */
  @SuppressWarnings("ConstantConditions") // absent on the wire: Moshi leaves the field null
  public McpServerStatus status() {
    return status != null ? status : McpServerStatus.UNKNOWN;
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
        && Objects.equals(tools(), that.tools());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, created, updated, projectId, name, status, token, tools());
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
    return builder;
  }

  /** Builds a {@link McpServer}; the fields the API may leave out default to null. */
  public static final class Builder {
    @Nullable String id;
    @Nullable Instant created;
    @Nullable Instant updated;
    @Nullable String projectId;
    @Nullable String name;
    @Nullable McpServerStatus status;
    @Nullable String token;
    @Nullable List<McpTool> tools;

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

    /**
     * Returns the mcpServer.
     *
     * @throws IllegalStateException if a required field is missing
     */
    public McpServer build() {
      return new McpServer(
          required(id, "id"),
          required(created, "created"),
          required(updated, "updated"),
          required(projectId, "projectId"),
          name,
          required(status, "status"),
          required(token, "token"),
          tools);
    }

    private static <V> V required(@Nullable V value, String name) {
      if (value == null) throw new IllegalStateException(name + " is required");
      return value;
    }
  }
}
