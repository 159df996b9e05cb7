package dev.flowkit.workflows.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Opens run event streams: a listener's on its own thread from the client's stream executor, a
 * {@link RunStream} on its reader's thread.
 */
public final class RunStreams {
  private final Transport transport;
  private final RunCalls runs;
  private final ReconnectPolicy policy;
  private final ExecutorService executor;
  /** How to close each open stream, for {@link #cancelAll()}. */
  private final Set<Runnable> open = ConcurrentHashMap.newKeySet();

  public RunStreams(Transport transport, RunCalls runs, ReconnectPolicy policy, ExecutorService executor) {
    this.transport = transport;
    this.runs = runs;
    this.policy = policy;
    this.executor = executor;
  }

  /** Streams {@code initial}'s events to {@code listener}. */
  RunSubscription subscribe(Request initial, @Nullable String runId, RunEventListener listener) {
    RunSubscriptionImpl subscription = new RunSubscriptionImpl();
    RunEventHandler handler = new RunEventHandler(runs, new ListenerSink(listener, subscription), runId);
    ResumableEventStream stream = newStream(initial, handler);
    subscription.attach(stream, handler);
    start(stream);
    return subscription;
  }

  /**
   * Sends {@code initial} and returns its events as a {@link RunStream}, once the server has
   * accepted it; a refusal is thrown by the stream's first {@code hasNext()}.
   */
  RunStream open(Request initial, @Nullable String runId) {
    RunStreamImpl events = new RunStreamImpl();
    RunEventHandler handler = new RunEventHandler(runs, new QueueSink(events), runId);
    Runnable close = events::close;
    events.attach(newStream(initial, handler), handler, () -> open.remove(close));
    open.add(close);
    events.connect();
    return events;
  }

  /** Cancels every open stream; each still ends with {@code onClosed}. */
  public void cancelAll() {
    for (Runnable close : open) close.run();
  }

  private void start(ResumableEventStream stream) {
    Runnable cancel = stream::cancel;
    open.add(cancel);
    executor.execute(
        () -> {
          try {
            stream.run();
          } finally {
            open.remove(cancel);
          }
        });
  }

  private ResumableEventStream newStream(Request initial, RunEventHandler handler) {
    return new ResumableEventStream(transport.streamClient(), transport.errors(), policy, initial, handler);
  }

  /** Calls the listener's methods for each event, in order. */
  static final class ListenerSink implements RunEventHandler.Sink {
    private final RunEventListener listener;
    private final RunSubscriptionImpl subscription;

    ListenerSink(RunEventListener listener, RunSubscriptionImpl subscription) {
      this.listener = listener;
      this.subscription = subscription;
    }

    @Override
    public void event(RunEvent event) {
      listener.onEvent(subscription, event);
      if (event instanceof RunEvent.Message) {
        message((RunEvent.Message) event);
      } else if (event instanceof RunEvent.Token) {
        RunEvent.Token token = (RunEvent.Token) event;
        listener.onToken(subscription, token.content(), token.step(), token.reasoning());
      } else if (event instanceof RunEvent.Output) {
        listener.onOutput(subscription, (RunEvent.Output) event);
      } else if (event instanceof RunEvent.Failure) {
        listener.onRunFailed(subscription, new RunFailedException((RunEvent.Failure) event));
      }
      subscription.onEvent(event);
    }

    private void message(RunEvent.Message message) {
      switch (message.type()) {
        case START:
          listener.onStart(subscription);
          break;
        case START_STEP:
          listener.onStepStart(subscription, message.step());
          break;
        case FINISH_STEP:
          Duration spent = message.timeSpent();
          listener.onStepFinish(
              subscription, message.step(), spent == null ? Duration.ZERO : spent, message.data().get("output"));
          break;
        case PAUSE:
          listener.onPause(subscription, message.step());
          break;
        case RESUME:
          listener.onResume(subscription, message.step());
          break;
        default:
          break;
      }
    }

    @Override
    public void reconnect(int attempt, @Nullable String lastEventId) {
      listener.onReconnect(subscription, attempt, lastEventId);
    }

    @Override
    public void failure(FlowException error) {
      subscription.onFailure(error);
      listener.onFailure(subscription, error);
    }

    @Override
    public void closed() {
      try {
        listener.onClosed(subscription);
      } finally {
        subscription.onClosed();
      }
    }
  }

  /** Puts each event a {@link RunStream}'s pump reads into its pending events. */
  static final class QueueSink implements RunEventHandler.Sink {
    private final RunStreamImpl events;

    QueueSink(RunStreamImpl events) {
      this.events = events;
    }

    @Override
    public void event(RunEvent event) {
      events.offer(event);
    }

    @Override
    public void reconnect(int attempt, @Nullable String lastEventId) {}

    @Override
    public void failure(FlowException error) {
      events.offer(error);
    }

    @Override
    public void closed() {
      events.end();
    }
  }
}
