package dev.flowkit.workflows.internal.iaiflow;

import dev.flowkit.workflows.iaiflow.Agent;
import dev.flowkit.workflows.iaiflow.AgentMemory;
import dev.flowkit.workflows.iaiflow.AgentRun;
import dev.flowkit.workflows.iaiflow.Agents;
import dev.flowkit.workflows.iaiflow.AsyncAgents;
import dev.flowkit.workflows.iaiflow.AsyncFlows;
import dev.flowkit.workflows.iaiflow.AsyncIaiFlow;
import dev.flowkit.workflows.iaiflow.AsyncLogs;
import dev.flowkit.workflows.iaiflow.AsyncRuns;
import dev.flowkit.workflows.iaiflow.CreateWorkflowParams;
import dev.flowkit.workflows.iaiflow.ExecutionRun;
import dev.flowkit.workflows.iaiflow.ExecutionStatus;
import dev.flowkit.workflows.iaiflow.Flows;
import dev.flowkit.workflows.iaiflow.Health;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import dev.flowkit.workflows.iaiflow.LogEntry;
import dev.flowkit.workflows.iaiflow.Logs;
import dev.flowkit.workflows.iaiflow.Metrics;
import dev.flowkit.workflows.iaiflow.NodeType;
import dev.flowkit.workflows.iaiflow.RunAgentParams;
import dev.flowkit.workflows.iaiflow.Runs;
import dev.flowkit.workflows.iaiflow.StepLog;
import dev.flowkit.workflows.iaiflow.Template;
import dev.flowkit.workflows.iaiflow.UpdateWorkflowParams;
import dev.flowkit.workflows.iaiflow.Workflow;
import dev.flowkit.workflows.iaiflow.WriteLogParams;
import dev.flowkit.workflows.iaiflow.WriteMemoryParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Both facades of IAI Flow's own calls and their services: blocking, and {@link #async()}. */
public final class IaiFlowImpl implements IaiFlow {
  private final IaiFlowCalls calls;
  private final AsyncIaiFlow async = new Async();
  private final Flows flows = new FlowsImpl();
  private final Runs runs = new RunsImpl();
  private final Logs logs = new LogsImpl();
  private final Agents agents = new AgentsImpl();
  private final AsyncFlows asyncFlows = new AsyncFlowsImpl();
  private final AsyncRuns asyncRuns = new AsyncRunsImpl();
  private final AsyncLogs asyncLogs = new AsyncLogsImpl();
  private final AsyncAgents asyncAgents = new AsyncAgentsImpl();

  public IaiFlowImpl(IaiFlowCalls calls) {
    this.calls = calls;
  }

  /** The asynchronous facade. */
  public AsyncIaiFlow async() {
    return async;
  }

  @Override public Flows flows() {
    return flows;
  }

  @Override public Runs runs() {
    return runs;
  }

  @Override public Logs logs() {
    return logs;
  }

  @Override public Agents agents() {
    return agents;
  }

  @Override public Health health() {
    return calls.health().execute();
  }

  @Override public List<NodeType> nodes() {
    return calls.nodes(null, null).execute();
  }

  @Override public List<NodeType> nodes(@Nullable String search, @Nullable String category) {
    return calls.nodes(search, category).execute();
  }

  @Override public List<Template> templates() {
    return calls.templates().execute();
  }

  @Override public Metrics metrics() {
    return calls.metrics().execute();
  }

  private final class Async implements AsyncIaiFlow {
    @Override public AsyncFlows flows() {
      return asyncFlows;
    }

    @Override public AsyncRuns runs() {
      return asyncRuns;
    }

    @Override public AsyncLogs logs() {
      return asyncLogs;
    }

    @Override public AsyncAgents agents() {
      return asyncAgents;
    }

    @Override public CompletableFuture<Health> health() {
      return calls.health().executeAsync();
    }

    @Override public CompletableFuture<List<NodeType>> nodes() {
      return calls.nodes(null, null).executeAsync();
    }

    @Override public CompletableFuture<List<NodeType>> nodes(@Nullable String search, @Nullable String category) {
      return calls.nodes(search, category).executeAsync();
    }

    @Override public CompletableFuture<List<Template>> templates() {
      return calls.templates().executeAsync();
    }

    @Override public CompletableFuture<Metrics> metrics() {
      return calls.metrics().executeAsync();
    }
  }

  private final class FlowsImpl implements Flows {
    @Override public List<Workflow> list() {
      return calls.flowsList().execute();
    }

    @Override public Workflow get(String id) {
      return calls.flowsGet(id).execute();
    }

    @Override public Workflow create(CreateWorkflowParams params) {
      return calls.flowsCreate(params).execute();
    }

    @Override public Workflow update(String id, UpdateWorkflowParams params) {
      return calls.flowsUpdate(id, params).execute();
    }
  }

