package dev.flowkit.workflows.iaiflow;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The calls of {@link Runs}, each returning at once with a {@link CompletableFuture}
 * (a service of them returns its asynchronous twin); get it from {@code AsyncIaiFlow.of(client.async())}.
 */
public interface AsyncRuns {
  /** As {@link Runs#create(String, Object)}. */
  CompletableFuture<ExecutionRun> create(String workflowId, @Nullable Object input);
  /** As {@link Runs#get(String)}. */
  CompletableFuture<ExecutionRun> get(String id);
  /** As {@link Runs#list()}. */
  CompletableFuture<List<ExecutionRun>> list();
  /** As {@link Runs#list(int, ExecutionStatus)}. */
  CompletableFuture<List<ExecutionRun>> list(int limit, @Nullable ExecutionStatus status);
  /** As {@link Runs#latest()}. */
  CompletableFuture<List<ExecutionRun>> latest();
  /** As {@link Runs#steps(String)}. */
  CompletableFuture<List<StepLog>> steps(String runId);
}
