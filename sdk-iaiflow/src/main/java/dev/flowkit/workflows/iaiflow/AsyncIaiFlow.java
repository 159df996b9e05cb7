package dev.flowkit.workflows.iaiflow;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.iaiflow.IaiFlowModule;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The calls of {@link IaiFlow}, each returning at once with a {@link CompletableFuture}
 * (a service of them returns its asynchronous twin); get it with {@link #of(FlowClient.AsyncClient)}.
 */
public interface AsyncIaiFlow {
  /**
   * The asynchronous IAI Flow calls of {@code client}: {@code AsyncIaiFlow.of(client.async())}.
   *
   * @throws UnsupportedOperationException unless the client speaks {@code Platform.IAI_FLOW}
   */
  static AsyncIaiFlow of(FlowClient.AsyncClient client) {
    return IaiFlowModule.facade(ClientWiring.of(client), "AsyncIaiFlow.of(client)").async();
  }

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
