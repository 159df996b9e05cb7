package dev.flowkit.workflows.internal;

import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.internal.CatchUpHandler;
import dev.flowkit.core.internal.EventChannel;
import dev.flowkit.core.internal.EventSink;
import dev.flowkit.core.internal.EventStreams;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.core.internal.WebSocketChannel;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.models.RunEvent;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Opens a run's event stream on any transport: a listener's on its own thread from the client's
 * stream executor, a {@link RunStream} on its reader's thread. Where the events come from is a
 * {@link RunSource}: {@link #sse} (a run's Server-Sent Events) or {@link #webSocket} (a
 * WebSocket feed without event ids, through a {@link CatchUpHandler.Feed}).
 */
public final class RunStreams {
  /** Builds the channel that feeds a run's events to the sink it is given. */
  public interface RunSource {
    RunChannel open(EventSink<RunEvent> sink);
  }

  /** A run's channel, and the run's id once the stream has said it. */
  public static final class RunChannel {
    final EventChannel channel;
    final Supplier<@Nullable String> runId;

    RunChannel(EventChannel channel, Supplier<@Nullable String> runId) {
      this.channel = channel;
      this.runId = runId;
    }
  }

  private final Transport transport;
  private final RunCalls runs;
  private final ReconnectPolicy policy;
  private final EventStreams streams;
  private volatile @Nullable SocketRuns sockets;

  public RunStreams(Transport transport, RunCalls runs, ReconnectPolicy policy, ExecutorService executor) {
    this.transport = transport;
    this.runs = runs;
    this.policy = policy;
    this.streams = new EventStreams(executor);
  }

  /** Streams {@code initial}'s Server-Sent Events to {@code listener}. */
  RunSubscription subscribe(Request initial, @Nullable String runId, RunEventListener listener) {
    return subscribe(sse(initial, runId), listener);
  }

  /**
   * Sends {@code initial} and returns its events as a {@link RunStream}, once the server has
   * accepted it; a refusal is thrown by the stream's first {@code hasNext()}.
   */
  RunStream open(Request initial, @Nullable String runId) {
    return open(sse(initial, runId));
  }

  /** Streams {@code source}'s events to {@code listener}, on a stream thread. */
  public RunSubscription subscribe(RunSource source, RunEventListener listener) {
    RunSubscriptionImpl subscription = new RunSubscriptionImpl(listener);
    RunChannel channel = source.open(subscription.events());
    subscription.runId(channel.runId);
    streams.start(subscription.events(), channel.channel);
    return subscription;
  }

  /** Connects to {@code source} and returns its events for the caller to pull. */
  public RunStream open(RunSource source) {
    RunStreamImpl stream = new RunStreamImpl();
    RunChannel channel = source.open(stream.events());
    stream.runId(channel.runId);
    streams.open(stream.events(), channel.channel);
    return stream;
  }

  /**
   * A run's Server-Sent Events from {@code initial} (a trigger that streams, or the run's events),
   * resumed at the run's events with {@code Last-Event-ID}.
   */
  RunSource sse(Request initial, @Nullable String runId) {
    return sink -> {
      RunEventHandler handler = new RunEventHandler(runs, sink, runId);
      EventChannel stream =
          new ResumableEventStream(transport.streamClient(), transport.errors(), policy, initial, handler);
      return new RunChannel(stream, handler::runId);
    };
  }

  /**
   * A run's events from the WebSocket {@code request} opens, decoded, identified and caught up
   * after each reconnect by {@code feed}: each event is delivered once (see {@link
   * CatchUpHandler}).
   */
  public RunSource webSocket(Request request, String runId, CatchUpHandler.Feed<RunEvent> feed) {
    Objects.requireNonNull(runId, "runId == null");
    return sink -> {
      CatchUpHandler<RunEvent> handler = new CatchUpHandler<>(feed, sink);
      EventChannel socket =
          new WebSocketChannel(transport.webSocketClient(), transport.errors(), policy, request, handler);
      return new RunChannel(socket, () -> runId);
    };
  }

  /** Makes the facades stream and wait for runs through {@code sockets} (a WebSocket platform). */
  public void useSockets(SocketRuns sockets) {
    this.sockets = sockets;
  }

  /** The platform's WebSocket runs, or null when runs stream as Server-Sent Events. */
  public @Nullable SocketRuns sockets() {
    return sockets;
  }

  /** Runs {@code channel} on a stream thread, pushing to {@code events} (streams that are not a run's). */
  public <E, R> void start(dev.flowkit.core.internal.PushEvents<E, R> events, EventChannel channel) {
    streams.start(events, channel);
  }

  /** A WebSocket channel from {@code request} under the client's reconnect policy. */
  public EventChannel socket(Request request, WebSocketChannel.Handler handler) {
    return new WebSocketChannel(transport.webSocketClient(), transport.errors(), policy, request, handler);
  }

  /** Cancels every open stream; each still ends with {@code onClosed}. */
  public void cancelAll() {
    streams.cancelAll();
  }
}
