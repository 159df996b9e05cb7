package dev.flowkit.workflows.internal.iaiflow;

import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.Endpoint;
import dev.flowkit.workflows.internal.platform.Operation;

/**
 * IAI Flow's own calls ({@code IaiFlow.of(client)}), on its wire as its API reference lists them.
 * Answers are IAI Flow's shapes, unwrapped: {@code {"items":[…]}} to the list, {@code {"flow":…}}
 * and {@code {"run":…}} to the object, {@code {"steps":[…]}} to the step logs.
 */
final class IaiFlowNative {
  private IaiFlowNative() {}

  private static Endpoint list(String path, String what) {
    return Endpoint.get(path).answer((answer, x) -> IaiFlowDialect.items(answer, what));
  }

  private static Endpoint.AnswerMap one(String name) {
    return (answer, x) -> IaiFlowDialect.one(answer, name);
  }

  private static Endpoint.AnswerMap object(String what) {
    return (answer, x) -> {
      if (!(answer instanceof java.util.Map)) {
        throw new InvalidResponseException("Expected IAI Flow's " + what + " as a JSON object", null);
      }
      return answer;
    };
  }

  static void map(Dialect.Builder b) {
    b.map(Operation.IAI_FLOW_FLOWS_LIST, list("api/flows", "flows"))
        .map(Operation.IAI_FLOW_FLOWS_GET, Endpoint.get("api/workflows/{id}").answer(one("flow")))
        .map(Operation.IAI_FLOW_FLOWS_CREATE, Endpoint.post("api/flows").answer(one("flow")))
        .map(Operation.IAI_FLOW_FLOWS_UPDATE, Endpoint.put("api/workflows/{id}").answer(one("flow")))
        .map(Operation.IAI_FLOW_RUNS_CREATE, Endpoint.post("api/runs").answer(one("run")))
        .map(Operation.IAI_FLOW_RUNS_GET, Endpoint.get("api/runs/{id}").answer(one("run")))
        .map(Operation.IAI_FLOW_RUNS_LIST, list("api/runs", "runs"))
        .map(Operation.IAI_FLOW_RUNS_LATEST, list("api/dashboard/runs/latest", "runs"))
        .map(Operation.IAI_FLOW_RUNS_STEPS, Endpoint.get("api/runs/{id}/steps")
            .answer((answer, x) -> IaiFlowDialect.steps(answer)))
        .map(Operation.IAI_FLOW_LOGS_LIST, list("api/logs", "logs"))
        .map(Operation.IAI_FLOW_LOGS_WRITE, Endpoint.post("api/logs").answer(object("log entry")))
        .map(Operation.IAI_FLOW_LOGS_FOR_RUN, list("api/logs/{runId}", "logs"))
        .map(Operation.IAI_FLOW_NODES, list("api/nodes", "node types"))
        .map(Operation.IAI_FLOW_AGENTS_LIST, list("api/agents", "agents"))
        .map(Operation.IAI_FLOW_AGENTS_RUN, Endpoint.post("api/agent/run").answer(object("agent run")))
        .map(Operation.IAI_FLOW_AGENTS_LOGS, list("api/agent/logs", "agent runs"))
        .map(Operation.IAI_FLOW_AGENTS_MEMORY, list("api/agent/memory", "memory entries"))
        .map(Operation.IAI_FLOW_AGENTS_WRITE_MEMORY, Endpoint.post("api/agent/memory").answer(object("memory entry")))
        .map(Operation.IAI_FLOW_TEMPLATES, list("api/templates", "templates"))
        .map(Operation.IAI_FLOW_METRICS, Endpoint.get("api/metrics").answer(object("metrics")));
  }
}
