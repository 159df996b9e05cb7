package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A tool an MCP server offers: calling it runs a flow. */
public final class McpTool {
  @Json(name = "name")
  private final String name;
  @Json(name = "flowId")
  private final String flowId;

  McpTool(
      String name,
      String flowId) {
    this.name = name;
    this.flowId = flowId;
  }

  /** A tool named {@code name} that runs the flow {@code flowId}. */
  public static McpTool of(String name, String flowId) {
    return new McpTool(Models.checkNotEmpty(name, "name"), Models.checkNotEmpty(flowId, "flowId"));
  }

  /** The tool's name as MCP clients see it. */
  public String name() {
    return name;
  }

  /** The flow the tool runs. */
  public String flowId() {
    return flowId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof McpTool)) return false;
    McpTool that = (McpTool) o;
    return Objects.equals(name, that.name)
        && Objects.equals(flowId, that.flowId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, flowId);
  }

  @Override
  public String toString() {
    return "McpTool{name=" + name
        + ", flowId=" + flowId
        + '}';
  }
}
