package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.internal.platform.Dialect;

/**
 * Not API. A platform that ships as its own artifact ({@code sdk-flow8}, {@code
 * sdk-activepieces}, {@code sdk-iaiflow}): its dialect for the shared calls, and what a client
 * speaking it needs when it is made. Found by {@link PlatformModules} by its class name, on the
 * class path and on the module path; sdk-workflows' shrinker rules keep that name.
 */
public interface PlatformModule {
  /** The dialect of {@code platform}, the name of a {@code Platform} constant that names this module. */
  Dialect dialect(String platform);

  /**
   * Prepares a new client that speaks one of its platforms, before its first call (flow8
   * routes the client's run streams over its WebSocket here). Does nothing by default.
   */
  default void attach(ClientWiring wiring) {}
}
