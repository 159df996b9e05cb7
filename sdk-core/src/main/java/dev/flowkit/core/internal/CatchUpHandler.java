package dev.flowkit.core.internal;

import dev.flowkit.core.FlowException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Response;

/**
 * Exactly-once delivery for a WebSocket stream whose messages carry no event ids. A reconnect
 * cannot ask the server to replay from an id, so this is the rule: <b>a reconnect never duplicates
 * or loses an event</b>, because
 *
 * <ol>
 *   <li>the {@link Feed} gives every event an identity (equal identities: the same event);
 *   <li>after each connection opens, before any of its messages is handed on, the feed fetches
 *       (over REST) what happened while the stream was not connected: after a reconnect, and
 *       after the first connection what happened before it (a run triggered before its stream
 *       opened). Live messages that arrive meanwhile wait in the channel;
 *   <li>fetched events go first, oldest first, then the live ones; an event whose identity was
 *       delivered before is skipped, whichever way it came.
 * </ol>
 *
 * Since the fetch starts once the new connection is open, whatever happened while disconnected is
 * in it, and whatever happens afterwards arrives live (or in both, and is delivered once). The
 * order holds as long as the fetch lists events in the order they happened.
 *
 * <p>Identities are remembered for the last {@link #DEFAULT_REMEMBERED} events (or as many as
 * given): a fetch that returns an event older than that would deliver it again. A fetch that
 * fails (a {@link FlowException} after the REST call's own retries) fails the stream.
 *
 * <p>A new event type on a WebSocket is one {@link Feed}: it decodes messages, names identities,
 * says which event is the last, and fetches what was missed.
 */
public final class CatchUpHandler<E> implements WebSocketChannel.Handler {
  /** How many identities are remembered by default. */
  public static final int DEFAULT_REMEMBERED = 16_384;

  /** A stream's events on a WebSocket without event ids. Calls come from the driving thread. */
  public interface Feed<E> {
    /** The events one text message holds for this stream, in order; none for a message meant for another. */
    List<E> decode(String text);

    /** The event's identity: two events with equal identities are one event, delivered once. */
    Object identity(E event);

    /** Whether {@code event} is the stream's last. */
    boolean isFinal(E event);

    /**
     * What happened while the stream was not connected, oldest first, fetched over REST after a
     * connection opened: {@code reconnected} is false after the first connection (what happened
     * before it), true after a reconnect (what happened during the drop). May return events
     * already delivered.
     */
    List<E> missed(boolean reconnected);
  }

  private final Feed<E> feed;
  private final EventSink<E> sink;
  private final Map<Object, Boolean> delivered;
  private boolean first = true;
  private volatile boolean finished;

  /** Delivers {@code feed}'s events to {@code sink}, each identity once. */
  public CatchUpHandler(Feed<E> feed, EventSink<E> sink) {
    this(feed, sink, DEFAULT_REMEMBERED);
  }

  /** As {@link #CatchUpHandler(Feed, EventSink)}, remembering the last {@code remembered} identities. */
  public CatchUpHandler(Feed<E> feed, EventSink<E> sink, int remembered) {
    if (remembered < 1) throw new IllegalArgumentException("remembered < 1: " + remembered);
    this.feed = Objects.requireNonNull(feed, "feed == null");
    this.sink = Objects.requireNonNull(sink, "sink == null");
    this.delivered =
        new LinkedHashMap<Object, Boolean>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Object, Boolean> eldest) {
            return size() > remembered;
          }
        };
  }

  @Override
  public void onOpen(Response response) {
    if (!first) return; // a resumed connection catches up in onResumed()
    first = false;
    offerAll(feed.missed(false));
  }

  @Override
  public void onResumed() {
    offerAll(feed.missed(true));
  }

  @Override
  public void onMessage(String text) {
    offerAll(feed.decode(text));
  }

  /** Hands {@code events} on in order, each identity once, none after the last event. */
  void offerAll(List<E> events) {
    for (E event : events) {
      if (finished) return;
      if (delivered.put(Objects.requireNonNull(feed.identity(event), "identity == null"), Boolean.TRUE) != null) {
        continue; // delivered before: live and fetched, or fetched twice
      }
      if (feed.isFinal(event)) finished = true;
      sink.event(event);
    }
  }

  @Override
  public void onReconnecting(int attempt, Throwable cause) {
    sink.reconnect(attempt, null);
  }

  @Override
  public boolean isFinished() {
    return finished;
  }

  @Override
  public void onFailure(FlowException error) {
    sink.failure(error);
  }

  @Override
  public void onClosed() {
    sink.closed();
  }
}
