package dev.flowkit.workflows.internal.iaiflow;

import dev.flowkit.workflows.iaiflow.AsyncIaiFlow;
import dev.flowkit.workflows.iaiflow.Health;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import java.util.concurrent.CompletableFuture;

/** Both facades of IAI Flow's own calls: blocking, and {@link #async()}. */
public final class IaiFlowImpl implements IaiFlow {
  private final IaiFlowCalls calls;
  private final AsyncIaiFlow async;

  public IaiFlowImpl(IaiFlowCalls calls) {
    this.calls = calls;
    this.async = new Async();
  }

  public AsyncIaiFlow async() {
    return async;
  }

  @Override public Health health() {
    return calls.health().execute();
  }

  private final class Async implements AsyncIaiFlow {
    @Override public CompletableFuture<Health> health() {
      return calls.health().executeAsync();
    }
  }
}
