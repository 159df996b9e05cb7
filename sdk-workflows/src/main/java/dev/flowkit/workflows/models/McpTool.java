package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A tool an MCP server offers: calling it runs a flow. */
public final class McpTool {
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "flowId")
  private final @Nullable String flowId;
  private final transient Map<String, Object> additionalProperties;

  /** For the JSON reader, which sets the fields the answer has. */
  private McpTool() {
    this(null, null);
  }

  private McpTool(@Nullable String name, @Nullable String flowId) {
    this.name = name;
    this.flowId = flowId;
    this.additionalProperties = Collections.emptyMap();
  }

  /** A tool named {@code name} that runs the flow {@code flowId}. */
  public static McpTool of(String name, String flowId) {
    return new McpTool(Models.checkNotEmpty(name, "name"), Models.checkNotEmpty(flowId, "flowId"));
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "McpTool", name == null ? null : "\"" + name + "\"", field);
  }

  /**
   * The tool's name as MCP clients see it.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String name() {
    return required(name, "name");
  }

  /**
   * The flow the tool runs.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String flowId() {
    return required(flowId, "flowId");
  }

  /**
   * The fields of the server's tool this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks every value the API promises.
   *
   * @return this tool
   * @throws InvalidResponseException naming the first value the server left out
   */
  public McpTool validate() {
    name();
    flowId();
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof McpTool)) return false;
    McpTool that = (McpTool) o;
    return Objects.equals(name, that.name)
        && Objects.equals(flowId, that.flowId)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, flowId, additionalProperties);
  }

  @Override
  public String toString() {
    return "McpTool{name=" + name
        + ", flowId=" + flowId
        + Models.additionalNames(additionalProperties)
        + '}';
  }
}
