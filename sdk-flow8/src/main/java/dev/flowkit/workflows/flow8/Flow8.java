package dev.flowkit.workflows.flow8;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.flow8.Flow8Module;

/**
 * The calls only flow8 has, in its own shapes; get it with {@link #of(FlowClient)} from a client
 * built with {@code .platform(Platform.FLOW8)} (on any other platform it throws {@link
 * UnsupportedOperationException} before any request). Flows and plays are also in {@code
 * client.workflows()}, as on every platform. Thread-safe.
 */
public interface Flow8 {
  /**
   * The flow8 calls of {@code client}, made on its first use and then the same object.
   *
   * <pre>{@code
   * Flow8 flow8 = Flow8.of(client);
   * Page<KvEntry> entries = flow8.kv().list();
   * }</pre>
   *
   * @throws UnsupportedOperationException unless {@code client} speaks {@code Platform.FLOW8}
   */
  static Flow8 of(FlowClient client) {
    return Flow8Module.facade(ClientWiring.of(client), "Flow8.of(client)");
  }

  /** Flows, their runs and their plays. */
  Flows flows();

  /** A flow's flowlets (steps). */
  Flowlets flowlets();

  /** Plays, their layers, approvals and cancelling. */
  Plays plays();

  /** Groups of flows. */
  Groups groups();

  /** The KV store. */
  Kv kv();

  /** Inbound channels and their routes. */
  Channels channels();

  /** Schedules that start plays. */
  Schedules schedules();

  /**
   * Listens to every play of the workspace over flow8's WebSocket ({@code WS /api/ws?token=…}):
   * each event once, in order; a dropped connection is opened again under the client's reconnect
   * policy and what happened meanwhile is fetched over REST. One play's events as run events:
   * {@code client.workflows().streamRun(playId)}.
   */
  PlaySubscription subscribe(PlayEventListener listener);
}
