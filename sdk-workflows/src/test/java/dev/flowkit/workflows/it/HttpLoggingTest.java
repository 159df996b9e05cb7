package dev.flowkit.workflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.HttpLogLevel;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ReferenceServerTest;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.models.ConnectionType;
import dev.flowkit.workflows.models.ConnectionValue;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * HTTP logging over real HTTP: every exchange that carries a secret (login, API keys in both
 * headers, session cookies, a connection's value, MCP tokens) is logged at every level, and
 * no secret reaches the log.
 */
@ReferenceServerTest
class HttpLoggingTest {
  private static final String CONNECTION_SECRET = "xoxb-connection-secret-4711";
  private static final String CONNECTION_PASSWORD = "basic-auth-password-0815";

  private final Logger logger = Logger.getLogger("dev.flowkit.http");
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          log.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLog() {
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
  }

  @AfterEach
  void releaseLog() {
    logger.removeHandler(capture);
    logger.setUseParentHandlers(true);
  }

  @ParameterizedTest
  @EnumSource(value = HttpLogLevel.class, names = {"BASIC", "HEADERS", "BODY"})
  void noSecretReachesTheLog(HttpLogLevel level, ReferenceServer server) {
    List<String> secrets = new ArrayList<>(List.of(
        ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD, server.demoApiKey(),
        CONNECTION_SECRET, CONNECTION_PASSWORD));

    try (FlowClient session = Clients.base(server).httpLogLevel(level)
        .credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD).build()) {
      Workflows w = session.workflows();
      w.listFlows(); // logs in: the login body, Set-Cookie, then the Cookie header
      for (Cookie cookie : session.sessionCookies()) secrets.add(cookie.value());

      CreatedApiKey key = session.auth().createApiKey("logged");
      secrets.add(key.key());

      w.upsertConnection(UpsertConnectionParams.builder()
          .externalId("slack-" + level).displayName("Slack").pieceName("slack")
          .type(ConnectionType.SECRET_TEXT).value(ConnectionValue.secretText(CONNECTION_SECRET))
          .build());
      w.upsertConnection(UpsertConnectionParams.builder()
          .externalId("jira-" + level).displayName("Jira").pieceName("jira")
          .type(ConnectionType.BASIC_AUTH).value(ConnectionValue.basicAuth("ada", CONNECTION_PASSWORD))
          .build());

      McpServer mcp = w.createMcpServer(CreateMcpServerParams.builder()
          .addTool("greet", server.flowId("Hello")).build());
      secrets.add(mcp.token());
      secrets.add(w.rotateMcpToken(mcp.id()).token());
      w.listMcpServers();
      w.getMcpServer(mcp.id());

      try (FlowClient bearer = Clients.base(server).httpLogLevel(level).apiKey(key.key()).build();
          FlowClient header = Clients.base(server).httpLogLevel(level).apiKey(server.demoApiKey())
              .apiKeyHeader(ApiKeyHeader.X_API_KEY).build()) {
        bearer.workflows().listConnections();
        FlowRun run = header.workflows().triggerFlowSync(
            server.flowId("Hello"), Map.of("name", "Ada"), Duration.ofSeconds(5));
        assertEquals(Map.of("greeting", "Hello, Ada!"), run.output());
      }
      session.auth().logout();
    }

    String text = String.join("\n", log);
    for (String secret : secrets) {
      assertFalse(text.contains(secret), () -> "secret " + secret + " logged at " + level + ":\n" + text);
    }
    // The exchanges that carry secrets were logged, so the check above looked at them.
    assertTrue(text.contains("--> POST " + server.url() + "api/auth/login"), text);
    assertTrue(text.contains("--> POST " + server.url() + "api/mcp-servers/"), text);
    assertTrue(text.contains("<-- 201"), text);
    if (level != HttpLogLevel.BASIC) {
      for (String header : List.of("Set-Cookie: ██", "Cookie: ██", "Authorization: ██", "X-API-KEY: ██")) {
        assertTrue(text.contains(header), () -> header + " missing at " + level + ":\n" + text);
      }
    } else {
      assertFalse(text.contains("User-Agent"), text);
    }
    if (level == HttpLogLevel.BODY) {
      for (String field : List.of("\"email\":\"██\"", "\"password\":\"██\"", "\"key\":\"██\"",
          "\"token\":\"██\"", "\"value\":\"██\"", "\"greeting\":\"Hello, Ada!\"")) {
        assertTrue(text.contains(field), () -> field + " missing at " + level + ":\n" + text);
      }
    } else {
      assertFalse(text.contains("\"displayName\""), text);
    }
  }

  @ParameterizedTest
  @EnumSource(value = HttpLogLevel.class, names = {"BASIC", "BODY"})
  void streamedRunsAreLoggedWithoutTheirEvents(HttpLogLevel level, ReferenceServer server) {
    try (FlowClient client = Clients.base(server).httpLogLevel(level).apiKey(server.demoApiKey()).build()) {
      try (RunStream events = client.workflows().streamFlow(server.flowId("Hello"), Map.of("name", "Ada"))) {
        assertTrue(events.stream().anyMatch(event -> event instanceof RunEvent.Output));
      }
    }
    String text = String.join("\n", log);
    assertTrue(text.contains("/run (38-byte body)"), text);
    if (level == HttpLogLevel.BODY) assertTrue(text.contains("(event stream, not logged)"), text);
  }

  @ParameterizedTest
  @EnumSource(value = HttpLogLevel.class, names = {"NONE"})
  void noneLogsNothing(HttpLogLevel level, ReferenceServer server) {
    logger.setLevel(Level.ALL);
    try (FlowClient client = Clients.base(server).httpLogLevel(level).apiKey(server.demoApiKey()).build()) {
      client.workflows().listFlows();
    } finally {
      logger.setLevel(null);
    }
    assertEquals(List.of(), log);
  }
}
