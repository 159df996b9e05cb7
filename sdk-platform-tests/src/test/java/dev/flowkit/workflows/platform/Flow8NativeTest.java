package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.ConflictException;
import dev.flowkit.core.Page;
import dev.flowkit.server.RecordedExchange;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.flow8.AsyncFlow8;
import dev.flowkit.workflows.flow8.Channel;
import dev.flowkit.workflows.flow8.ChannelParams;
import dev.flowkit.workflows.flow8.Filter;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.flow8.Flow8Flow;
import dev.flowkit.workflows.flow8.Flow8Query;
import dev.flowkit.workflows.flow8.FlowParams;
import dev.flowkit.workflows.flow8.Flowlet;
import dev.flowkit.workflows.flow8.FlowletParams;
import dev.flowkit.workflows.flow8.Group;
import dev.flowkit.workflows.flow8.GroupParams;
import dev.flowkit.workflows.flow8.KvEntry;
import dev.flowkit.workflows.flow8.KvParams;
import dev.flowkit.workflows.flow8.Play;
import dev.flowkit.workflows.flow8.PlayLayer;
import dev.flowkit.workflows.flow8.PlayStarted;
import dev.flowkit.workflows.flow8.PlayState;
import dev.flowkit.workflows.flow8.Retry;
import dev.flowkit.workflows.flow8.RouteParams;
import dev.flowkit.workflows.flow8.RunParams;
import dev.flowkit.workflows.flow8.Schedule;
import dev.flowkit.workflows.flow8.ScheduleParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Flow8.of(client): each native call's exact request against the flow8 reference server, and its decoding. */
class Flow8NativeTest {
  private final ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start();
  private final FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(server.url() + "api/")
      .apiKey(server.demoApiKey()).build();
  private final Flow8 f8 = Flow8.of(client);

  @AfterEach void close() {
    client.close();
    server.close();
  }

  private RecordedExchange last() {
    List<RecordedExchange> all = server.exchanges();
    return all.get(all.size() - 1);
  }

  private String line() {
    RecordedExchange x = last();
    return x.method() + " " + x.path() + (x.query() == null ? "" : "?" + x.query());
  }

  @Test void flowsAndFlowlets() {
    Flow8Flow flow = f8.flows().create(FlowParams.builder().name("Invoice Processing").enabled(true)
        .category("Finance").groupId("65group1").build());
    assertEquals("POST /api/flows", line());
    assertEquals("{\"name\":\"Invoice Processing\",\"enabled\":true,\"category\":\"Finance\",\"groupId\":\"65group1\"}",
        last().requestBody());
    assertEquals("invoice-processing", flow.permanentId());
    assertEquals(Long.valueOf(1), flow.version());

    Flowlet layer = f8.flowlets().add(flow.id(), FlowletParams.builder().name("Fetch Invoice").ref("fetchInvoice")
        .appId("curl").index(0).args(Map.of("method", "GET")).timeout(15)
        .retry(Retry.builder().count(2).delayMs(500).backoffMultiplier(2).build())
        .filters(List.of(Filter.of("{{ $prev.args.amount }}", "gte", "1000"))).build());
    assertEquals("POST /api/flows/" + flow.id() + "/layers", line());
    assertEquals("fetchInvoice", layer.ref());
    assertEquals(Long.valueOf(2), layer.retry().count());
    assertEquals("gte", layer.filters().get(0).operator());
    Flowlet updated = f8.flowlets().update(flow.id(), layer.id(), FlowletParams.builder().timeout(20).build());
    assertEquals("{\"timeout\":20}", last().requestBody());
    assertEquals(Long.valueOf(20), updated.timeout());
    Page<Flowlet> layers = f8.flowlets().list(flow.id());
    assertEquals("GET /api/flows/" + flow.id() + "/layers", line());
    assertEquals(1, layers.data().size());

    Page<Flow8Flow> finance = f8.flows().list(Flow8Query.builder().category("Finance").enabled(true).size(10).build());
    assertEquals("GET /api/flows?category=Finance&enabled=true&size=10", line());
    assertEquals(Long.valueOf(1), finance.totalCount());
    assertEquals(Long.valueOf(3), f8.flows().get(flow.id()).version());
    assertEquals(false, f8.flows().update(flow.id(), FlowParams.builder().enabled(false).build()).enabled());
    assertThrows(UnsupportedOperationException.class, () -> f8.flows().list(Flow8Query.builder().scope("global").build()),
        "a filter flows do not take is refused before any request");
    f8.flowlets().delete(flow.id(), layer.id());
    assertEquals("DELETE /api/flows/" + flow.id() + "/layers/" + layer.id(), line());
    f8.flows().delete(flow.id());
    assertEquals(204, last().status());
  }

