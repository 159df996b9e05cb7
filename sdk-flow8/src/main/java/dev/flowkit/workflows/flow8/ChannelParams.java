package dev.flowkit.workflows.flow8;

import java.util.Map;

/**
 * A channel to create ({@code {name, kind, authMode, authToken, enabled}}) or the fields of one
 * to change. The token is sent, never printed.
 */
public final class ChannelParams extends Flow8Json {
  ChannelParams(Map<String, ?> json) {
    super(json);
  }

  /** Starts the params. */
  public static Builder builder() {
    return new Builder();
  }

  @Override public String toString() {
    return "ChannelParams" + (json().containsKey("authToken") ? json().keySet() + " (authToken hidden)" : json());
  }

  /** Builds {@link ChannelParams}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** The channel's name. */
    public Builder name(String name) {
      return text("name", name);
    }

    /** {@code http}, {@code mcp} or {@code websocket}. */
    public Builder kind(String kind) {
      return text("kind", kind);
    }

    /** {@code public} or {@code header_token}. */
    public Builder authMode(String authMode) {
      return text("authMode", authMode);
    }

    /** The bearer token a {@code header_token} channel requires. */
    public Builder authToken(String authToken) {
      return text("authToken", authToken);
    }

    /** Whether it accepts requests. */
    public Builder enabled(boolean enabled) {
      return put("enabled", enabled);
    }

    /** The params. */
    public ChannelParams build() {
      return new ChannelParams(fields);
    }
  }
}
