package dev.flowkit.workflows.internal.iaiflow;

import com.squareup.moshi.Types;
import dev.flowkit.workflows.iaiflow.Agent;
import dev.flowkit.workflows.iaiflow.AgentMemory;
import dev.flowkit.workflows.iaiflow.AgentRun;
import dev.flowkit.workflows.iaiflow.CreateWorkflowParams;
import dev.flowkit.workflows.iaiflow.ExecutionRun;
import dev.flowkit.workflows.iaiflow.ExecutionStatus;
import dev.flowkit.workflows.iaiflow.Health;
import dev.flowkit.workflows.iaiflow.LogEntry;
import dev.flowkit.workflows.iaiflow.Metrics;
import dev.flowkit.workflows.iaiflow.NodeType;
import dev.flowkit.workflows.iaiflow.RunAgentParams;
import dev.flowkit.workflows.iaiflow.StepLog;
import dev.flowkit.workflows.iaiflow.Template;
import dev.flowkit.workflows.iaiflow.UpdateWorkflowParams;
import dev.flowkit.workflows.iaiflow.Workflow;
import dev.flowkit.workflows.iaiflow.WriteLogParams;
import dev.flowkit.workflows.iaiflow.WriteMemoryParams;
import dev.flowkit.workflows.internal.ApiCall;
import dev.flowkit.workflows.internal.Rest;
import dev.flowkit.workflows.internal.platform.JsonText;
import dev.flowkit.workflows.internal.platform.Operation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** IAI Flow's own calls, described once for both facades, with its own query and body names. */
public final class IaiFlowCalls {
  private final Rest rest;

  public IaiFlowCalls(Rest rest) {
    this.rest = rest;
  }

  private static Type listOf(Class<?> item) {
    return Types.newParameterizedType(List.class, item);
  }

