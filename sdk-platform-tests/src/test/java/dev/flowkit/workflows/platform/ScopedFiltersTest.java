package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The filters only Activepieces and Imbrace have (a project, creation dates, tags) are refused by
 * every other platform before any request, naming the platform and the filter: a filter the
 * server would silently ignore would answer the wrong items.
 */
class ScopedFiltersTest {
  private final SeedServer seed = new SeedServer();
  private final FlowClient flowkit = FlowClient.builder().baseUrl(seed.url()).apiKey("key").build();

  @AfterEach void close() {
    flowkit.close();
    seed.close();
  }

  private void refused(String filter, Executable call) {
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call);
    assertTrue(e.getMessage().contains("FLOWKIT") && e.getMessage().contains("the " + filter + " filter"), e.getMessage());
    assertEquals(List.of(), seed.sent(), "no request");
  }

  @Test void theContractRefusesEveryScopedFilter() {
    refused("projectId", () -> flowkit.workflows().listFlows(ListFlowsParams.builder().projectId("p").build()));
    refused("projectId", () -> flowkit.workflows().listFolders(ListParams.builder().projectId("p").build()));
    refused("projectId", () -> flowkit.workflows().listConnections(ListConnectionsParams.builder().projectId("p").build()));
    refused("createdAfter", () -> flowkit.workflows().listRuns(ListRunsParams.builder()
        .createdAfter(Instant.parse("2026-01-01T00:00:00Z")).build()));
    refused("createdBefore", () -> flowkit.workflows().listRuns(ListRunsParams.builder()
        .createdBefore(Instant.parse("2026-01-01T00:00:00Z")).build()));
    refused("tags", () -> flowkit.workflows().listRuns(ListRunsParams.builder().tags(List.of("a")).build()));
    refused("tags", () -> flowkit.async().workflows().listRuns(ListRunsParams.builder().tags(List.of("a")).build()));
  }

  @Test void badTagsAreRefusedWhenBuilt() {
    assertThrows(IllegalArgumentException.class, () -> ListRunsParams.builder().tags(List.of("")));
    assertThrows(NullPointerException.class, () -> ListRunsParams.builder().tags(null));
  }

  @Test void theIaiFlowListRefusesAProjectToo() {
    try (FlowClient iai = FlowClient.builder().platform(Platform.IAI_FLOW).baseUrl(seed.url()).build()) {
      UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
          () -> iai.workflows().listFlows(ListFlowsParams.builder().projectId("p").build()));
      assertTrue(e.getMessage().contains("IAI_FLOW"), e.getMessage());
    }
  }
}
