package dev.flowkit.workflows.flow8;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An inbound endpoint that triggers flows (flow8's "HTTP Channels" page): {@code {id, name, kind,
 * authMode, enabled, port, routes}}. Its auth token is never read back.
 */
public final class Channel extends Flow8Json {
  /** Wraps flow8's JSON. */
  public Channel(Map<String, ?> json) {
    super(json);
  }

  /** The channel's id. */
  public String id() {
    return requiredId();
  }

  /** Its name. */
  public @Nullable String name() {
    return string("name");
  }

  /** {@code http}, {@code mcp} or {@code websocket}. */
  public @Nullable String kind() {
    return string("kind");
  }

  /** {@code public} or {@code header_token}. */
  public @Nullable String authMode() {
    return string("authMode");
  }

  /** Whether it accepts requests. */
  public boolean enabled() {
    return Boolean.TRUE.equals(bool("enabled"));
  }

  /** The port it was given. */
  public @Nullable Long port() {
    return whole("port");
  }

  /** Its routes. */
  public List<ChannelRoute> routes() {
    return list("routes", ChannelRoute::new);
  }
}
