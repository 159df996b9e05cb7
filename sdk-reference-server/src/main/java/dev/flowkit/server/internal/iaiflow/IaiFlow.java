package dev.flowkit.server.internal.iaiflow;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.FlowStore;
import dev.flowkit.server.internal.GraphRunner;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Run;
import dev.flowkit.server.internal.Services;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The reference server's IAI Flow state beside the shared stores: each flow version's definition,
 * the log entries and KV, the agents' runs and memory, and how a run of a definition starts and
 * reports (its {@code ExecutionRun} and {@code ExecutionStepLog} shapes, its webhooks).
 */
public final class IaiFlow {
  /** The {@code triggered_by} of an agent's run, which lists of flow runs leave out. */
  static final String AGENT = "agent";

  public final Services services;
  public final Definitions definitions = new Definitions();
  public final Logs logs;
  private final HttpNode http = new HttpNode();
  private final Map<String, Integer> nodeCounts = new ConcurrentHashMap<>();
  private final List<Map<String, Object>> agentRuns = new ArrayList<>();
  private final Map<String, Map<String, Object>> memory = new LinkedHashMap<>();

  public IaiFlow(Services services) {
    this.services = services;
    this.logs = new Logs(services.platform);
  }

  // ---- runs ----

  /** Starts a run of a flow's {@code graph}, answering the run at once. */
  public Run start(Principal p, FlowStore.Runnable flow, Graph graph, Map<String, Object> input, String triggeredBy) {
    Run run = services.engine.trigger(flow, input, new ArrayList<>(), triggeredBy,
        new GraphRunner(services.engine, services.platform, graph, new Effects(p, null, null), Map.of()));
    nodeCounts.put(run.id(), graph.nodes.size());
    return run;
  }

  /**
   * Starts a run of {@code agent}'s definition with {@code input}, its memory in the templates'
   * context as {@code memory}; returns the agent run's record.
   */
  public Map<String, Object> startAgent(Principal p, Catalog.Agent agent, Map<String, Object> input) {
    Graph graph = Graph.parse(agent.definition(), "agent " + agent.id());
    String id = services.platform.id("arun");
    FlowStore.Runnable runnable = GraphRunner.runnable(agent.id(), "agv_" + agent.id(), p, agent.name());
    Run run;
    Map<String, Object> record;
    synchronized (this) {
      run = services.engine.trigger(runnable, input, new ArrayList<>(), AGENT, new GraphRunner(services.engine,
          services.platform, graph, new Effects(p, agent, id), Json.obj("memory", memoryOf(p, agent.id()))));
      nodeCounts.put(run.id(), graph.nodes.size());
      record = Json.obj("id", id, "agent_id", agent.id(), "run_id", run.id(), "workspace_id", p.workspaceId);
      agentRuns.add(record);
    }
    return record;
  }

  /** Whether the run is one of a flow (not of an agent). */
  static boolean isFlowRun(Run run) {
    return !AGENT.equals(run.json().get("triggeredBy"));
  }

  /** IAI Flow's run status for the engine's. */
  public static String status(@Nullable String engine) {
    if (engine == null) return "pending";
    switch (engine) {
      case "QUEUED":
      case "PAUSED":
        return "pending";
      case "RUNNING":
        return "running";
      case "SUCCEEDED":
        return "success";
      default:
        return "failed";
    }
  }

  /** The run as IAI Flow's {@code ExecutionRun}. */
  public Map<String, Object> runJson(Run run, Principal p) {
    Map<String, Object> r = run.json();
    Map<?, ?> error = (Map<?, ?>) r.get("error");
    return Json.obj("id", r.get("id"), "workflow_id", r.get("flowId"), "workflow_name", run.flowName(),
        "status", status((String) r.get("status")), "triggered_by", r.get("triggeredBy"), "input", r.get("input"),
        "output", r.get("output"), "error_text", error == null ? null : error.get("message"),
        "duration_ms", r.get("durationMs"), "node_count", (long) nodeCounts.getOrDefault(run.id(), 0),
        "workspace_id", p.workspaceId, "started_at", r.get("startTime"), "finished_at", r.get("finishTime"),
        "created_at", r.get("created"));
  }

