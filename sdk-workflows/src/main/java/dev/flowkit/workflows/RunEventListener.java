package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Receives a run's events as they happen. Every method does nothing by default: override the
 * ones you need. Calls come one at a time, in order, from one stream thread; keep them quick.
 * {@link #onClosed()} is always the last call.
 *
 * <pre>{@code
 * client.workflows().streamFlow(flowId, Map.of("topic", "AI"), new RunEventListener() {
 *   @Override public void onToken(String content, String node, @Nullable String reasoning) {
 *     System.out.print(content);
 *   }
 *   @Override public void onOutput(@Nullable Object output, Duration totalTime) {
 *     System.out.println("\ndone in " + totalTime.toMillis() + " ms");
 *   }
 * });
 * }</pre>
 */
public interface RunEventListener {
  /** Every event, before its specific callback. */
  default void onEvent(RunEvent event) {}

  /** The run started. */
  default void onStart(String runId) {}

  /** A step started. */
  default void onNodeStart(String node) {}

  /** A step finished after {@code timeSpent} with {@code output}. */
  default void onNodeFinish(String node, Duration timeSpent, @Nullable Object output) {}

  /** An LLM step produced a piece of text (and maybe of its reasoning). */
  default void onToken(String content, String node, @Nullable String reasoning) {}

  /** The run paused at an approval step. */
  default void onPause(String node) {}

  /** The run resumed after approval. */
  default void onResume(String node) {}

  /** The run succeeded with {@code output} after {@code totalTime}. */
  default void onOutput(@Nullable Object output, Duration totalTime) {}

  /**
   * The run failed ({@link RunFailedException}) or the stream did ({@link
   * dev.flowkit.core.StreamException}, or an API error such as {@link
   * dev.flowkit.core.NotFoundException} for an unknown run).
   */
  default void onError(FlowException error) {}

  /** The connection dropped and the stream resumes after {@code lastEventId}. */
  default void onReconnect(int attempt, @Nullable String lastEventId) {}

  /** The stream is over. Nothing is called after this. */
  default void onClosed() {}
}
