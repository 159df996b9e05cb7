package dev.flowkit.core.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.StreamException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What every {@link EventChannel} does the same way, whatever its transport: {@link #connect()}
 * and {@link #pump()} advance the stream one unit of work ({@link #step}) at a time on the calling
 * thread; whatever fails inside — the transport, the parser, the handler — ends the stream with a
 * typed failure and then its close, never with the thread left hanging or the failure unseen;
 * {@link #cancel()} from any thread wakes a driver waiting out a backoff.
 */
abstract class ChannelDriver implements EventChannel {
  private final CountDownLatch canceledLatch = new CountDownLatch(1);
  volatile boolean canceled;
  /** Events handed on by the current pump. */
  int delivered;
  private boolean over;

  @Override
  public final boolean connect() {
    return advance(true);
  }

  @Override
  public final boolean pump() {
    return advance(false);
  }

  @Override
  public final boolean isCanceled() {
    return canceled;
  }

  /** Closes the connection at once; the stream then ends with its close. */
  @Override
  public final void cancel() {
    canceled = true;
    canceledLatch.countDown();
    interrupt();
  }

  /** Wakes whatever the driving thread may be blocked on (a call, a socket, a hand-off). */
  abstract void interrupt();

  /** One unit of work: a connection attempt, or one read. False once the stream is over. */
  abstract boolean step(boolean untilOpen);

  /** Whether a connection is open, so that {@link #connect()} may return. */
  abstract boolean isOpen();

  /** Releases the connection once the stream is over. */
  abstract void release();

  /** The stream, for messages: {@code "The event stream from GET http://…"}. */
  abstract String describe();

  /** Tells the handler the stream failed for good. */
  abstract void onFailure(FlowException error);

  /** Tells the handler the stream is over. */
  abstract void onClosed();

  private boolean advance(boolean untilOpen) {
    if (over) return false;
    delivered = 0;
    boolean more = true;
    try {
      while (more && delivered == 0 && !(untilOpen && isOpen())) more = step(untilOpen);
    } catch (FlowException e) {
      more = false;
      fail(e);
    } catch (RuntimeException | Error e) {
      more = false;
      // A handler's bug still ends the stream with a typed error its listener sees.
      fail(new StreamException(describe() + " failed: " + e, e));
      if (e instanceof VirtualMachineError) throw e;
    } finally {
      if (!more) {
        over = true;
        release();
        onClosed();
      }
    }
    return more;
  }

  /** Reports {@code error} to the handler, unless the stream was canceled. */
  final void fail(FlowException error) {
    if (canceled) return;
    try {
      onFailure(error);
    } catch (RuntimeException ignored) {
      // The failure was reported as far as it can be; the close still follows.
    }
  }

  /** Waits {@code millis}; true if the stream was canceled (or the thread interrupted) meanwhile. */
  final boolean sleep(long millis) {
    try {
      return canceledLatch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      return true;
    }
  }
}
