package dev.flowkit.workflows.internal.flow8;

import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.FlowCalls;
import dev.flowkit.workflows.internal.PlatformModule;
import dev.flowkit.workflows.internal.platform.Dialect;

/**
 * Not API. {@code Platform.FLOW8}, found by its name (see {@code PlatformModules}): its dialect, its
 * WebSocket for every flow8 client's run streams, and {@code Flow8.of(client)}.
 */
public final class Flow8Module implements PlatformModule {
  @Override public Dialect dialect(String platform) {
    return Flow8Dialect.create();
  }

  @Override public void attach(ClientWiring wiring) {
    Flow8Live live = wiring.extension(Flow8Live.class, w -> new Flow8Live(
        w.rest(), new FlowCalls(w.rest()), w.runs(), new Flow8Calls(w.rest()), w.streams(), w.streamThreads()));
    wiring.streams().useSockets(live); // flow8's run events come over its WebSocket
  }

  /** The flow8 facade of the client {@code wiring} belongs to, made on first use. */
  public static Flow8Impl facade(ClientWiring wiring, String entry) {
    wiring.requirePlatform(entry, "FLOW8");
    Flow8Live live = wiring.attached(Flow8Live.class);
    return wiring.extension(Flow8Impl.class, w -> new Flow8Impl(live.calls(), live));
  }
}
