package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.core.UnauthorizedException;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that breaks its promises: answers missing ids or other required fields or holding
 * nulls in lists, and a platform mounted under a path that refuses the password. Each ends in a
 * typed error: at once for a missing id or a broken list, when read for any other value.
 */
class HostileServerTest {
  private static final String T = "\"2026-01-01T00:00:00Z\"";
  private static final String STEP = "{\"name\":\"trigger\",\"type\":\"MANUAL\",\"displayName\":\"trigger\",\"settings\":{},\"nextAction\":null}";
  private static final String VERSION =
      "{\"id\":\"fv_1\",\"created\":" + T + ",\"updated\":" + T + ",\"flowId\":\"flow_1\",\"displayName\":\"Hello\","
          + "\"state\":\"DRAFT\",\"valid\":true,\"trigger\":" + STEP + "}";
  private static final String FLOW =
      "{\"id\":\"flow_1\",\"created\":" + T + ",\"updated\":" + T + ",\"projectId\":\"proj_1\",\"status\":\"ENABLED\","
          + "\"operationStatus\":\"NONE\",\"version\":" + VERSION + "}";
  private static final String RUN =
      "{\"id\":\"run_1\",\"created\":" + T + ",\"updated\":" + T + ",\"projectId\":\"proj_1\",\"flowId\":\"flow_1\","
          + "\"flowVersionId\":\"fv_1\",\"status\":\"QUEUED\",\"environment\":\"PRODUCTION\",\"input\":{},\"steps\":{},"
          + "\"failParentOnFailure\":false,\"tags\":[],\"triggeredBy\":\"api\"}";

  private MockWebServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private FlowClient client() {
    return FlowClient.builder().baseUrl(server.url("/").toString()).apiKey("fk_test_key").maxRetries(0).build();
  }

