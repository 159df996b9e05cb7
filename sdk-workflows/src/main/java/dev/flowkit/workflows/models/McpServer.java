package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An MCP server that offers flows as tools to MCP clients; {@link #toString()} hides its token. */
public final class McpServer {
  private final String id;
  private final Instant created;
  private final Instant updated;
  private final String projectId;
  private final @Nullable String name;
  private final McpServerStatus status;
  private final String token;
  private final @Nullable List<McpTool> tools;

  private McpServer(
      String id,
      Instant created,
      Instant updated,
      String projectId,
      @Nullable String name,
      McpServerStatus status,
      String token,
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

  /** Whether it answers its clients. */
  public McpServerStatus status() {
    return status;
  }

  /** The bearer token MCP clients send; a secret. Rotating it stops the old one at once. */
  public String token() {
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
}
