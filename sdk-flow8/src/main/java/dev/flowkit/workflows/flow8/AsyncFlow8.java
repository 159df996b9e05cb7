package dev.flowkit.workflows.flow8;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.flow8.Flow8Module;

/**
 * The calls of {@link Flow8}, each returning at once with a {@link
 * java.util.concurrent.CompletableFuture}; get it with {@link #of(FlowClient.AsyncClient)}.
 */
public interface AsyncFlow8 {
  /**
   * The asynchronous flow8 calls of {@code client}: {@code AsyncFlow8.of(client.async())}.
   *
   * @throws UnsupportedOperationException unless the client speaks {@code Platform.FLOW8}
   */
  static AsyncFlow8 of(FlowClient.AsyncClient client) {
    return Flow8Module.facade(ClientWiring.of(client), "AsyncFlow8.of(client)").async();
  }

  /** As {@link Flow8#flows()}. */
  AsyncFlows flows();

  /** As {@link Flow8#flowlets()}. */
  AsyncFlowlets flowlets();

  /** As {@link Flow8#plays()}. */
  AsyncPlays plays();

  /** As {@link Flow8#groups()}. */
  AsyncGroups groups();

  /** As {@link Flow8#kv()}. */
  AsyncKv kv();

  /** As {@link Flow8#channels()}. */
  AsyncChannels channels();

  /** As {@link Flow8#schedules()}. */
  AsyncSchedules schedules();

  /** As {@link Flow8#subscribe}: the subscription runs on its own thread already. */
  PlaySubscription subscribe(PlayEventListener listener);
}
