package dev.flowkit.workflows.internal.iaiflow;

import dev.flowkit.workflows.iaiflow.Health;
import dev.flowkit.workflows.internal.ApiCall;
import dev.flowkit.workflows.internal.Rest;
import dev.flowkit.workflows.internal.platform.Operation;

/** IAI Flow's own calls, described once for both facades. */
public final class IaiFlowCalls {
  private final Rest rest;

  public IaiFlowCalls(Rest rest) {
    this.rest = rest;
  }

  public ApiCall<Health> health() {
    return rest.call(Operation.IAI_FLOW_HEALTH).returning(Health.class);
  }
}
