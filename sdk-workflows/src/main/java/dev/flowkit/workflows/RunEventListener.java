package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Receives a run's events as they happen. Every method does nothing by default: override the
 * ones you need. Each receives the {@link RunSubscription} it belongs to, so a listener can
 * {@link RunSubscription#cancel() cancel} from inside a callback (as okhttp-sse passes its
 * {@code EventSource}). Calls come one at a time, in order, from one stream thread; keep them
 * quick. {@link #onClosed(RunSubscription)} is always the last call.
 *
 * <p>A run ends with exactly one of {@link #onOutput} (it succeeded), {@link #onRunFailed} (it
 * failed, was canceled or timed out: the stream worked) or {@link #onFailure} (the stream
 * failed: the run's outcome is unknown), unless the subscription was cancelled first.
 *
 * <pre>{@code
 * client.workflows().streamFlow(flowId, Collections.singletonMap("topic", "AI"), new RunEventListener() {
 *   @Override public void onToken(RunSubscription run, String content, String step, @Nullable String reasoning) {
 *     System.out.print(content);
 *   }
 *   @Override public void onOutput(RunSubscription run, RunEvent.Output output) {
 *     System.out.println("\ndone in " + output.totalTime().toMillis() + " ms");
 *   }
 * });
 * }</pre>
 */
public interface RunEventListener {
  /** Every event, before its specific callback. */
  default void onEvent(RunSubscription subscription, RunEvent event) {}

  /** The run started; {@link RunSubscription#runId()} is known from now on. */
  default void onStart(RunSubscription subscription) {}

  /** A step started. */
  default void onStepStart(RunSubscription subscription, String step) {}

  /** A step finished after {@code timeSpent} with {@code output}. */
  default void onStepFinish(RunSubscription subscription, String step, Duration timeSpent, @Nullable Object output) {}

  /** An LLM step produced a piece of text (and maybe of its reasoning). */
  default void onToken(RunSubscription subscription, String content, String step, @Nullable String reasoning) {}

  /** The run paused at an approval step. */
  default void onPause(RunSubscription subscription, String step) {}

  /** The run resumed after approval. */
  default void onResume(RunSubscription subscription, String step) {}

  /** The run succeeded; {@code output} holds its output and total time. */
  default void onOutput(RunSubscription subscription, RunEvent.Output output) {}

  /** The run failed, was canceled or timed out; the stream itself worked. */
  default void onRunFailed(RunSubscription subscription, RunFailedException failure) {}

  /**
   * The stream failed for good, after its reconnect attempts ({@link
   * dev.flowkit.core.StreamException}, {@link dev.flowkit.core.FlowIoException}), or the server
   * refused it (an API error such as {@link dev.flowkit.core.NotFoundException} for an unknown
   * run). The run may still be going on.
   */
  default void onFailure(RunSubscription subscription, FlowException error) {}

  /** The connection dropped and the stream resumes after {@code lastEventId}. */
  default void onReconnect(RunSubscription subscription, int attempt, @Nullable String lastEventId) {}

  /** The stream is over. Nothing is called after this. */
  default void onClosed(RunSubscription subscription) {}
}