  /** The run's settled steps as IAI Flow's {@code ExecutionStepLog}s, in the order they settled. */
  public List<Object> stepLogs(Run run) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    for (Object o : run.stepsJson()) {
      Map<?, ?> s = (Map<?, ?>) o;
      i++;
      String status = String.valueOf(s.get("status"));
      String wire = status.equals("SUCCEEDED") ? "success" : status.equals("SKIPPED") ? "skipped"
          : status.equals("RUNNING") || status.equals("PAUSED") ? null : "failed";
      if (wire == null) continue; // still running: not a step log yet
      out.add(Json.obj("id", "sl_" + run.id().substring(run.id().indexOf('_') + 1) + "_" + i, "run_id", run.id(),
          "node_id", s.get("name"), "node_type", s.get("type"), "node_name", s.get("displayName"), "status", wire,
          "input", s.get("input"), "output", s.get("output"), "error", s.get("error"),
          "duration_ms", s.get("durationMs"), "started_at", s.get("startTime"), "finished_at", s.get("finishTime")));
    }
    return out;
  }

  /** A run of the caller's workspace that lists of runs show: a flow's. */
  public List<Run> flowRuns(Principal p) {
    List<Run> out = new ArrayList<>();
    for (Run r : services.engine.runs(p.workspaceId)) {
      if (isFlowRun(r)) out.add(r);
    }
    out.sort((a, b) -> b.created().compareTo(a.created()) != 0 ? b.created().compareTo(a.created())
        : b.id().compareTo(a.id()));
    return out;
  }

  // ---- agents ----

  /** An agent run as {@code {id, agent_id, run_id, status, input, output, error_text, duration_ms, …}}. */
  public Map<String, Object> agentRunJson(Map<String, Object> record, Principal p) {
    Run run = services.engine.run(p, (String) record.get("run_id"));
    Map<String, Object> r = runJson(run, p);
    return Json.obj("id", record.get("id"), "agent_id", record.get("agent_id"), "run_id", run.id(),
        "status", r.get("status"), "input", r.get("input"), "output", r.get("output"), "error_text", r.get("error_text"),
        "duration_ms", r.get("duration_ms"), "started_at", r.get("started_at"), "finished_at", r.get("finished_at"),
        "created_at", r.get("created_at"));
  }

  /** The workspace's agent runs, newest first, of one agent when {@code agentId} is set. */
  public synchronized List<Map<String, Object>> agentRuns(Principal p, @Nullable String agentId, int limit) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = agentRuns.size() - 1; i >= 0 && out.size() < limit; i--) {
      Map<String, Object> a = agentRuns.get(i);
      if (a.get("workspace_id").equals(p.workspaceId) && (agentId == null || agentId.equals(a.get("agent_id")))) out.add(a);
    }
    return out;
  }

  /**
   * Writes the memory entry {@code key} of an agent: a new entry, or a new value for the same
   * key. Returns {@code {entry, created}}.
   */
  public synchronized Map<String, Object> writeMemory(Principal p, String agentId, String key, @Nullable Object value,
      @Nullable String runId) {
    String slot = p.workspaceId + "\u0000" + agentId + "\u0000" + key;
    Map<String, Object> existing = memory.get(slot);
    String now = Json.time(services.platform.now());
    Map<String, Object> entry = Json.obj("id", existing == null ? services.platform.id("mem") : existing.get("id"),
        "agent_id", agentId, "run_id", runId, "workspace_id", p.workspaceId, "key", key, "value", Json.copy(value),
        "created_at", existing == null ? now : existing.get("created_at"), "updated_at", now);
    memory.remove(slot);
    memory.put(slot, entry); // the newest write last
    return Json.obj("entry", Json.copy(entry), "created", existing == null);
  }

  /** The workspace's memory entries, newest write first, of one agent when {@code agentId} is set. */
  public synchronized List<Object> memory(Principal p, @Nullable String agentId, int limit) {
    List<Map<String, Object>> all = new ArrayList<>(memory.values());
    List<Object> out = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
      Map<String, Object> m = all.get(i);
      if (m.get("workspace_id").equals(p.workspaceId) && (agentId == null || agentId.equals(m.get("agent_id")))) {
        out.add(Json.copy(m));
      }
    }
    return out;
  }

  /** An agent's memory as {@code {key: value}}, for its definition's templates. */
  private synchronized Map<String, Object> memoryOf(Principal p, String agentId) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map<String, Object> m : memory.values()) {
      if (m.get("workspace_id").equals(p.workspaceId) && agentId.equals(m.get("agent_id"))) {
        out.put((String) m.get("key"), Json.copy(m.get("value")));
      }
    }
    return out;
  }

  // ---- webhooks ----

  /** Sends {@code flow.updated} for a flow as IAI Flow shows it. */
  public void flowUpdated(Principal p, Map<String, Object> flow) {
    services.webhooks.send("flow.updated", p.workspaceId, Json.obj("workflow_id", flow.get("id"),
        "workflow_name", flow.get("name"), "status", flow.get("status"), "version", flow.get("version"),
        "updated_at", flow.get("updated_at")));
  }

  /** What a run of a definition does outside itself, and whom it tells when it starts and ends. */
  private final class Effects implements GraphRunner.Effects {
    private final Principal p;
    private final Catalog.@Nullable Agent agent;
    private final @Nullable String agentRunId;

    Effects(Principal p, Catalog.@Nullable Agent agent, @Nullable String agentRunId) {
      this.p = p;
      this.agent = agent;
      this.agentRunId = agentRunId;
    }

    @Override public void log(Run run, String level, String message, @Nullable String nodeId, @Nullable Object data) {
      logs.write(p.workspaceId, run.id(), level, message, nodeId, data);
    }

    @Override public Map<String, Object> http(String nodeId, Map<String, Object> config) throws GraphRunner.NodeFailure {
      return http.call(nodeId, config);
    }

    @Override public @Nullable Object kvGet(String workspaceId, String key) {
      return logs.kvGet(workspaceId, key);
    }

    @Override public void kvSet(String workspaceId, String key, @Nullable Object value) {
      logs.kvSet(workspaceId, key, value);
    }

    @Override public void runStarted(Run run) {
      if (agent != null) return;
      Map<String, Object> r = runJson(run, p);
      services.webhooks.send("run.started", p.workspaceId, Json.obj("run_id", r.get("id"),
          "workflow_id", r.get("workflow_id"), "workflow_name", r.get("workflow_name"), "status", "running",
          "triggered_by", r.get("triggered_by"), "started_at", r.get("started_at")));
    }

    @Override public void runEnded(Run run) {
      Map<String, Object> r = runJson(run, p);
      if (agent != null) {
        services.webhooks.send("agent.completed", p.workspaceId, Json.obj("agent_id", agent.id(),
            "agent_run_id", agentRunId, "run_id", run.id(), "status", r.get("status"),
            "duration_ms", r.get("duration_ms"), "error_text", r.get("error_text"),
            "finished_at", r.get("finished_at")));
        return;
      }
      boolean ok = "success".equals(r.get("status"));
      Map<String, Object> data = Json.obj("run_id", r.get("id"), "workflow_id", r.get("workflow_id"),
          "workflow_name", r.get("workflow_name"), "status", r.get("status"), "duration_ms", r.get("duration_ms"),
          "started_at", r.get("started_at"), "finished_at", r.get("finished_at"));
      if (!ok) data.put("error_text", r.get("error_text"));
      services.webhooks.send(ok ? "run.completed" : "run.failed", p.workspaceId, data);
    }
  }

  /** 404 for an agent the catalog lacks. */
  static Catalog.Agent agent(String id) {
    Catalog.Agent a = Catalog.agent(id);
    if (a == null) throw ApiException.notFound("AGENT_NOT_FOUND", "Agent", id);
    return a;
  }
}
