package dev.flowkit.workflows.iaiflow;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The calls of {@link IaiFlow}, each returning at once with a {@link CompletableFuture}
 * (a service of them returns its asynchronous twin); get it from {@code client.async().iaiFlow()}.
 */
public interface AsyncIaiFlow {
  /** As {@link IaiFlow#health()}. */
  CompletableFuture<Health> health();
  /** As {@link IaiFlow#flows()}. */
  AsyncFlows flows();
  /** As {@link IaiFlow#runs()}. */
  AsyncRuns runs();
  /** As {@link IaiFlow#logs()}. */
  AsyncLogs logs();
  /** As {@link IaiFlow#agents()}. */
  AsyncAgents agents();
  /** As {@link IaiFlow#nodes()}. */
  CompletableFuture<List<NodeType>> nodes();
  /** As {@link IaiFlow#nodes(String, String)}. */
  CompletableFuture<List<NodeType>> nodes(@Nullable String search, @Nullable String category);
  /** As {@link IaiFlow#templates()}. */
  CompletableFuture<List<Template>> templates();
  /** As {@link IaiFlow#metrics()}. */
  CompletableFuture<Metrics> metrics();
}
