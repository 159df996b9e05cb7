package dev.flowkit.workflows.iaiflow;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of {@link Agents}, each returning at once with a {@link CompletableFuture}
 * (a service of them returns its asynchronous twin); get it from {@code AsyncIaiFlow.of(client.async())}.
 */
public interface AsyncAgents {
  /** As {@link Agents#list()}. */
  CompletableFuture<List<Agent>> list();
  /** As {@link Agents#run(RunAgentParams)}. */
  CompletableFuture<AgentRun> run(RunAgentParams params);
  /** As {@link Agents#logs(String)}. */
  CompletableFuture<List<AgentRun>> logs(String agentId);
  /** As {@link Agents#memory(String)}. */
  CompletableFuture<List<AgentMemory>> memory(String agentId);
  /** As {@link Agents#writeMemory(WriteMemoryParams)}. */
  CompletableFuture<AgentMemory> writeMemory(WriteMemoryParams params);
}
