package dev.flowkit.workflows.flow8;

/**
 * The calls only flow8 has, in its own shapes; get it from {@code client.flow8()} on a client
 * built with {@code .platform(Platform.FLOW8)} (on any other platform that accessor throws
 * {@link UnsupportedOperationException} before any request). Flows and plays are also in {@code
 * client.workflows()}, as on every platform. Thread-safe.
 */
public interface Flow8 {
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