  private InvalidResponseException invalid(String body, java.util.function.Consumer<FlowClient> call) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
    try (FlowClient client = client()) {
      return assertThrows(InvalidResponseException.class, () -> call.accept(client));
    }
  }

  @Test
  void theCompleteShapesDecode() {
    server.enqueue(new MockResponse.Builder().body(FLOW).build());
    server.enqueue(new MockResponse.Builder().body(RUN).build());
    try (FlowClient client = client()) {
      Flow flow = client.workflows().getFlow("flow_1");
      assertEquals("Hello", flow.version().displayName());
      assertEquals("run_1", client.workflows().getRun("run_1").id());
    }
  }

  @Test
  void dataAfterTheJsonValueIsNotTakenForAnAnswer() {
    // RFC 8259: a JSON text is one value with only whitespace around it.
    InvalidResponseException e = invalid(FLOW + " {\"id\":\"flow_other\"}", c -> c.workflows().getFlow("flow_1"));
    assertTrue(e.getMessage().contains("more data after the JSON value"), e.getMessage());
    invalid(FLOW + "<html>", c -> c.workflows().getFlow("flow_1"));
    server.enqueue(new MockResponse.Builder().body(FLOW + " \r\n\t\n").build());
    try (FlowClient client = client()) {
      assertEquals("flow_1", client.workflows().getFlow("flow_1").id(), "whitespace after the value is fine");
    }
  }

  @Test
  void flowWithoutIdNamesTheField() {
    InvalidResponseException e = invalid(FLOW.replace("\"id\":\"flow_1\",", ""), c -> c.workflows().getFlow("flow_1"));
    assertTrue(e.getMessage().contains("Required value 'id' missing at $"), e.getMessage());
  }

  @Test
  void runWithoutStatusIsReadAndNamesTheFieldWhenItIsRead() {
    server.enqueue(new MockResponse.Builder().body(RUN.replace("\"status\":\"QUEUED\",", "")).build());
    try (FlowClient client = client()) {
      FlowRun run = client.workflows().getRun("run_1");
      assertEquals("flow_1", run.flowId());
      InvalidResponseException e = assertThrows(InvalidResponseException.class, run::status);
      assertTrue(e.getMessage().startsWith("FlowRun run_1 has no \"status\""), e.getMessage());
    }
  }

  @Test
  void aMissingIdDeepInsideNamesItsPath() {
    String body = "{\"data\":[" + FLOW + "," + FLOW.replace("\"id\":\"fv_1\",", "") + "],\"next\":null,\"previous\":null}";
    InvalidResponseException e = invalid(body, c -> c.workflows().listFlows());
    assertTrue(e.getMessage().contains("Required value 'id' missing at $.data[1].version"), e.getMessage());
  }

  @Test
  void aMissingValueDeepInsideIsNamedWhenReadOrValidated() {
    String body = "{\"data\":[" + FLOW + "," + FLOW.replace(",\"flowId\":\"flow_1\"", "") + "],\"next\":null,\"previous\":null}";
    server.enqueue(new MockResponse.Builder().body(body).build());
    try (FlowClient client = client()) {
      List<Flow> flows = client.workflows().listFlows().data();
      assertEquals("Hello", flows.get(1).version().displayName(), "the page is readable");
      InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> flows.get(1).version().flowId());
      assertTrue(e.getMessage().startsWith("FlowVersion fv_1 has no \"flowId\""), e.getMessage());
      assertEquals(e.getMessage(), assertThrows(InvalidResponseException.class, flows.get(1)::validate).getMessage());
      flows.get(0).validate();
    }
  }

  @Test
  void nullInsideAListNamesItsPath() {
    InvalidResponseException e =
        invalid("{\"data\":[" + FLOW + ",null],\"next\":null,\"previous\":null}", c -> c.workflows().listFlows());
    assertTrue(e.getMessage().contains("Unexpected null at $.data[1]"), e.getMessage());
    InvalidResponseException tags =
        invalid(RUN.replace("\"tags\":[]", "\"tags\":[\"a\",null]"), c -> c.workflows().getRun("run_1"));
    assertTrue(tags.getMessage().contains("$.tags[1]"), tags.getMessage());
  }

  @Test
  void nullsInsideFreeFormInputAndOutputAreData() {
    server.enqueue(new MockResponse.Builder().body(RUN.replace("\"input\":{}", "\"input\":{\"xs\":[1,null]}")).build());
    try (FlowClient client = client()) {
      assertEquals(
          java.util.Arrays.asList(1L, null),
          ((java.util.Map<?, ?>) client.workflows().getRun("run_1").input()).get("xs"));
    }
  }

  @Test
  void aPageWithoutDataIsInvalid() {
    InvalidResponseException e = invalid("{\"next\":null,\"previous\":null}", c -> c.workflows().listFlows());
    assertTrue(e.getMessage().contains("Required value 'data' missing at $"), e.getMessage());
  }

  @Test
  void wrongPasswordWithABasePathIsUnauthorizedNotAStackOverflow() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request.getMethod() + " " + request.getUrl().encodedPath());
            return new MockResponse.Builder().code(401).body("{\"error\":\"UNAUTHENTICATED\",\"message\":\"no\"}").build();
          }
        });
    try (FlowClient client =
        FlowClient.builder().baseUrl(server.url("/flow/").toString()).credentials("a@b.c", "wrong").build()) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(10), () -> assertThrows(UnauthorizedException.class, () -> client.workflows().listFlows()));
      assertEquals(List.of("GET /flow/api/flows", "POST /flow/api/auth/login"), requests);
      requests.clear();
      assertThrows(UnauthorizedException.class, () -> client.auth().login("a@b.c", "wrong"));
      assertEquals(List.of("POST /flow/api/auth/login"), requests, "a login's 401 is never answered by logging in");
    }
  }

  @Test
  void expiredSessionUnderABasePathLogsInAgain() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            requests.add(request.getMethod() + " " + path);
            if (path.equals("/flow/api/auth/login")) {
              return new MockResponse.Builder()
                  .addHeader("Set-Cookie", "iai_session=s1; Path=/")
                  .body("{\"authenticated\":true,\"user\":{\"id\":\"usr_1\",\"email\":\"a@b.c\",\"name\":\"A\"},"
                      + "\"workspace\":{\"workspaceId\":\"ws_1\",\"name\":\"W\",\"role\":\"ADMIN\"}}")
                  .build();
            }
            String cookie = request.getHeaders().get("Cookie");
            if (cookie == null || !cookie.contains("iai_session=s1")) {
              return new MockResponse.Builder().code(401).body("{\"error\":\"UNAUTHENTICATED\",\"message\":\"no\"}").build();
            }
            return new MockResponse.Builder().body(FLOW).build();
          }
        });
    try (FlowClient client =
        FlowClient.builder().baseUrl(server.url("/flow/").toString()).credentials("a@b.c", "right").build()) {
      assertEquals("flow_1", client.workflows().getFlow("flow_1").id());
    }
    assertEquals(List.of("GET /flow/api/flows/flow_1", "POST /flow/api/auth/login", "GET /flow/api/flows/flow_1"), requests);
  }
}
