package dev.flowkit.workflows;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowVersion;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.TriggerFlowParams;
import dev.flowkit.workflows.models.UpdateFlowParams;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Flows, their versions and operations, and triggering runs. Reached through
 * {@link FlowClient#workflows()}; every method throws a {@link dev.flowkit.core.FlowException}
 * subtype when the call fails ({@link dev.flowkit.core.NotFoundException} for an unknown id,
 * {@link dev.flowkit.core.BadRequestException} naming a bad field, …).
 */
public interface FlowService {
  /** One page of flows, newest first; walk them all with {@code autoPager()}. */
  Page<Flow> listFlows(ListFlowsParams params);

  /** The first page of flows with the default page size. */
  default Page<Flow> listFlows() {
    return listFlows(ListFlowsParams.none());
  }

  /** The flow with this id. */
  Flow getFlow(String flowId);

  /** Creates a DISABLED flow with one DRAFT version; publish it to run it. */
  Flow createFlow(CreateFlowParams params);

  /** Replaces the flow's draft (its name and step chain). */
  Flow updateFlow(String flowId, UpdateFlowParams params);

  /** Deletes the flow; a {@link dev.flowkit.core.ConflictException} while one of its runs is active. */
  void deleteFlow(String flowId);

  /**
   * Applies an edit such as {@link FlowOperation#lockAndPublish()} or
   * {@link FlowOperation#changeStatus(FlowStatus)} and returns the updated flow.
   */
  Flow applyFlowOperation(String flowId, FlowOperation operation);

  /** One page of the flow's versions, newest first. */
  Page<FlowVersion> listVersions(String flowId, ListParams params);

  /** The first page of the flow's versions. */
  default Page<FlowVersion> listVersions(String flowId) {
    return listVersions(flowId, ListParams.none());
  }

  /** One version of a flow. */
  FlowVersion getVersion(String flowId, String versionId);

  /**
   * Starts a run and returns at once with it QUEUED or RUNNING. {@code input} is anything Moshi
   * writes as a JSON object: a {@code Map}, or your own class; null means {@code {}}.
   *
   * @throws IllegalArgumentException if {@code input} does not encode to a JSON object (a list,
   *     a string), before anything is sent
   * @throws dev.flowkit.core.ConflictException if the flow is DISABLED
   */
  default FlowRun triggerFlow(String flowId, @Nullable Object input) {
    return triggerFlow(flowId, input, TriggerFlowParams.none());
  }

  /** As {@link #triggerFlow(String, Object)}, with tags or an idempotency key. */
  FlowRun triggerFlow(String flowId, @Nullable Object input, TriggerFlowParams params);

  /**
   * Starts a run and waits up to {@code timeout} (at most 2 minutes) for it to end. Returns the
   * finished run, or the live one when the timeout passed first: check {@link FlowRun#isTerminal()}.
   */
  default FlowRun triggerFlowSync(String flowId, @Nullable Object input, Duration timeout) {
    return triggerFlowSync(flowId, input, timeout, TriggerFlowParams.none());
  }

  /** As {@link #triggerFlowSync(String, Object, Duration)}, with tags or an idempotency key. */
  FlowRun triggerFlowSync(String flowId, @Nullable Object input, Duration timeout, TriggerFlowParams params);

  /**
   * Starts a run and streams its events to {@code listener} as they happen, resuming the
   * stream if the connection drops. Returns at once.
   *
   * <pre>{@code
   * RunSubscription run = client.workflows().streamFlow(flowId, input, new RunEventListener() {
   *   @Override public void onToken(RunSubscription s, String content, String step, @Nullable String reasoning) {
   *     System.out.print(content);
   *   }
   * });
   * run.awaitCompletion(Duration.ofMinutes(1));
   * }</pre>
   */
  default RunSubscription streamFlow(String flowId, @Nullable Object input, RunEventListener listener) {
    return streamFlow(flowId, input, TriggerFlowParams.none(), listener);
  }

  /** As {@link #streamFlow(String, Object, RunEventListener)}, with tags or an idempotency key. */
  RunSubscription streamFlow(String flowId, @Nullable Object input, TriggerFlowParams params, RunEventListener listener);

  /**
   * Starts a run and returns its events as a blocking, closeable {@link RunStream}. Returns once
   * the server has accepted the request, so the run exists even if the stream is closed unread;
   * a refusal (say, 404 for an unknown flow) is thrown by the stream's first {@code hasNext()}.
   *
   * <pre>{@code
   * try (RunStream events = client.workflows().streamFlow(flowId, input)) {
   *   while (events.hasNext()) System.out.println(events.next());
   * }
   * }</pre>
   */
  default RunStream streamFlow(String flowId, @Nullable Object input) {
    return streamFlow(flowId, input, TriggerFlowParams.none());
  }

  /** As {@link #streamFlow(String, Object)}, with tags or an idempotency key. */
  RunStream streamFlow(String flowId, @Nullable Object input, TriggerFlowParams params);
}
