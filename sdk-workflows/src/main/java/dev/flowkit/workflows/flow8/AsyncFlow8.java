package dev.flowkit.workflows.flow8;

/**
 * The calls of {@link Flow8}, each returning at once with a {@link
 * java.util.concurrent.CompletableFuture}; get it from {@code client.async().flow8()}.
 */
public interface AsyncFlow8 {
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
