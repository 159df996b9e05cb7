package dev.flowkit.workflows.internal.iaiflow;

import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.PlatformModule;
import dev.flowkit.workflows.internal.platform.Dialect;

/**
 * Not API. {@code Platform.IAI_FLOW}, found by its name (see {@code PlatformModules}): its dialect and
 * {@code IaiFlow.of(client)}.
 */
public final class IaiFlowModule implements PlatformModule {
  @Override public Dialect dialect(String platform) {
    return IaiFlowDialect.create();
  }

  /** The IAI Flow facade of the client {@code wiring} belongs to, made on first use. */
  public static IaiFlowImpl facade(ClientWiring wiring, String entry) {
    wiring.requirePlatform(entry, "IAI_FLOW");
    return wiring.extension(IaiFlowImpl.class, w -> new IaiFlowImpl(new IaiFlowCalls(w.rest())));
  }
}
