package dev.flowkit.workflows.flow8;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A channel's route: {@code {id, name, httpMethod, path}} (or {@code toolName} on an MCP channel),
 * {@code targetFlowIds, responseMode, timeoutSeconds}.
 */
public final class ChannelRoute extends Flow8Json {
  /** Wraps flow8's JSON. */
  public ChannelRoute(Map<String, ?> json) {
    super(json);
  }

  /** The route's id. */
  public String id() {
    return requiredId();
  }

  /** Its name. */
  public @Nullable String name() {
    return string("name");
  }

  /** Its HTTP method on an HTTP channel. */
  public @Nullable String httpMethod() {
    return string("httpMethod");
  }

  /** Its path on an HTTP channel. */
  public @Nullable String path() {
    return string("path");
  }

  /** Its tool name on an MCP channel. */
  public @Nullable String toolName() {
    return string("toolName");
  }

  /** The flows it triggers. */
  public List<String> targetFlowIds() {
    return strings("targetFlowIds");
  }

  /** {@code sync} (answers the flow's output) or {@code async} (answers the play id). */
  public @Nullable String responseMode() {
    return string("responseMode");
  }

  /** How long a sync route waits, in seconds. */
  public @Nullable Long timeoutSeconds() {
    return whole("timeoutSeconds");
  }
}
