package dev.flowkit.workflows.iaiflow;

import java.util.List;

/**
 * IAI Flow's flows with their definitions ({@code IaiFlow.of(client).flows()}). Delete and run them with
 * {@code client.workflows().deleteFlow(id)} and {@code triggerFlow(id, input)}.
 */
public interface Flows {
  /** {@code GET /api/flows}: every flow of the workspace. */
  List<Workflow> list();
  /** {@code GET /api/workflows/{id}}: the flow and its definition. */
  Workflow get(String id);
  /** {@code POST /api/flows}: a new flow, a draft, with its definition written as {@code definition_json}. */
  Workflow create(CreateWorkflowParams params);
  /** {@code PUT /api/workflows/{id}}: renames it, replaces its definition, changes its status. */
  Workflow update(String id, UpdateWorkflowParams params);
}
