package dev.flowkit.workflows.iaiflow;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.iaiflow.IaiFlowModule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The calls only IAI Flow has, in its own shapes, as its API reference lists them; get it with
 * {@link #of(FlowClient)} from a client built with {@code .platform(Platform.IAI_FLOW)} (on any
 * other platform it throws {@link UnsupportedOperationException} before any request). The
 * shared calls ({@code client.workflows()}) work on IAI Flow too; these give its flows with their
 * {@link WorkflowDefinition}, its runs and step logs with every field, its logs, node catalog,
 * agents, templates and metrics. Thread-safe; every call throws a {@link
 * dev.flowkit.core.FlowException} subtype when it fails.
 */
public interface IaiFlow {
  /**
   * The IAI Flow calls of {@code client}, made on its first use and then the same object.
   *
   * <pre>{@code
   * IaiFlow iai = IaiFlow.of(client);
   * List<StepLog> steps = iai.runs().steps(runId);
   * }</pre>
   *
   * @throws UnsupportedOperationException unless {@code client} speaks {@code Platform.IAI_FLOW}
   */
  static IaiFlow of(FlowClient client) {
    return IaiFlowModule.facade(ClientWiring.of(client), "IaiFlow.of(client)");
  }

  /** {@code GET /api/health}: whether the platform answers. Needs no sign-in. */
  Health health();
  /** Flows with their definitions: list, get, create, update. */
  Flows flows();
  /** Runs with every field, their step logs, and {@code POST /api/runs}. */
  Runs runs();
  /** Log entries: by run, written, all of a run. */
  Logs logs();
  /** Agents: the catalog, running a task, their logs and memory. */
  Agents agents();
  /** {@code GET /api/nodes}: the whole node catalog. */
  List<NodeType> nodes();
  /** {@code GET /api/nodes?search=&category=}: the node types matching {@code search} in the {@code category} (either may be null). */
  List<NodeType> nodes(@Nullable String search, @Nullable String category);
  /** {@code GET /api/templates}: the official workflow templates. */
  List<Template> templates();
  /** {@code GET /api/metrics}: the workspace's runtime metrics. */
  Metrics metrics();
}