  /** A query of the pairs whose value is not null. */
  private static Map<String, String> query(@Nullable String... kv) {
    Map<String, String> q = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) q.put(Objects.requireNonNull(kv[i]), kv[i + 1]);
    }
    return q;
  }

  private static String limit(int limit) {
    if (limit < 1 || limit > 500) throw new IllegalArgumentException("limit must be from 1 to 500 but was " + limit);
    return Integer.toString(limit);
  }

  /**
   * A JSON body with every value kept exactly (numbers too); a value that is no JSON value (a
   * record, say) is written as Moshi writes it. {@code nullable} names may be sent as null.
   */
  private JsonText body(Map<String, @Nullable Object> fields, String... nullable) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> e : fields.entrySet()) {
      if (e.getValue() == null && !java.util.Arrays.asList(nullable).contains(e.getKey())) continue;
      out.put(e.getKey(), json(e.getValue(), e.getKey()));
    }
    return new JsonText(JsonValues.write(out));
  }

  private @Nullable Object json(@Nullable Object value, String name) {
    try {
      return JsonValues.copy(value, name);
    } catch (IllegalArgumentException notJsonValues) {
      return JsonValues.copy(rest.transport().moshi().adapter(Object.class).toJsonValue(value), name);
    }
  }

  private static Map<String, @Nullable Object> fields(@Nullable Object... kv) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) Objects.requireNonNull(kv[i]), kv[i + 1]);
    return m;
  }

  public ApiCall<Health> health() {
    return rest.call(Operation.IAI_FLOW_HEALTH).returning(Health.class);
  }

  // ---- flows ----

  public ApiCall<List<Workflow>> flowsList() {
    return rest.call(Operation.IAI_FLOW_FLOWS_LIST).returning(listOf(Workflow.class));
  }

  public ApiCall<Workflow> flowsGet(String id) {
    return rest.call(Operation.IAI_FLOW_FLOWS_GET).param("id", Rest.id(id, "id")).returning(Workflow.class);
  }

  public ApiCall<Workflow> flowsCreate(CreateWorkflowParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.IAI_FLOW_FLOWS_CREATE)
        .body(body(fields("name", params.name(),
            "definition_json", params.definition() == null ? null : params.definition().toJson())))
        .returning(Workflow.class);
  }

  public ApiCall<Workflow> flowsUpdate(String id, UpdateWorkflowParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.IAI_FLOW_FLOWS_UPDATE).param("id", Rest.id(id, "id"))
        .body(body(fields("name", params.name(),
            "definition_json", params.definition() == null ? null : params.definition().toJson(),
            "status", params.status() == null ? null : params.status().wire())))
        .returning(Workflow.class);
  }

  // ---- runs ----

  public ApiCall<ExecutionRun> runsCreate(String workflowId, @Nullable Object input) {
    return rest.call(Operation.IAI_FLOW_RUNS_CREATE)
        .body(body(fields("workflow_id", Rest.id(workflowId, "workflowId"), "input", input)))
        .returning(ExecutionRun.class);
  }

  public ApiCall<ExecutionRun> runsGet(String id) {
    return rest.call(Operation.IAI_FLOW_RUNS_GET).param("id", Rest.id(id, "id")).returning(ExecutionRun.class);
  }

  public ApiCall<List<ExecutionRun>> runsList() {
    return rest.call(Operation.IAI_FLOW_RUNS_LIST).returning(listOf(ExecutionRun.class));
  }

  public ApiCall<List<ExecutionRun>> runsList(int limit, @Nullable ExecutionStatus status) {
    return rest.call(Operation.IAI_FLOW_RUNS_LIST)
        .query(query("limit", limit(limit), "status", status == null ? null : status.wire()))
        .returning(listOf(ExecutionRun.class));
  }

  public ApiCall<List<ExecutionRun>> runsLatest() {
    return rest.call(Operation.IAI_FLOW_RUNS_LATEST).returning(listOf(ExecutionRun.class));
  }

  public ApiCall<List<StepLog>> runsSteps(String runId) {
    return rest.call(Operation.IAI_FLOW_RUNS_STEPS).param("id", Rest.id(runId, "runId")).returning(listOf(StepLog.class));
  }

  // ---- logs ----

  public ApiCall<List<LogEntry>> logsList() {
    return rest.call(Operation.IAI_FLOW_LOGS_LIST).returning(listOf(LogEntry.class));
  }

  public ApiCall<List<LogEntry>> logsList(@Nullable String runId, int limit) {
    return rest.call(Operation.IAI_FLOW_LOGS_LIST)
        .query(query("run_id", runId == null ? null : Rest.id(runId, "runId"), "limit", limit(limit)))
        .returning(listOf(LogEntry.class));
  }

  public ApiCall<LogEntry> logsWrite(WriteLogParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.IAI_FLOW_LOGS_WRITE)
        .body(body(fields("message", params.message(), "level", params.level(), "run_id", params.runId(),
            "node_id", params.nodeId(), "data", params.data())))
        .returning(LogEntry.class);
  }

  public ApiCall<List<LogEntry>> logsForRun(String runId) {
    return rest.call(Operation.IAI_FLOW_LOGS_FOR_RUN).param("runId", Rest.id(runId, "runId"))
        .returning(listOf(LogEntry.class));
  }

  // ---- catalog, templates, metrics ----

  public ApiCall<List<NodeType>> nodes(@Nullable String search, @Nullable String category) {
    return rest.call(Operation.IAI_FLOW_NODES).query(query("search", search, "category", category))
        .returning(listOf(NodeType.class));
  }

  public ApiCall<List<Template>> templates() {
    return rest.call(Operation.IAI_FLOW_TEMPLATES).returning(listOf(Template.class));
  }

  public ApiCall<Metrics> metrics() {
    return rest.call(Operation.IAI_FLOW_METRICS).returning(Metrics.class);
  }

  // ---- agents ----

  public ApiCall<List<Agent>> agentsList() {
    return rest.call(Operation.IAI_FLOW_AGENTS_LIST).returning(listOf(Agent.class));
  }

  public ApiCall<AgentRun> agentsRun(RunAgentParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.IAI_FLOW_AGENTS_RUN)
        .body(body(fields("agent_id", params.agentId(), "task", params.task(), "input", params.input())))
        .returning(AgentRun.class);
  }

  public ApiCall<List<AgentRun>> agentsLogs(String agentId) {
    return rest.call(Operation.IAI_FLOW_AGENTS_LOGS).query(query("agent_id", Rest.id(agentId, "agentId")))
        .returning(listOf(AgentRun.class));
  }

  public ApiCall<List<AgentMemory>> agentsMemory(String agentId) {
    return rest.call(Operation.IAI_FLOW_AGENTS_MEMORY).query(query("agent_id", Rest.id(agentId, "agentId")))
        .returning(listOf(AgentMemory.class));
  }

  public ApiCall<AgentMemory> agentsWriteMemory(WriteMemoryParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.IAI_FLOW_AGENTS_WRITE_MEMORY)
        .body(body(fields("agent_id", params.agentId(), "key", params.key(), "value", params.value(),
            "run_id", params.runId()), "value"))
        .returning(AgentMemory.class);
  }
}
