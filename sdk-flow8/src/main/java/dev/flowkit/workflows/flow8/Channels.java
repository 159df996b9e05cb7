package dev.flowkit.workflows.flow8;

import dev.flowkit.core.Page;

/** Channels, inbound endpoints that trigger flows (flow8's "HTTP Channels" page): {@code /api/channels}. Every call throws a {@link dev.flowkit.core.FlowException} subtype when it fails. */
public interface Channels {
  /** {@code GET /api/channels}. */
  Page<Channel> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default Page<Channel> list() {
    return list(Flow8Query.none());
  }

  /** {@code GET /api/channels/{id}}. */
  Channel get(String channelId);

  /** {@code POST /api/channels}: a new channel and its port. */
  Channel create(ChannelParams params);

  /** {@code PUT /api/channels/{id}}. */
  Channel update(String channelId, ChannelParams params);

  /** {@code DELETE /api/channels/{id}}. */
  void delete(String channelId);

  /** {@code POST /api/channels/{id}/routes}. */
  ChannelRoute addRoute(String channelId, RouteParams params);
}
