package dev.flowkit.workflows.iaiflow;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of {@link Flows}, each returning at once with a {@link CompletableFuture}
 * (a service of them returns its asynchronous twin); get it from {@code AsyncIaiFlow.of(client.async())}.
 */
public interface AsyncFlows {
  /** As {@link Flows#list()}. */
  CompletableFuture<List<Workflow>> list();
  /** As {@link Flows#get(String)}. */
  CompletableFuture<Workflow> get(String id);
  /** As {@link Flows#create(CreateWorkflowParams)}. */
  CompletableFuture<Workflow> create(CreateWorkflowParams params);
  /** As {@link Flows#update(String, UpdateWorkflowParams)}. */
  CompletableFuture<Workflow> update(String id, UpdateWorkflowParams params);
}
