package dev.flowkit.workflows.flow8;

import dev.flowkit.core.AsyncPage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The calls of {@link Flowlets}, each returning at once with a {@link CompletableFuture}. */
public interface AsyncFlowlets {
  /** As {@link Flowlets#list}. */
  CompletableFuture<AsyncPage<Flowlet>> list(String flowId, Flow8Query query);

  /** The first page, unfiltered: {@code list(flowId, Flow8Query.none())}. */
  default CompletableFuture<AsyncPage<Flowlet>> list(String flowId) {
    return list(flowId, Flow8Query.none());
  }

  /** As {@link Flowlets#add}. */
  CompletableFuture<Flowlet> add(String flowId, FlowletParams params);

  /** As {@link Flowlets#update}. */
  CompletableFuture<Flowlet> update(String flowId, String layerId, FlowletParams params);

  /** As {@link Flowlets#delete}. */
  CompletableFuture<@Nullable Void> delete(String flowId, String layerId);
}
