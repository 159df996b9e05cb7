package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/mcp-servers}: a server offering flows as MCP tools. */
public final class CreateMcpServerParams {
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "tools")
  private final List<McpTool> tools;

  CreateMcpServerParams(Builder builder) {
    this.name = builder.name;
    this.projectId = builder.projectId;
    this.tools = Models.copyOf(builder.tools, "tools");
  }

  /** Returns a builder; every field is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** The server's name, or null. */
  public @Nullable String name() {
    return name;
  }

  /** The owning project, or null for the workspace's project. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** The tools the server offers; read-only. */
  public List<McpTool> tools() {
    return Models.view(tools);
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.projectId = projectId;
    builder.tools.addAll(tools());
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof CreateMcpServerParams)) return false;
    CreateMcpServerParams that = (CreateMcpServerParams) o;
    return Objects.equals(name, that.name)
        && Objects.equals(projectId, that.projectId)
        && tools().equals(that.tools());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, projectId, tools());
  }

  @Override
  public String toString() {
    return "CreateMcpServerParams{name=" + name + ", projectId=" + projectId
        + ", tools=" + tools() + '}';
  }

  /** Builds {@link CreateMcpServerParams}. */
  public static final class Builder {
    @Nullable String name;
    @Nullable String projectId;
    private final List<McpTool> tools = new ArrayList<>();

    Builder() {}

    /** Sets the server's name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** Sets the owning project; defaults to the workspace's project. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId == null");
      return this;
    }

    /** Replaces the tools with {@code tools}. */
    public Builder tools(List<McpTool> tools) {
      Objects.requireNonNull(tools, "tools == null");
      List<McpTool> copy = Models.copyOf(tools, "tools");
      this.tools.clear();
      this.tools.addAll(copy);
      return this;
    }

    /** Adds one tool. */
    public Builder addTool(McpTool tool) {
      tools.add(Objects.requireNonNull(tool, "tool == null"));
      return this;
    }

    /** Adds a tool named {@code name} that runs the flow {@code flowId}. */
    public Builder addTool(String name, String flowId) {
      return addTool(McpTool.of(name, flowId));
    }

    /** Returns the params. */
    public CreateMcpServerParams build() {
      return new CreateMcpServerParams(this);
    }
  }
}