  private final class AsyncFlowsImpl implements AsyncFlows {
    @Override public CompletableFuture<List<Workflow>> list() {
      return calls.flowsList().executeAsync();
    }

    @Override public CompletableFuture<Workflow> get(String id) {
      return calls.flowsGet(id).executeAsync();
    }

    @Override public CompletableFuture<Workflow> create(CreateWorkflowParams params) {
      return calls.flowsCreate(params).executeAsync();
    }

    @Override public CompletableFuture<Workflow> update(String id, UpdateWorkflowParams params) {
      return calls.flowsUpdate(id, params).executeAsync();
    }
  }

  private final class RunsImpl implements Runs {
    @Override public ExecutionRun create(String workflowId, @Nullable Object input) {
      return calls.runsCreate(workflowId, input).execute();
    }

    @Override public ExecutionRun get(String id) {
      return calls.runsGet(id).execute();
    }

    @Override public List<ExecutionRun> list() {
      return calls.runsList().execute();
    }

    @Override public List<ExecutionRun> list(int limit, @Nullable ExecutionStatus status) {
      return calls.runsList(limit, status).execute();
    }

    @Override public List<ExecutionRun> latest() {
      return calls.runsLatest().execute();
    }

    @Override public List<StepLog> steps(String runId) {
      return calls.runsSteps(runId).execute();
    }
  }

  private final class AsyncRunsImpl implements AsyncRuns {
    @Override public CompletableFuture<ExecutionRun> create(String workflowId, @Nullable Object input) {
      return calls.runsCreate(workflowId, input).executeAsync();
    }

    @Override public CompletableFuture<ExecutionRun> get(String id) {
      return calls.runsGet(id).executeAsync();
    }

    @Override public CompletableFuture<List<ExecutionRun>> list() {
      return calls.runsList().executeAsync();
    }

    @Override public CompletableFuture<List<ExecutionRun>> list(int limit, @Nullable ExecutionStatus status) {
      return calls.runsList(limit, status).executeAsync();
    }

    @Override public CompletableFuture<List<ExecutionRun>> latest() {
      return calls.runsLatest().executeAsync();
    }

    @Override public CompletableFuture<List<StepLog>> steps(String runId) {
      return calls.runsSteps(runId).executeAsync();
    }
  }

  private final class LogsImpl implements Logs {
    @Override public List<LogEntry> list() {
      return calls.logsList().execute();
    }

    @Override public List<LogEntry> list(@Nullable String runId, int limit) {
      return calls.logsList(runId, limit).execute();
    }

    @Override public LogEntry write(WriteLogParams params) {
      return calls.logsWrite(params).execute();
    }

    @Override public List<LogEntry> forRun(String runId) {
      return calls.logsForRun(runId).execute();
    }
  }

  private final class AsyncLogsImpl implements AsyncLogs {
    @Override public CompletableFuture<List<LogEntry>> list() {
      return calls.logsList().executeAsync();
    }

    @Override public CompletableFuture<List<LogEntry>> list(@Nullable String runId, int limit) {
      return calls.logsList(runId, limit).executeAsync();
    }

    @Override public CompletableFuture<LogEntry> write(WriteLogParams params) {
      return calls.logsWrite(params).executeAsync();
    }

    @Override public CompletableFuture<List<LogEntry>> forRun(String runId) {
      return calls.logsForRun(runId).executeAsync();
    }
  }

  private final class AgentsImpl implements Agents {
    @Override public List<Agent> list() {
      return calls.agentsList().execute();
    }

    @Override public AgentRun run(RunAgentParams params) {
      return calls.agentsRun(params).execute();
    }

    @Override public List<AgentRun> logs(String agentId) {
      return calls.agentsLogs(agentId).execute();
    }

    @Override public List<AgentMemory> memory(String agentId) {
      return calls.agentsMemory(agentId).execute();
    }

    @Override public AgentMemory writeMemory(WriteMemoryParams params) {
      return calls.agentsWriteMemory(params).execute();
    }
  }

  private final class AsyncAgentsImpl implements AsyncAgents {
    @Override public CompletableFuture<List<Agent>> list() {
      return calls.agentsList().executeAsync();
    }

    @Override public CompletableFuture<AgentRun> run(RunAgentParams params) {
      return calls.agentsRun(params).executeAsync();
    }

    @Override public CompletableFuture<List<AgentRun>> logs(String agentId) {
      return calls.agentsLogs(agentId).executeAsync();
    }

    @Override public CompletableFuture<List<AgentMemory>> memory(String agentId) {
      return calls.agentsMemory(agentId).executeAsync();
    }

    @Override public CompletableFuture<AgentMemory> writeMemory(WriteMemoryParams params) {
      return calls.agentsWriteMemory(params).executeAsync();
    }
  }
}
