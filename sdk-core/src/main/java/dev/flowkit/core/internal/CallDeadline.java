package dev.flowkit.core.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * The whole-call limit ({@code callTimeout}), enforced by Flowkit: from the moment the call
 * starts executing until its body has been read, retries and their waits included. When it
 * passes, the call is canceled, which ends any read at once; the failure then maps to a
 * {@link dev.flowkit.core.FlowTimeoutException}. OkHttp's own call timeout does not stop a
 * body that keeps trickling in.
 *
 * <p>Carried as a request tag and started by {@link CallStart} when the call begins (so
 * that an async call waiting in the dispatcher's queue is not charged for the wait).
 */
public final class CallDeadline {
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final Duration timeout;
  private @Nullable ScheduledFuture<?> task;
  private boolean finished;
  private volatile boolean passed;

  private CallDeadline(Duration timeout) {
    this.timeout = timeout;
  }

  /** {@code request} with a deadline of {@code timeout}, or unchanged when it is zero. */
  static Request tag(Request request, Duration timeout) {
    if (timeout.isZero()) return request;
    return request.newBuilder().tag(CallDeadline.class, new CallDeadline(timeout)).build();
  }

  /** The deadline {@code request} carries, or null. */
  static @Nullable CallDeadline of(Request request) {
    return request.tag(CallDeadline.class);
  }

  synchronized void start(Call call) {
    if (task != null || finished) return;
    task = TIMER.schedule(() -> {
      passed = true;
      call.cancel();
    }, timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The call is over (its body read or abandoned): the deadline no longer applies. */
  synchronized void finish() {
    finished = true;
    if (task != null) task.cancel(false);
  }

  /** Whether the deadline passed and canceled the call. */
  boolean passed() {
    return passed;
  }

  Duration timeout() {
    return timeout;
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "flowkit-call-deadline");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
