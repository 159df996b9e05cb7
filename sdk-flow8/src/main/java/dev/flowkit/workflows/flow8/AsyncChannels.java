package dev.flowkit.workflows.flow8;

import dev.flowkit.core.AsyncPage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The calls of {@link Channels}, each returning at once with a {@link CompletableFuture}. */
public interface AsyncChannels {
  /** As {@link Channels#list}. */
  CompletableFuture<AsyncPage<Channel>> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default CompletableFuture<AsyncPage<Channel>> list() {
    return list(Flow8Query.none());
  }

  /** As {@link Channels#get}. */
  CompletableFuture<Channel> get(String channelId);

  /** As {@link Channels#create}. */
  CompletableFuture<Channel> create(ChannelParams params);

  /** As {@link Channels#update}. */
  CompletableFuture<Channel> update(String channelId, ChannelParams params);

  /** As {@link Channels#delete}. */
  CompletableFuture<@Nullable Void> delete(String channelId);

  /** As {@link Channels#addRoute}. */
  CompletableFuture<ChannelRoute> addRoute(String channelId, RouteParams params);
}
