package dev.flowkit.bench;

import dev.flowkit.workflows.FlowClient;
import java.lang.reflect.Field;
import okhttp3.OkHttpClient;

/** Reads what a {@link FlowClient} built with defaults hands to OkHttp, for the reports. */
final class Clients {
  private Clients() {}

  /** The per-host concurrency of the client's OkHttp dispatcher. */
  static int maxRequestsPerHost(FlowClient client) {
    try {
      // FlowClient hands out the parts its ClientWiring holds; the transport is one of them.
      Field wiring = FlowClient.class.getDeclaredField("wiring");
      wiring.setAccessible(true);
      Object w = wiring.get(client);
      Field transport = w.getClass().getDeclaredField("transport");
      transport.setAccessible(true);
      Object t = transport.get(w);
      OkHttpClient okHttp = (OkHttpClient) t.getClass().getMethod("client").invoke(t);
      return okHttp.dispatcher().getMaxRequestsPerHost();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the client's dispatcher", e);
    }
  }
}
