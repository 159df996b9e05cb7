package dev.flowkit.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Starts a client's event streams and ends them all when the client closes: a pushed stream runs
 * on its own thread from {@code executor}, a pulled one on its reader's thread. Whatever the
 * transport or the event type, each stream is an {@link EventChannel} driven by {@link PushEvents}
 * or {@link PullEvents}.
 */
public final class EventStreams {
  private final Executor executor;
  /** How to end each open stream, for {@link #cancelAll()}. */
  private final Set<Runnable> open = ConcurrentHashMap.newKeySet();

  /** Runs pushed streams on {@code executor}'s threads, one thread per stream. */
  public EventStreams(Executor executor) {
    this.executor = executor;
  }

  /** Runs {@code channel} to its end on a thread of its own, pushing to the events it feeds. */
  public <E, R> void start(PushEvents<E, R> events, EventChannel channel) {
    events.attach(channel);
    Runnable cancel = channel::cancel;
    open.add(cancel);
    executor.execute(
        () -> {
          try {
            channel.run();
          } finally {
            open.remove(cancel);
          }
        });
  }

  /**
   * Connects {@code channel} on the calling thread for a reader who pulls its events; returns once
   * the server has accepted the stream (a refusal is thrown by the first {@code hasNext()}).
   */
  public <E> void open(PullEvents<E> events, EventChannel channel) {
    Runnable close = events::close;
    events.attach(channel, () -> open.remove(close));
    open.add(close);
    events.connect();
  }

  /** Cancels every open stream; each still ends with its {@code onClosed}. */
  public void cancelAll() {
    for (Runnable close : open) close.run();
  }
}
