package dev.flowkit.workflows.flow8;

import dev.flowkit.core.Page;

/** A flow's flowlets (steps): {@code /api/flows/{id}/layers}. Every call throws a {@link dev.flowkit.core.FlowException} subtype when it fails. */
public interface Flowlets {
  /** {@code GET /api/flows/{id}/layers}: the flowlets, in execution order. */
  Page<Flowlet> list(String flowId, Flow8Query query);

  /** The first page, unfiltered: {@code list(flowId, Flow8Query.none())}. */
  default Page<Flowlet> list(String flowId) {
    return list(flowId, Flow8Query.none());
  }

  /** {@code POST /api/flows/{id}/layers}: a new flowlet ({@code ref} and {@code appId} required). */
  Flowlet add(String flowId, FlowletParams params);

  /** {@code PUT /api/flows/{id}/layers/{layerId}}: changes the fields set. */
  Flowlet update(String flowId, String layerId, FlowletParams params);

  /** {@code DELETE /api/flows/{id}/layers/{layerId}}. */
  void delete(String flowId, String layerId);
}
