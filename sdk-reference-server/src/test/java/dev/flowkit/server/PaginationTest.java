package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaginationTest {
  @Test void walkOver260FlowsWithInsertsDuringTheWalkHasNoRepeatsAndNoGaps() {
    try (ReferenceServer server = ReferenceServer.builder().seedDemoData(false).start()) {
      TestClient c = new TestClient(server).login();
      Set<String> original = new HashSet<>();
      for (int i = 0; i < 260; i++) {
        original.add((String) c.post("/api/flows", Json.obj("displayName", "f" + i)).json().get("id"));
      }
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        TestClient.Res page = c.get("/api/flows?limit=50" + (cursor == null ? "" : "&cursor=" + cursor));
        assertEquals(200, page.code, page.body);
        for (Map<String, Object> f : page.data()) seen.add((String) f.get("id"));
        // inserts during the walk: newer than everything, so they never show up behind us
        c.post("/api/flows", Json.obj("displayName", "inserted" + pages));
        cursor = (String) page.json().get("next");
        pages++;
      } while (cursor != null && pages < 20);
      assertEquals(6, pages);
      assertEquals(seen.size(), new HashSet<>(seen).size(), "no repeats");
      assertEquals(original, new HashSet<>(seen), "no gaps");
    }
  }

  @Test void previousCursorWalksBackAndLimitsAreValidated() {
    try (ReferenceServer server = ReferenceServer.builder().seedDemoData(false).start()) {
      TestClient c = new TestClient(server).login();
      for (int i = 0; i < 7; i++) c.post("/api/flows", Json.obj("displayName", "f" + i));
      TestClient.Res first = c.get("/api/flows?limit=3");
      assertNull(first.json().get("previous"));
      TestClient.Res second = c.get("/api/flows?limit=3&cursor=" + first.json().get("next"));
      assertNotNull(second.json().get("previous"));
      TestClient.Res back = c.get("/api/flows?limit=3&cursor=" + second.json().get("previous"));
      assertEquals(first.data(), back.data());
      TestClient.Res last = c.get("/api/flows?limit=3&cursor=" + second.json().get("next"));
      assertEquals(1, last.data().size());
      assertNull(last.json().get("next"));

      for (String bad : new String[] {"limit=0", "limit=101", "limit=x", "cursor=!!!", "cursor=Zm9v"}) {
        TestClient.Res r = c.get("/api/flows?" + bad);
        assertEquals(400, r.code, bad);
        assertEquals("VALIDATION_ERROR", r.error());
        assertTrue(((Map<?, ?>) r.json().get("details")).get("field") != null);
      }
      assertEquals(7, c.get("/api/flows?limit=100").data().size());
    }
  }
}
