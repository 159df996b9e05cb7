package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.TriggerFlowParams;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * How a platform whose run events come over a WebSocket (flow8) streams and waits for runs; the
 * shared facades hand these calls to it instead of opening Server-Sent Events.
 */
public interface SocketRuns {
  /** A run's events to {@code listener}. */
  RunSubscription streamRun(String runId, RunEventListener listener);

  /** A run's events to pull. */
  RunStream streamRun(String runId);

  /** Triggers the flow, then streams the new run's events to {@code listener}. */
  RunSubscription streamFlow(String flowId, @Nullable Object input, TriggerFlowParams params, RunEventListener listener);

  /** Triggers the flow, then returns the new run's events to pull. */
  RunStream streamFlow(String flowId, @Nullable Object input, TriggerFlowParams params);

  /** Waits on the run's events (polling if the socket fails) until it ends or {@code timeout} passes. */
  FlowRun waitForRun(String runId, Duration timeout);

  /** As {@link #waitForRun}, on a stream thread. */
  CompletableFuture<FlowRun> waitForRunAsync(String runId, Duration timeout);
}
