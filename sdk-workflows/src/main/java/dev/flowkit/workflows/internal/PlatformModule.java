package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.internal.platform.Dialect;
import java.util.List;

/**
 * Not API. A platform that ships as its own artifact ({@code sdk-flow8}, {@code
 * sdk-activepieces}, {@code sdk-iaiflow}): its dialect for the shared calls, and what a client
 * speaking it needs when it is made. Found by {@link PlatformModules} by its class name, on the
 * class path and on the module path; sdk-workflows' shrinker rules keep that name.
 */
public interface PlatformModule {
  /** The names of the {@code Platform} constants this module speaks, such as {@code FLOW8}. */
  List<String> platforms();

  /** The dialect of {@code platform}, one of {@link #platforms()}. */
  Dialect dialect(String platform);

  /**
   * Prepares a new client that speaks one of {@link #platforms()}, before its first call (flow8
   * routes the client's run streams over its WebSocket here). Does nothing by default.
   */
  default void attach(ClientWiring wiring) {}
}
