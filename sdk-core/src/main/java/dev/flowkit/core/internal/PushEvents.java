package dev.flowkit.core.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.StreamException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A stream's events pushed to a listener: the life around the listener's callbacks. The channel
 * runs on one thread ({@link EventStreams#start}), so the listener's callbacks come one at a time,
 * in order, from that thread, and its {@code closed()} comes last. {@link #completion()} completes
 * with the result an event carries (a run's output), exceptionally with the failure an event or
 * the stream carries, or is cancelled when {@link #cancel()} came first; it is settled before
 * {@link #awaitCompletion} returns true.
 *
 * <p>This is the {@link EventSink} the channel's handler feeds; it passes each call on to the
 * listener's sink and settles the completion after it.
 */
public final class PushEvents<E, R> implements EventSink<E> {
  /** What an event means for the stream's completion. */
  public interface Outcome<E, R> {
    /** The stream's result if {@code event} carries it, else null. */
    @Nullable R result(E event);

    /** The failure {@code event} reports (a run that failed), else null. */
    @Nullable Throwable failure(E event);
  }

  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private final CompletableFuture<R> completion = new CompletableFuture<>();
  private final EventSink<E> listener;
  private final Outcome<E, R> outcome;
  private volatile @Nullable EventChannel channel;

  /** Passes each event on to {@code listener}, then settles the completion as {@code outcome} says. */
  public PushEvents(EventSink<E> listener, Outcome<E, R> outcome) {
    this.listener = listener;
    this.outcome = outcome;
  }

  /** The channel this listens to; {@link #cancel()} cancels it. */
  public void attach(EventChannel channel) {
    this.channel = channel;
  }

  /** Stops the stream and closes its connection; {@code closed()} follows, then nothing. */
  public void cancel() {
    EventChannel c = channel;
    if (c != null) c.cancel();
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCanceled() {
    EventChannel c = channel;
    return c != null && c.isCanceled();
  }

  /**
   * Waits until the stream is over; false if {@code timeout} passed first.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean awaitCompletion(Duration timeout) throws InterruptedException {
    return closedLatch.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The stream's result, its failure, or cancelled. */
  public CompletableFuture<R> completion() {
    return completion;
  }

  @Override
  public void event(E event) {
    listener.event(event);
    R result = outcome.result(event);
    if (result != null) completion.complete(result);
    Throwable failure = outcome.failure(event);
    if (failure != null) completion.completeExceptionally(failure);
  }

  @Override
  public void reconnect(int attempt, @Nullable String lastEventId) {
    listener.reconnect(attempt, lastEventId);
  }

  @Override
  public void failure(FlowException error) {
    completion.completeExceptionally(error);
    listener.failure(error);
  }

  @Override
  public void closed() {
    try {
      listener.closed();
    } finally {
      if (!completion.isDone()) {
        if (isCanceled()) {
          completion.cancel(false);
        } else {
          completion.completeExceptionally(new StreamException("The stream ended without a result", null));
        }
      }
      closedLatch.countDown();
    }
  }
}
