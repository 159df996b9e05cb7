package dev.flowkit.workflows.flow8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A channel route to add: {@code {name, httpMethod, path}} on an HTTP channel or {@code toolName}
 * on an MCP one, {@code targetFlowIds, responseMode, timeoutSeconds}.
 */
public final class RouteParams extends Flow8Json {
  RouteParams(Map<String, ?> json) {
    super(json);
  }

  /** Starts the params. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RouteParams}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** The route's name. */
    public Builder name(String name) {
      return text("name", name);
    }

    /** The HTTP method (an HTTP channel). */
    public Builder httpMethod(String method) {
      return text("httpMethod", method);
    }

    /** The path, starting with {@code /} (an HTTP channel). */
    public Builder path(String path) {
      return text("path", path);
    }

    /** The tool's name (an MCP channel). */
    public Builder toolName(String toolName) {
      return text("toolName", toolName);
    }

    /** The flows it triggers. */
    public Builder targetFlowIds(List<String> flowIds) {
      if (flowIds == null || flowIds.isEmpty()) throw new IllegalArgumentException("targetFlowIds is empty");
      return put("targetFlowIds", new ArrayList<>(flowIds));
    }

    /** {@code sync} or {@code async}. */
    public Builder responseMode(String mode) {
      return text("responseMode", mode);
    }

    /** How long a sync route waits, in seconds (at least 1). */
    public Builder timeoutSeconds(int seconds) {
      return atLeast("timeoutSeconds", seconds, 1);
    }

    /** The params. @throws IllegalStateException without a name or target flows */
    public RouteParams build() {
      return new RouteParams(require("RouteParams", "name", "targetFlowIds"));
    }
  }
}
