package dev.flowkit.workflows.flow8;

import dev.flowkit.core.Page;

/** flow8's flows (its "Flows &amp; Groups" and "Executions" pages): {@code /api/flows}. Every call throws a {@link dev.flowkit.core.FlowException} subtype when it fails. */
public interface Flows {
  /** {@code GET /api/flows}: a page of flows; filters {@code category}, {@code enabled}. */
  Page<Flow8Flow> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default Page<Flow8Flow> list() {
    return list(Flow8Query.none());
  }

  /** {@code GET /api/flows/{id}}: one flow with its flowlets. */
  Flow8Flow get(String flowId);

  /** {@code POST /api/flows}: a new flow (a name is required). */
  Flow8Flow create(FlowParams params);

  /** {@code PUT /api/flows/{id}}: changes the fields set; raises the version. */
  Flow8Flow update(String flowId, FlowParams params);

  /** {@code DELETE /api/flows/{id}}. */
  void delete(String flowId);

  /** {@code POST /api/flows/{id}/run {args, idempotencyKey, force}}: starts a play. The SDK sends its own idempotency key when none is given, so a retried run starts one play. */
  PlayStarted run(String flowId, RunParams params);

  /** {@code GET /api/flows/{id}/plays}: the flow's plays, newest first; filters {@code state}, {@code from}, {@code to}. */
  Page<Play> plays(String flowId, Flow8Query query);

  /** The first page, unfiltered: {@code plays(flowId, Flow8Query.none())}. */
  default Page<Play> plays(String flowId) {
    return plays(flowId, Flow8Query.none());
  }
}
