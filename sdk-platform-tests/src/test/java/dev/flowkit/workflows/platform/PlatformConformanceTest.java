package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.BadRequestException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.Page;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowStatus;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same journeys for every platform, over real HTTP, against the reference server
 * impersonating that platform: sign in the platform's way, list every page, get, trigger, wait,
 * read the output, stream where the platform streams, and the errors. A call a platform lacks
 * must fail before any request. Imbrace and Activepieces, whose runs start from webhooks that name
 * no run, have journeys of their own ({@code ActivepiecesJourneyTest}).
 */
class PlatformConformanceTest {
  private ReferenceServer server;
  private FlowClient client;

  private void start(Platform platform) {
    server = ReferenceServer.builder().platform(ServerPlatform.valueOf(platform.name())).start();
    client = Targets.signedIn(server, platform);
  }

  @AfterEach void close() {
    if (client != null) client.close();
    if (server != null) server.close();
  }

  /** Asserts the call is refused as unsupported, naming platform and call, without a request. */
  static void assertUnsupported(ReferenceServer server, Platform platform, String call, Executable executable) {
    int before = server.exchanges().size();
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, executable);
    assertTrue(e.getMessage().contains(platform.name()) && e.getMessage().contains(call), e.getMessage());
    assertEquals(before, server.exchanges().size(), "no request for an unsupported call");
    assertFalse(platform.supportedCalls().contains(call), call + " is listed as supported");
  }

  @ParameterizedTest @EnumSource(value = Platform.class, mode = EnumSource.Mode.EXCLUDE, names = {"IMBRACE", "ACTIVEPIECES"})
  void signsInThePlatformsWay(Platform platform) {
    start(platform);
    if (platform == Platform.FLOWAI) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Targets.base(server, platform)
          .credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD).build());
      assertTrue(e.getMessage().contains("FLOWAI has no login"), e.getMessage());
      client.workflows().triggerFlowSync(server.flowId("Hello"), map("name", "key"), Duration.ofSeconds(10));
      assertEquals("<redacted>", server.exchanges().get(0).requestHeaders().get("X-API-KEY"));
      assertEquals(null, server.exchanges().get(0).requestHeaders().get("Authorization"));
      return;
    }
    Session session = client.auth().getSession();
    assertTrue(session.authenticated());
    assertEquals(ReferenceServer.DEMO_EMAIL, session.user().email());
    if (platform == Platform.IAI_FLOW || platform == Platform.FLOW8) {
      assertTrue(server.exchanges().stream().anyMatch(e -> e.method().equals("POST") && e.path().equals("/api/auth/login")
          && e.status() == 200), "signs in with the session login");
      client.auth().logout();
      assertEquals(platform == Platform.FLOW8 ? "POST /api/auth/logout" : "DELETE /api/auth/session",
          last(server).method() + " " + last(server).path());
    }
  }

  @ParameterizedTest @EnumSource(value = Platform.class, mode = EnumSource.Mode.EXCLUDE, names = {"IMBRACE", "ACTIVEPIECES"})
  void listsEveryPage(Platform platform) {
    start(platform);
    Workflows w = client.workflows();
    if (platform == Platform.FLOWAI) {
      assertUnsupported(server, platform, "listFlows", () -> w.listFlows());
      assertUnsupported(server, platform, "listRuns", () -> w.listRuns());
      return;
    }
    Page<Flow> first = w.listFlows(ListFlowsParams.builder().limit(2).build());
    List<String> ids = new ArrayList<>();
    for (Flow flow : first.autoPager()) ids.add(flow.id());
    assertEquals(5, ids.size(), ids.toString());
    assertEquals(5, new HashSet<>(ids).size(), "no flow twice: " + ids);
    if (platform == Platform.IAI_FLOW) {
      assertEquals(5, first.data().size(), "IAI Flow lists without pages");
      assertFalse(first.hasNextPage());
    } else {
      assertEquals(2, first.data().size());
      assertTrue(first.hasNextPage());
    }
    if (platform == Platform.FLOW8) {
      assertEquals(Long.valueOf(5), first.totalCount());
      assertEquals(Integer.valueOf(3), first.pageCount());
      assertEquals(List.of("page=0&size=2", "page=1&size=2", "page=2&size=2"), server.exchanges().stream()
          .filter(e -> e.path().equals("/api/flows") && e.status() == 200).map(e -> e.query())
          .collect(java.util.stream.Collectors.toList()), "one page+size request per page");
    } else {
      assertEquals(null, first.totalCount());
    }
  }

  @ParameterizedTest @EnumSource(value = Platform.class, mode = EnumSource.Mode.EXCLUDE, names = {"IMBRACE", "ACTIVEPIECES"})
  void getsAFlow(Platform platform) {
    start(platform);
    String hello = server.flowId("Hello");
    if (platform == Platform.FLOWAI) {
      assertUnsupported(server, platform, "getFlow", () -> client.workflows().getFlow(hello));
      return;
    }
    Flow flow = client.workflows().getFlow(hello);
    assertEquals(hello, flow.id());
    assertEquals("Hello", flow.version().displayName());
    assertEquals(FlowStatus.ENABLED, flow.status());
    assertEquals("greet", flow.version().trigger().nextAction().name());
    assertNotNull(flow.updated());
    if (platform == Platform.IAI_FLOW) assertEquals(Integer.valueOf(1), flow.version().number());
  }

  @ParameterizedTest @EnumSource(value = Platform.class, mode = EnumSource.Mode.EXCLUDE, names = {"IMBRACE", "ACTIVEPIECES"})
  void triggersWaitsAndReadsTheOutput(Platform platform) throws Exception {
    start(platform);
    Workflows w = client.workflows();
    String hello = server.flowId("Hello");
    FlowRun done;
    if (platform == Platform.FLOWAI) {
      assertUnsupported(server, platform, "triggerFlow", () -> w.triggerFlow(hello, map("name", "Ada")));
      done = w.triggerFlowSync(hello, map("name", "Ada"), Duration.ofSeconds(30));
      assertUnsupported(server, platform, "getRun", () -> w.waitForRun("run_x", Duration.ofSeconds(1)));
    } else {
      FlowRun started = w.triggerFlow(hello, map("name", "Ada"));
      assertNotNull(started.id());
      assertEquals(hello, started.flowId());
      assertNotNull(started.status());
      done = w.waitForRun(started.id(), Duration.ofSeconds(20));
      assertEquals(started.id(), done.id());
      List<String> recentIds = new ArrayList<>();
      for (FlowRun run : w.listRuns(ListRunsParams.builder().status(RunStatus.SUCCEEDED).build()).autoPager()) {
        recentIds.add(run.id());
      }
      assertEquals(List.of(started.id()), recentIds);
      if (platform != Platform.FLOW8) assertEquals(started.id(), w.listLatestRuns().get(0).id());
      List<dev.flowkit.workflows.models.StepResult> steps = w.listRunSteps(started.id());
      assertEquals(platform == Platform.FLOW8 ? List.of("greet") : List.of("trigger", "greet"),
          steps.stream().map(s -> s.name()).collect(java.util.stream.Collectors.toList()),
          "a flow8 play has a layer per flowlet, and no trigger step");
      if (platform == Platform.FLOW8) {
        assertEquals(null, done.output(), "a flow8 play has no output of its own; its layers do");
        done = done.toBuilder().output(steps.get(steps.size() - 1).output()).build();
      }
    }
    assertEquals(RunStatus.SUCCEEDED, done.status());
    assertEquals(map("greeting", "Hello, Ada!"), done.output());
    assertNotNull(done.durationMs());
    if (platform == Platform.IAI_FLOW) assertEquals("Hello", done.flowName());
  }

  @ParameterizedTest @EnumSource(value = Platform.class, mode = EnumSource.Mode.EXCLUDE, names = {"IMBRACE", "ACTIVEPIECES"})
  void aFailingRunReportsItsError(Platform platform) throws Exception {
    start(platform);
    Workflows w = client.workflows();
    String failing = server.flowId("Failing");
    FlowRun done = platform == Platform.FLOWAI
        ? w.triggerFlowSync(failing, null, Duration.ofSeconds(30))
        : w.waitForRun(w.triggerFlow(failing, null).id(), Duration.ofSeconds(20));
    assertEquals(RunStatus.FAILED, done.status());
    assertEquals("boom", done.error().message());
    assertEquals(null, done.output());
  }

  @ParameterizedTest @EnumSource(value = Platform.class, mode = EnumSource.Mode.EXCLUDE, names = {"IMBRACE", "ACTIVEPIECES"})
  void streamsWhereThePlatformStreams(Platform platform) {
    start(platform);
    String story = server.flowId("Story");
    if (platform == Platform.FLOW8) { // events over its WebSocket: steps, no tokens (Flow8LiveTest has the rest)
      try (RunStream events = client.workflows().streamFlow(story, map("topic", "AI"))) {
        RunEvent last = null;
        while (events.hasNext()) last = events.next();
        assertTrue(last instanceof RunEvent.Output, String.valueOf(last));
      }
      return;
    }
    if (platform == Platform.IAI_FLOW) {
      assertUnsupported(server, platform, "streamFlow", () -> client.workflows().streamFlow(story, map("topic", "AI")));
      assertUnsupported(server, platform, "streamRun", () -> client.workflows().streamRun("run_x"));
      return;
    }
    try (RunStream events = client.workflows().streamFlow(story, map("topic", "AI"))) {
      List<String> tokens = new ArrayList<>();
      RunEvent last = null;
      while (events.hasNext()) {
        last = events.next();
        if (last instanceof RunEvent.Token) tokens.add(((RunEvent.Token) last).content());
      }
      assertTrue(tokens.size() > 5, tokens.toString());
      assertTrue(String.join("", tokens).startsWith("Once upon a time, AI"), tokens.toString());
      assertTrue(last instanceof RunEvent.Output, String.valueOf(last));
    }
  }

  @ParameterizedTest @EnumSource(value = Platform.class, mode = EnumSource.Mode.EXCLUDE, names = {"IMBRACE", "ACTIVEPIECES"})
  void errorsAreTyped(Platform platform) {
    start(platform);
    Workflows w = client.workflows();
    // 404
    NotFoundException missing = assertThrows(NotFoundException.class, () -> {
      if (platform == Platform.FLOWAI) {
        w.triggerFlowSync("flow_nope", null, Duration.ofSeconds(5));
      } else {
        w.getFlow("flow_nope");
      }
    });
    assertEquals(404, missing.statusCode());
    assertNotNull(missing.errorCode(), missing.toString());
    assertTrue(missing.getMessage().contains("flow_nope"), missing.getMessage());

    // 401
    try (FlowClient stranger = Targets.stranger(server, platform)) {
      UnauthorizedException denied = assertThrows(UnauthorizedException.class, () -> {
        if (platform == Platform.FLOWAI) {
          stranger.workflows().triggerFlowSync(server.flowId("Hello"), null, Duration.ofSeconds(5));
        } else {
          stranger.workflows().listFlows();
        }
      });
      assertEquals(401, denied.statusCode());
      assertNotNull(denied.errorCode());
    }

    // validation
    if (platform == Platform.FLOWAI) {
      int before = server.exchanges().size();
      assertThrows(IllegalArgumentException.class,
          () -> w.triggerFlowSync(server.flowId("Hello"), List.of("not", "an", "object"), Duration.ofSeconds(5)));
      assertEquals(before, server.exchanges().size(), "FlowAI takes object input; checked before sending");
    } else {
      BadRequestException invalid = assertThrows(BadRequestException.class,
          () -> w.createFlow(CreateFlowParams.builder().displayName("   ").build()));
      assertEquals(400, invalid.statusCode());
      assertEquals("VALIDATION_ERROR", invalid.errorCode());
      assertTrue(invalid.getMessage().toLowerCase(java.util.Locale.ROOT).contains("name"), invalid.getMessage());
    }
  }

  @ParameterizedTest @EnumSource(value = Platform.class, mode = EnumSource.Mode.EXCLUDE, names = {"IMBRACE", "ACTIVEPIECES"})
  void unsupportedCallsNameThePlatformAndTheCall(Platform platform) {
    start(platform);
    Workflows w = client.workflows();
    Set<String> supported = platform.supportedCalls();
    if (!supported.contains("listVersions")) {
      assertUnsupported(server, platform, "listVersions", () -> w.listVersions(server.flowId("Hello")));
    }
    if (!supported.contains("listFolders")) {
      assertUnsupported(server, platform, "listFolders", () -> w.listFolders());
    }
    if (!supported.contains("cancelRun")) {
      assertUnsupported(server, platform, "cancelRun", () -> w.cancelRun("run_x"));
    }
    if (!supported.contains("listMcpServers")) {
      assertUnsupported(server, platform, "listMcpServers", () -> client.async().workflows().listMcpServers(dev.flowkit.workflows.models.ListParams.none()));
    }
    if (platform == Platform.FLOWKIT) {
      assertEquals(Platform.FLOWKIT.supportedCalls(), supported, "the contract has every shared call");
    }
  }

  private static dev.flowkit.server.RecordedExchange last(ReferenceServer server) {
    List<dev.flowkit.server.RecordedExchange> all = server.exchanges();
    return all.get(all.size() - 1);
  }

  static Map<String, Object> map(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }
}
