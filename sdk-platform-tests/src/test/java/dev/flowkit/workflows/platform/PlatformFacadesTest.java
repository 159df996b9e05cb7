package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.AsyncActivepieces;
import dev.flowkit.workflows.flow8.AsyncFlow8;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.iaiflow.AsyncIaiFlow;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each platform artifact's entry points, {@code X.of(client)} and {@code AsyncX.of(client.async())}:
 * one facade per client, made once; refused on every other platform with a message naming the
 * entry and the platforms that have it, before any request.
 */
class PlatformFacadesTest {
  private record Entry(String name, Set<Platform> platforms, Function<FlowClient, Object> of) {}

  private static final List<Entry> ENTRIES = List.of(
      new Entry("Flow8.of(client)", Set.of(Platform.FLOW8), Flow8::of),
      new Entry("AsyncFlow8.of(client)", Set.of(Platform.FLOW8), c -> AsyncFlow8.of(c.async())),
      new Entry("Activepieces.of(client)", Set.of(Platform.ACTIVEPIECES, Platform.IMBRACE), Activepieces::of),
      new Entry("AsyncActivepieces.of(client)", Set.of(Platform.ACTIVEPIECES, Platform.IMBRACE),
          c -> AsyncActivepieces.of(c.async())),
      new Entry("IaiFlow.of(client)", Set.of(Platform.IAI_FLOW), IaiFlow::of),
      new Entry("AsyncIaiFlow.of(client)", Set.of(Platform.IAI_FLOW), c -> AsyncIaiFlow.of(c.async())));

  @Test void eachEntryGivesOneFacadePerClientOnItsPlatformsAndRefusesElsewhereBeforeAnyRequest() {
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      for (Platform platform : Platform.values()) {
        try (FlowClient client = FlowClient.builder().platform(platform).baseUrl(server.url().toString())
            .apiKey(server.demoApiKey()).build()) {
          for (Entry entry : ENTRIES) {
            String where = entry.name + " on " + platform;
            if (entry.platforms.contains(platform)) {
              Object facade = entry.of.apply(client);
              assertSame(facade, entry.of.apply(client), where + ": one facade per client");
              FlowClient derived = client.withOptions(o -> o.callTimeout(Duration.ofSeconds(5)));
              assertNotSame(facade, entry.of.apply(derived), where + ": a derived client has its own");
            } else {
              UnsupportedOperationException e =
                  assertThrows(UnsupportedOperationException.class, () -> entry.of.apply(client), where);
              assertTrue(e.getMessage().startsWith(entry.name + " is for a client built with .platform(Platform."),
                  e.getMessage());
              for (Platform p : entry.platforms) assertTrue(e.getMessage().contains("Platform." + p), e.getMessage());
              assertTrue(e.getMessage().contains("this client speaks " + platform), e.getMessage());
            }
          }
        }
      }
      assertEquals(List.of(), server.exchanges(), "no entry point may send a request");
    }
  }
}
