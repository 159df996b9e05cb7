package dev.flowkit.workflows.iaiflow;

import java.util.List;

/**
 * IAI Flow's agents ({@code IaiFlow.of(client).agents()}).
 */
public interface Agents {
  /** {@code GET /api/agents}: the agent definitions of the catalog. */
  List<Agent> list();
  /** {@code POST /api/agent/run}: runs an agent task. */
  AgentRun run(RunAgentParams params);
  /** {@code GET /api/agent/logs?agent_id=}: the agent's runs, newest first. */
  List<AgentRun> logs(String agentId);
  /** {@code GET /api/agent/memory?agent_id=}: the agent's memory entries. */
  List<AgentMemory> memory(String agentId);
  /** {@code POST /api/agent/memory}: writes a memory entry (the same key again is a new value). */
  AgentMemory writeMemory(WriteMemoryParams params);
}
