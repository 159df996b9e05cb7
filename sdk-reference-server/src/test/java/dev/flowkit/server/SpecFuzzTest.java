package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.flowkit.server.fuzz.FuzzSession;
import dev.flowkit.server.fuzz.FuzzStats;
import dev.flowkit.server.fuzz.FuzzTarget.Auth;
import dev.flowkit.server.fuzz.FuzzTarget;
import dev.flowkit.server.fuzz.SpecDocument;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference server, fuzzed from its own specs: {@code openapi/flow-api.yaml} and every
 * {@code openapi/platforms/*.yaml}, each against the server platform that speaks it.
 *
 * <p>Each fuzz input is a seed for one chain of {@link #STEPS} requests against freshly started
 * servers, one per row of {@link #targets()}. A request is made from its operation's schemas
 * (path ids are ones the server lists), valid or with one thing wrong. A valid one must get a
 * 2xx, or a refusal the state explains (403, 404, 409; 410 where its operation names it); an
 * invalid one a 4xx; every answer must be one its spec describes, and none may fail to arrive or
 * be a 5xx, unless its operation names that status as the platform's answer (the failed run
 * behind an Activepieces sync webhook). After every request, every
 * route that reads (a GET answering JSON) must still answer 200 with what its spec describes, so
 * that no request can leave the server in a state it cannot show.
 *
 * <p>Every build runs the committed seeds ({@code SpecFuzzTestInputs}) and one fresh seed, which
 * it prints; {@code -Dflowkit.fuzz.seed=N} replays seed N, and {@code
 * -Dflowkit.fuzz.only=platforms/flow8.yaml} keeps only that spec's rows (a seed then makes
 * another chain). {@code JAZZER_FUZZ=1} lets Jazzer
 * search for new seeds by coverage (an input that fails is saved beside the committed ones).
 */
class SpecFuzzTest {
  /**
   * Requests per chain (200; {@code -Dflowkit.fuzz.steps} for longer ones): with the committed
   * seeds, about a minute on two cores.
   */
  static final int STEPS = Integer.getInteger("flowkit.fuzz.steps", 200);
  /** {@code -Dflowkit.fuzz.only}: the one spec to fuzz, or null for all. */
  private static final String ONLY = System.getProperty("flowkit.fuzz.only");
  private static final Duration RUN_WAIT = Duration.ofMillis(300);
  private static final FuzzStats STATS = new FuzzStats();
  private static final Map<String, SpecDocument> SPECS = new ConcurrentHashMap<>();
  private static MockWebServer echo;

  /** The pieces the Activepieces and Imbrace platforms know, without their scope. */
  private static final List<String> PIECES = List.of("piece-webhook", "piece-delay", "piece-slack");

  static List<FuzzTarget> targets() {
    return List.of(
        new FuzzTarget("flow-api.yaml", ServerPlatform.FLOWKIT, Auth.SESSION, () -> server(ServerPlatform.FLOWKIT))
            .ids("/api/logs/{runId}", "/api/runs")
            .ids("/api/workflows/{id}", "/api/flows")
            .ids("/v1/api/workflow/run/{id}", "/api/flows")
            .ids("/api/mcp/{serverId}", "/api/mcp-servers")
            .tokenScheme("mcpToken", "/api/mcp-servers/{serverId}"),
        // Activepieces lists flows, runs and MCP servers of a project it is told; a table's fields and records.
        new FuzzTarget("platforms/activepieces.yaml", ServerPlatform.ACTIVEPIECES, Auth.BEARER,
            () -> server(ServerPlatform.ACTIVEPIECES))
            .ids("/api/v1/flows/{id}", "/api/v1/flows?projectId={projectId}")
            .ids("/api/v1/webhooks/{id}", "/api/v1/flows?projectId={projectId}")
            .ids("/api/v1/flow-runs/{id}", "/api/v1/flow-runs?projectId={projectId}")
            .ids("/api/v1/mcp-servers/{id}", "/api/v1/mcp-servers?projectId={projectId}")
            .ids("/api/v1/fields/{id}", "/api/v1/fields?tableId={tableId}")
            .ids("/api/v1/records/{id}", "/api/v1/records?tableId={tableId}")
            .ids("/api/v1/user-invitations/{id}", "/api/v1/user-invitations?type=PROJECT")
            .values("tableId", "/api/v1/tables")
            .fixedIds("/api/v1/pieces/{scope}", s -> List.of("@activepieces"))
            .fixedIds("/api/v1/pieces/{scope}/{name}", s -> PIECES),
        // Imbrace's gateway: the same, with the project the API key's, and two routes of its own.
        new FuzzTarget("platforms/imbrace.yaml", ServerPlatform.IMBRACE, Auth.API_KEY_HEADER,
            () -> server(ServerPlatform.IMBRACE))
            .ids("/activepieces/v1/webhooks/{id}", "/activepieces/v1/flows")
            .ids("/activepieces/v1/mcp-servers/{id}", "/activepieces/v1/mcp-servers?projectId={projectId}")
            .ids("/activepieces/v1/fields/{id}", "/activepieces/v1/fields?tableId={tableId}")
            .ids("/activepieces/v1/records/{id}", "/activepieces/v1/records?tableId={tableId}")
            .ids("/activepieces/v1/user-invitations/{id}", "/activepieces/v1/user-invitations?type=PROJECT")
            .values("tableId", "/activepieces/v1/tables")
            .fixedIds("/activepieces/v1/pieces/{scope}", s -> List.of("@activepieces"))
            .fixedIds("/activepieces/v1/pieces/{scope}/{name}", s -> PIECES),
        new FuzzTarget("platforms/iai-flow.yaml", ServerPlatform.IAI_FLOW, Auth.SESSION, () -> server(ServerPlatform.IAI_FLOW))
            .ids("/api/workflows/{id}", "/api/flows")
            .ids("/api/logs/{runId}", "/api/runs"),
        // FlowAI's call waits for its run; the seeded flows that pause or take seconds are left out.
        new FuzzTarget("platforms/flowai.yaml", ServerPlatform.FLOWAI, Auth.API_KEY_HEADER,
            () -> ReferenceServer.builder().platform(ServerPlatform.FLOWAI).maxRunWait(Duration.ofSeconds(10)).start())
            .fixedIds("/v1/api/workflow/run/{id}", s -> FuzzSession.seeded(s, "Hello", "Story", "Failing")),
        new FuzzTarget("platforms/flow8.yaml", ServerPlatform.FLOW8, Auth.SESSION, () -> server(ServerPlatform.FLOW8)));
  }

  private static ReferenceServer server(ServerPlatform platform) {
    return ReferenceServer.builder().platform(platform).maxRunWait(RUN_WAIT).start();
  }

  /** What HTTP steps of fuzzed flows call: answers every request with a little JSON. */
  @BeforeAll
  static void startEcho() throws IOException {
    echo = new MockWebServer();
    echo.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest request) {
        String body = "{\"method\":\"" + request.getMethod() + "\",\"size\":" + request.getBodySize() + "}";
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
      }
    });
    echo.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterAll
  static void report() {
    System.out.println("Spec fuzz, what each operation got:\n" + STATS.report());
    if (echo != null) echo.close();
  }

  @Test
  void everySpecHasARowInTheTable() throws IOException {
    Path dir = SpecDocument.openapiDir();
    TreeSet<String> specs = new TreeSet<>();
    specs.add("flow-api.yaml");
    try (Stream<Path> files = Files.list(dir.resolve("platforms"))) {
      files.filter(f -> f.toString().endsWith(".yaml")).forEach(f -> specs.add("platforms/" + f.getFileName()));
    }
    TreeSet<String> covered = new TreeSet<>();
    for (FuzzTarget t : targets()) covered.add(t.spec());
    assertEquals(specs, covered, "every spec under openapi/ needs a row in SpecFuzzTest.targets(): the server "
        + "platform that serves it and how to authenticate");
  }

  @FuzzTest(maxDuration = "10m")
  void theServerKeepsToItsSpecsWhateverItIsSent(FuzzedDataProvider data) {
    long seed = data.remainingBytes() >= Long.BYTES ? data.consumeLong() : freshSeed();
    Random random = new Random(seed);
    Deque<String> recent = new ArrayDeque<>();
    try (Fuzz fuzz = Fuzz.start()) {
      for (int step = 1; step <= STEPS; step++) {
        Prepared x = fuzz.prepare(random);
        recent.addLast(step + ". " + x.session + ": " + x.exchange);
        if (recent.size() > 8) recent.removeFirst();
        try {
          fuzz.send(x);
          fuzz.checkReads(random);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError("seed " + seed + " (replay with -Dflowkit.fuzz.seed=" + seed + "), step " + step
              + ": " + e.getMessage() + "\nthe last requests:\n  " + String.join("\n  ", recent), e);
        }
      }
    }
  }

  /** The seed of this build's fresh chain: {@code -Dflowkit.fuzz.seed}, else a new one, printed. */
  private static long freshSeed() {
    Long pinned = Long.getLong("flowkit.fuzz.seed");
    long seed = pinned != null ? pinned : ThreadLocalRandom.current().nextLong();
    System.out.println("Spec fuzz: fresh seed " + seed + " (replay with -Dflowkit.fuzz.seed=" + seed + ")");
    return seed;
  }

  /** One chain's servers, one per row of the table, and the one touched last. */
  static final class Fuzz implements AutoCloseable {
    final List<FuzzSession> sessions = new ArrayList<>();
    FuzzSession last;

    static Fuzz start() {
      Fuzz f = new Fuzz();
      for (FuzzTarget t : targets()) {
        if (ONLY != null && !t.spec().equals(ONLY)) continue;
        SpecDocument spec = SPECS.computeIfAbsent(t.spec(), SpecDocument::load);
        f.sessions.add(new FuzzSession(t, spec, STATS, echo.url("/echo").toString()));
      }
      return f;
    }

    /** A request of a random operation of any of the servers. */
    Prepared prepare(Random random) {
      int total = 0;
      for (FuzzSession s : sessions) {
        for (SpecDocument.Operation op : s.operations()) total += weight(op);
      }
      int pick = random.nextInt(total);
      for (FuzzSession s : sessions) {
        for (SpecDocument.Operation op : s.operations()) {
          pick -= weight(op);
          if (pick < 0) return new Prepared(s, s.prepare(op, random.nextInt(10) < 7, random));
        }
      }
      throw new AssertionError();
    }

    /** Creating comes up three times as often as anything else, so that there is more to act on. */
    private static int weight(SpecDocument.Operation op) {
      return op.method.equals("POST") && !op.path.contains("{") ? 3 : 1;
    }

    void send(Prepared x) {
      last = x.session;
      x.session.send(x.exchange);
    }

    void checkReads(Random random) {
      if (last != null) last.checkReads(random);
    }

    @Override public void close() {
      sessions.forEach(FuzzSession::close);
    }
  }

  /** A request made for one session. */
  static final class Prepared {
    final FuzzSession session;
    final FuzzSession.Exchange exchange;

    Prepared(FuzzSession session, FuzzSession.Exchange exchange) {
      this.session = session;
      this.exchange = exchange;
    }
  }
}
