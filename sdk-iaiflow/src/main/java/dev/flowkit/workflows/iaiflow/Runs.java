package dev.flowkit.workflows.iaiflow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * IAI Flow's runs with every field ({@code IaiFlow.of(client).runs()}).
 */
public interface Runs {
  /** {@code POST /api/runs {workflow_id, input}}: creates a run of an active flow through the API ({@code triggered_by: api}); input is any value Moshi writes as JSON, or null. */
  ExecutionRun create(String workflowId, @Nullable Object input);
  /** {@code GET /api/runs/{id}}: the run. */
  ExecutionRun get(String id);
  /** {@code GET /api/runs}: the newest runs (the platform's default limit, 50). */
  List<ExecutionRun> list();
  /** {@code GET /api/runs?limit=&status=}: at most {@code limit} (1..500) newest runs, of {@code status} when not null. */
  List<ExecutionRun> list(int limit, @Nullable ExecutionStatus status);
  /** {@code GET /api/dashboard/runs/latest}: the 8 newest runs. */
  List<ExecutionRun> latest();
  /** {@code GET /api/runs/{id}/steps}: what each node of the run did, skipped nodes included. */
  List<StepLog> steps(String runId);
}
