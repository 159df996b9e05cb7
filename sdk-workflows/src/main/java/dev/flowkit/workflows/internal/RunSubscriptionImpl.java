package dev.flowkit.workflows.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.internal.EventSink;
import dev.flowkit.core.internal.PushEvents;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RunSubscription}: {@link PushEvents} of {@link RunEvent}s, whatever the transport,
 * calling a {@link RunEventListener}'s methods for each and completing with the run's output.
 */
public final class RunSubscriptionImpl implements RunSubscription {
  /** A run completes with its output, or fails with its failure event. */
  private static final PushEvents.Outcome<RunEvent, RunEvent.Output> OUTCOME =
      new PushEvents.Outcome<RunEvent, RunEvent.Output>() {
        @Override
        public RunEvent.@Nullable Output result(RunEvent event) {
          return event instanceof RunEvent.Output ? (RunEvent.Output) event : null;
        }

        @Override
        public @Nullable Throwable failure(RunEvent event) {
          return event instanceof RunEvent.Failure ? new RunFailedException((RunEvent.Failure) event) : null;
        }
      };

  private final PushEvents<RunEvent, RunEvent.Output> events;
  private volatile Supplier<@Nullable String> runId = () -> null;

  RunSubscriptionImpl(RunEventListener listener) {
    this.events = new PushEvents<>(new ListenerSink(listener, this), OUTCOME);
  }

  /** The sink the run's channel feeds. */
  PushEvents<RunEvent, RunEvent.Output> events() {
    return events;
  }

  void runId(Supplier<@Nullable String> runId) {
    this.runId = runId;
  }

  @Override
  public @Nullable String runId() {
    return runId.get();
  }

  @Override
  public void cancel() {
    events.cancel();
  }

  @Override
  public boolean isCanceled() {
    return events.isCanceled();
  }

  @Override
  public void close() {
    cancel();
  }

  @Override
  public boolean awaitCompletion(Duration timeout) throws InterruptedException {
    return events.awaitCompletion(timeout);
  }

  @Override
  public CompletableFuture<RunEvent.Output> completion() {
    return events.completion();
  }

  /** Calls the listener's methods for each event, in order. */
  static final class ListenerSink implements EventSink<RunEvent> {
    private final RunEventListener listener;
    private final RunSubscription subscription;

    ListenerSink(RunEventListener listener, RunSubscription subscription) {
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
      listener.onFailure(subscription, error);
    }

    @Override
    public void closed() {
      listener.onClosed(subscription);
    }
  }
}