  @Test void runPlaysLayersApproveDeclineAndCancel() throws Exception {
    PlayStarted started = f8.flows().run(server.flowId("Approval"), RunParams.builder().args(Map.of("n", 1))
        .idempotencyKey("k-1").build());
    assertEquals("{\"args\":{\"n\":1},\"idempotencyKey\":\"k-1\"}", last().requestBody());
    assertEquals(started.playId(), f8.flows().run(server.flowId("Approval"),
        RunParams.builder().args(Map.of("n", 1)).idempotencyKey("k-1").build()).playId());
    PlayLayer waiting = awaitWaiting(started.playId());
    Play approved = f8.plays().approve(started.playId(), waiting.id(), "Looks good");
    assertEquals("{\"layerId\":\"" + waiting.id() + "\",\"decision\":\"approved\",\"note\":\"Looks good\"}",
        last().requestBody());
    assertNotNull(approved.state());

    String second = f8.flows().run(server.flowId("Approval"), RunParams.none()).playId();
    assertTrue(last().requestBody().matches("\\{\"args\":\\{},\"idempotencyKey\":\"[0-9a-f-]{36}\"}"), last().requestBody());
    Play declined = f8.plays().decline(second, awaitWaiting(second).id(), "Amount exceeds limit");
    assertEquals(PlayState.FAIL, declined.state());

    String slow = f8.flows().run(server.flowId("Slow"), RunParams.none()).playId();
    assertEquals(PlayState.FAIL, f8.plays().cancel(slow).state());
    assertEquals("DELETE /api/plays/" + slow, line());
    ConflictException again = assertThrows(ConflictException.class, () -> f8.plays().cancel(slow));
    assertEquals("PLAY_ENDED", again.errorCode());

    Page<Play> failed = f8.plays().list(Flow8Query.builder().state(PlayState.FAIL).size(1).build());
    assertEquals("GET /api/plays?state=FAIL&size=1", line());
    assertEquals(Long.valueOf(2), failed.totalCount());
    List<String> ids = new ArrayList<>();
    for (Play p : failed.autoPager()) ids.add(p.id());
    assertEquals(List.of(slow, second), ids, "newest first, page by page");
    assertEquals("GET /api/plays?state=FAIL&size=1&page=1", line());
    assertEquals(Long.valueOf(2), f8.flows().plays(server.flowId("Approval"), Flow8Query.none()).totalCount());
    assertEquals("GET /api/flows/" + server.flowId("Approval") + "/plays", line());
    assertEquals(Long.valueOf(1), f8.flows().plays(server.flowId("Slow")).totalCount());
    assertEquals(PlayState.FAIL, f8.plays().get(slow).state());
  }

  @Test void groupsKvChannelsSchedulesAndAsync() throws Exception {
    Group group = f8.groups().create(GroupParams.builder().name("Finance Automation").index(1).build());
    assertEquals("{\"name\":\"Finance Automation\",\"index\":1}", last().requestBody());
    assertEquals("Finance & Billing Automation",
        f8.groups().update(group.id(), GroupParams.builder().name("Finance & Billing Automation").build()).name());
    assertEquals(1, f8.groups().list().data().size());
    f8.groups().delete(group.id());

    KvEntry entry = f8.kv().set(KvParams.global("featureEnabled", "true"));
    assertEquals("{\"key\":\"featureEnabled\",\"value\":\"true\",\"scope\":\"global\"}", last().requestBody());
    assertEquals("true", entry.value());
    assertEquals(1, f8.kv().list(Flow8Query.builder().scope("global").build()).data().size());
    assertEquals("GET /api/kv?scope=global", line());
    f8.kv().delete(entry.id());

    Channel channel = f8.channels().create(ChannelParams.builder().name("Invoice Webhook Receiver").kind("http")
        .authMode("header_token").authToken("secret").enabled(true).build());
    assertEquals(Long.valueOf(7701), channel.port());
    assertFalse(ChannelParams.builder().authToken("secret").build().toString().contains("secret"));
    f8.channels().addRoute(channel.id(), RouteParams.builder().name("Process Invoice").httpMethod("POST")
        .path("/invoice/process").targetFlowIds(List.of(server.flowId("Hello"))).responseMode("sync").build());
    assertEquals(1, f8.channels().get(channel.id()).routes().size());
    f8.channels().delete(channel.id());

    Schedule schedule = f8.schedules().create(ScheduleParams.builder().flowId(server.flowId("Hello"))
        .cron("0 9 * * 1-5").args(Map.of("name", "Cron")).build());
    assertNotNull(schedule.nextRunAt());
    assertEquals(false, f8.schedules().update(schedule.id(), ScheduleParams.builder().enabled(false).build()).enabled());
    assertEquals(1, f8.schedules().list(Flow8Query.builder().flowId(server.flowId("Hello")).build()).data().size());
    f8.schedules().delete(schedule.id());

    AsyncPage<Flow8Flow> page = AsyncFlow8.of(client.async()).flows().list(Flow8Query.builder().size(2).build())
        .get(10, TimeUnit.SECONDS);
    assertEquals(Integer.valueOf(3), page.pageCount());
    assertEquals(2, page.data().size());
    assertTrue(page.hasNextPage());
    assertEquals(2, page.nextPage().get(10, TimeUnit.SECONDS).data().size());
    List<PlayLayer> none = AsyncFlow8.of(client.async()).plays().layers(
        AsyncFlow8.of(client.async()).flows().run(server.flowId("Hello"), RunParams.none()).get(10, TimeUnit.SECONDS).playId())
        .get(10, TimeUnit.SECONDS);
    assertTrue(none.size() <= 1);
  }

  private PlayLayer awaitWaiting(String playId) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (PlayLayer l : f8.plays().layers(playId)) {
        if (l.state() == PlayState.WAIT) return l;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("play " + playId + " never waited");
  }
}
