package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.Page;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.contract.ContractExtension;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.ListFlowsParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Walking 260 flows page by page: every flow once, newest first, whatever the page size. */
@ReferenceServerTest
@ExtendWith(ContractExtension.class)
class PagingTest {
  private static final int FLOWS = 260;

  @Test
  void autoPagerOver260FlowsGivesEachOnceInOrder(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      List<String> created = createBulk(w);
      List<String> newestFirst = new ArrayList<>(created);
      Collections.reverse(newestFirst);

      for (int limit : new int[] {100, 25, 7}) {
        List<String> walked = w.listFlows(ListFlowsParams.builder().name("bulk").limit(limit).build())
            .autoPager().stream().map(Flow::id).collect(Collectors.toList());
        assertEquals(FLOWS, new HashSet<>(walked).size(), "distinct at limit " + limit);
        assertEquals(newestFirst, walked, "order at limit " + limit);
      }
      long pageRequests = Clients.exchanges(server, "GET", "/api/flows").size();
      assertEquals(3 + 11 + 38, pageRequests, "ceil(260/100) + ceil(260/25) + ceil(260/7) pages");

      // without a name filter the 5 seeded flows come last, oldest
      List<Flow> all = w.listFlows(ListFlowsParams.builder().limit(100).build()).autoPager().stream()
          .collect(Collectors.toList());
      assertEquals(FLOWS + 5, all.size());
      assertEquals(server.flowId("Hello"), all.get(all.size() - 1).id());
    }
  }

  @Test
  void pagesByHandAndFlowsCreatedDuringTheWalkAreNeitherRepeatedNorSkipped(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      List<String> created = createBulk(w);

      Page<Flow> page = w.listFlows(ListFlowsParams.builder().name("bulk").limit(100).build());
      assertNull(page.previousCursor());
      List<String> seen = new ArrayList<>();
      int pages = 0;
      while (true) {
        pages++;
        page.data().forEach(f -> seen.add(f.id()));
        // a newer flow appears while walking: it sorts before the cursor, so the walk never shows it
        w.createFlow(CreateFlowParams.builder().displayName("bulk late " + pages).build());
        if (!page.hasNextPage()) break;
        page = page.nextPage();
        assertTrue(page.previousCursor() != null, "a later page points back");
        assertTrue(pages < 10, "bounded");
      }
      assertEquals(3, pages);
      assertEquals(FLOWS, seen.size());
      assertEquals(FLOWS, new HashSet<>(seen).size());
      List<String> newestFirst = new ArrayList<>(created);
      Collections.reverse(newestFirst);
      assertEquals(newestFirst, seen);
      Page<Flow> last = page;
      assertThrows(NoSuchElementException.class, last::nextPage);
    }
  }

  @Test
  void everyIteratorStartsAgainAtTheFirstPage(ReferenceServer server) {
    try (FlowClient client = Clients.apiKey(server)) {
      Workflows w = client.workflows();
      for (int i = 0; i < 5; i++) w.createFlow(CreateFlowParams.builder().displayName("bulk " + i).build());
      var pager = w.listFlows(ListFlowsParams.builder().name("bulk").limit(2).build()).autoPager();
      Iterator<Flow> first = pager.iterator();
      first.next();
      first.next();
      first.next();
      assertEquals(5, pager.stream().count());
      assertTrue(first.hasNext());
      first.next();
      first.next();
      assertFalse(first.hasNext());
    }
  }

  private static List<String> createBulk(Workflows w) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < FLOWS; i++) {
      ids.add(w.createFlow(CreateFlowParams.builder().displayName("Bulk " + i).build()).id());
    }
    return ids;
  }
}
