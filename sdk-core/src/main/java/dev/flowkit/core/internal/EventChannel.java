package dev.flowkit.core.internal;

/**
 * A resumable source of events over one transport: a Server-Sent Events response ({@link
 * ResumableEventStream}) or a WebSocket ({@link WebSocketChannel}). It connects, reconnects by its
 * own rules after a drop, and hands what it reads to its handler on the thread that drives it.
 *
 * <p>Two ways to drive it, from one thread at a time: {@link #run()} pushes until the stream is
 * over; {@link #pump()} pulls one read's worth, for a reader that asks for events one at a time.
 * Every handler callback comes from the driving thread, and none comes after the handler's
 * {@code onClosed}. {@link #cancel()} may come from any thread and wakes a driver that waits.
 *
 * <p>A new transport is one class implementing this; {@link PullEvents} and {@link PushEvents}
 * drive any of them.
 */
public interface EventChannel {
  /**
   * Connects on the calling thread (reconnecting as the channel's policy allows) without handing
   * on an event: once this returns the server has accepted the stream, or the stream is over.
   *
   * @return false once the stream is over (its handler's {@code onClosed} has been called)
   */
  boolean connect();

  /**
   * Reads on the calling thread until at least one event has reached the handler, or the stream
   * is over; nothing is read ahead beyond one read of the connection.
   *
   * @return false once the stream is over (its handler's {@code onClosed} has been called)
   */
  boolean pump();

  /** Streams on the calling thread until the stream is over: the push mode. */
  default void run() {
    while (pump()) {
      // every event reaches the handler from inside pump()
    }
  }

  /** Closes the connection at once, from any thread; the stream then ends with {@code onClosed}. */
  void cancel();

  /** Whether {@link #cancel()} was called. */
  boolean isCanceled();
}
