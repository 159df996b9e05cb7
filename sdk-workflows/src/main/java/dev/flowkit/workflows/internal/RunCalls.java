package dev.flowkit.workflows.internal;

import static dev.flowkit.workflows.internal.Rest.id;

import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.models.ApproveRunParams;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.StepResult;
import java.util.List;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/** The calls of runs, shared by both facades. */
public final class RunCalls {
  private final Rest rest;

  public RunCalls(Rest rest) {
    this.rest = rest;
  }

  public ApiCall<PageEnvelope<FlowRun>> list(ListRunsParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.LIST_RUNS).query(Queries.of(params)).page(FlowRun.class);
  }

  public ApiCall<FlowRun> get(String runId) {
    return rest.call(Operation.GET_RUN).param("id", id(runId, "runId")).returning(FlowRun.class);
  }

  public ApiCall<List<StepResult>> steps(String runId) {
    return rest.call(Operation.LIST_RUN_STEPS).param("id", id(runId, "runId")).page(StepResult.class)
        .map(PageEnvelope::items);
  }

  public ApiCall<FlowRun> approve(String runId, ApproveRunParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.APPROVE_RUN).param("id", id(runId, "runId")).body(params).returning(FlowRun.class);
  }

  public ApiCall<FlowRun> cancel(String runId) {
    return rest.call(Operation.CANCEL_RUN).param("id", id(runId, "runId")).returning(FlowRun.class);
  }

  public ApiCall<List<FlowRun>> latest() {
    return rest.call(Operation.LATEST_RUNS).page(FlowRun.class).map(PageEnvelope::items);
  }

  /** The request that streams a run's events after {@code lastEventId}. */
  public Request eventsRequest(String runId, @Nullable String lastEventId) {
    Request request = rest.call(Operation.STREAM_RUN).param("id", id(runId, "runId")).request();
    Headers.Builder headers = request.headers().newBuilder().set("Accept", "text/event-stream");
    // The standard sends the id as UTF-8, whatever its characters: OkHttp's checked setter would
    // refuse a non-ASCII one.
    if (lastEventId != null) headers.addUnsafeNonAscii("Last-Event-ID", lastEventId);
    return request.newBuilder().headers(headers.build()).build();
  }

  /** The request that resumes a run's events, or null on a platform that cannot resume streams. */
  public @Nullable Request resumeRequest(String runId, @Nullable String lastEventId) {
    return rest.supports(Operation.STREAM_RUN) ? eventsRequest(runId, lastEventId) : null;
  }
}
