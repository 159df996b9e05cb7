package dev.flowkit.workflows.flow8;

import dev.flowkit.core.AsyncPage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The calls of {@link Flows}, each returning at once with a {@link CompletableFuture}. */
public interface AsyncFlows {
  /** As {@link Flows#list}. */
  CompletableFuture<AsyncPage<Flow8Flow>> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default CompletableFuture<AsyncPage<Flow8Flow>> list() {
    return list(Flow8Query.none());
  }

  /** As {@link Flows#get}. */
  CompletableFuture<Flow8Flow> get(String flowId);

  /** As {@link Flows#create}. */
  CompletableFuture<Flow8Flow> create(FlowParams params);

  /** As {@link Flows#update}. */
  CompletableFuture<Flow8Flow> update(String flowId, FlowParams params);

  /** As {@link Flows#delete}. */
  CompletableFuture<@Nullable Void> delete(String flowId);

  /** As {@link Flows#run}. */
  CompletableFuture<PlayStarted> run(String flowId, RunParams params);

  /** As {@link Flows#plays}. */
  CompletableFuture<AsyncPage<Play>> plays(String flowId, Flow8Query query);

  /** The first page, unfiltered: {@code plays(flowId, Flow8Query.none())}. */
  default CompletableFuture<AsyncPage<Play>> plays(String flowId) {
    return plays(flowId, Flow8Query.none());
  }
}
