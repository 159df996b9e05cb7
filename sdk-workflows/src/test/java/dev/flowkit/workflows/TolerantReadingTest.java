package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.ConnectionType;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What real servers send, read through the public client over HTTP: {@code externalId: null}
 * where the spec says a string, a missing {@code status}, statuses this SDK did not know, fields it
 * does not model, and integers and decimals no double can hold. Every answer is readable; a
 * missing value fails when it is read, naming it; nothing loses its text or a digit.
 */
class TolerantReadingTest {
  private static final String T = "\"2026-01-01T00:00:00Z\"";
  private static final String STEP = "{\"name\":\"trigger\",\"type\":\"PIECE_TRIGGER\",\"valid\":true,\"settings\":{}}";
  /** As Imbrace (Activepieces) answers it: externalId null, no status, fields Flowkit does not model. */
  private static final String FLOW =
      "{\"id\":\"flow_1\",\"created\":" + T + ",\"updated\":" + T + ",\"projectId\":\"proj_1\",\"externalId\":null,"
          + "\"folderId\":null,\"operationStatus\":\"NONE\",\"publishedVersionId\":null,\"schedule\":null,"
          + "\"metadata\":{\"tasks\":123456789012345678901},"
          + "\"version\":{\"id\":\"fv_1\",\"created\":" + T + ",\"updated\":" + T + ",\"flowId\":\"flow_1\","
          + "\"displayName\":\"Hello\",\"valid\":null,\"trigger\":" + STEP + ",\"updatedBy\":\"usr_1\"}}";
  private static final String OUTPUT =
      "{\"orderId\":12345678901234567890,\"total\":0.30000000000000000001,\"count\":9007199254740993,\"ratio\":0.1}";
  private static final String QUOTA_RUN =
      "{\"id\":\"run_1\",\"created\":" + T + ",\"updated\":" + T + ",\"projectId\":\"proj_1\",\"flowId\":\"flow_1\","
          + "\"flowVersionId\":\"fv_1\",\"status\":\"QUOTA_EXCEEDED\",\"environment\":\"PRODUCTION\",\"input\":{},"
          + "\"output\":" + OUTPUT + ",\"steps\":{},\"failParentOnFailure\":false,\"tags\":[],\"triggeredBy\":\"api\","
          + "\"tasks\":3,\"logsFileId\":null}";
  private static final String CONNECTION =
      "{\"id\":\"conn_1\",\"created\":" + T + ",\"updated\":" + T + ",\"externalId\":null,\"displayName\":\"Slack\","
          + "\"pieceName\":\"@activepieces/piece-slack\",\"projectId\":\"proj_1\",\"type\":\"SECRET_TEXT\","
          + "\"status\":\"ACTIVE\",\"ownerId\":\"usr_1\"}";

  private MockWebServer server;

  /** An answer per path; anything else is a 404. */
  private final Map<String, String> answers = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = answers.get(request.getMethod() + " " + request.getUrl().encodedPath());
        if (body == null) return new MockResponse.Builder().code(404).body("{\"error\":\"NOT_FOUND\",\"message\":\"no\"}").build();
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private FlowClient client() {
    return FlowClient.builder().baseUrl(server.url("/").toString()).apiKey("fk_test_key").maxRetries(0).build();
  }

  @Test
  void aFlowWithANullExternalIdNoStatusAndUnknownFieldsIsReadable() {
    answers.put("GET /api/flows/flow_1", FLOW);
    try (FlowClient client = client()) {
      Flow flow = client.workflows().getFlow("flow_1");

      assertEquals("flow_1", flow.id());
      assertNull(flow.externalId());
      assertEquals("Hello", flow.version().displayName());
      assertEquals("PIECE_TRIGGER", flow.version().trigger().typeAsString(), "a step type the SDK does not list");
      InvalidResponseException e = assertThrows(InvalidResponseException.class, flow::status);
      assertTrue(e.getMessage().startsWith("Flow flow_1 has no \"status\""), e.getMessage());
      assertEquals(e.getMessage(), assertThrows(InvalidResponseException.class, flow::validate).getMessage());

      assertEquals(List.of("schedule", "metadata"), List.copyOf(flow.additionalProperties().keySet()));
      assertEquals(Map.of("tasks", new BigInteger("123456789012345678901")), flow.additionalProperties().get("metadata"));
      assertEquals(Map.of("updatedBy", "usr_1"), flow.version().additionalProperties());
      assertEquals(Map.of("valid", true), flow.version().trigger().additionalProperties());
    }
  }

  @Test
  void aRunInAStatusOnlyNewerServersSendKeepsItAndItsOutputExactly() throws Exception {
    answers.put("GET /api/runs/run_1", QUOTA_RUN);
    answers.put("GET /api/runs/run_2", QUOTA_RUN.replace("run_1", "run_2").replace("QUOTA_EXCEEDED", "PARKED"));
    answers.put("POST /api/flows/flow_1/run", QUOTA_RUN.replace("run_1", "run_3").replace("QUOTA_EXCEEDED", "QUEUED"));
    try (FlowClient client = client()) {
      FlowRun run = client.workflows().waitForRun("run_1", Duration.ofSeconds(5));

      assertEquals(RunStatus.QUOTA_EXCEEDED, run.status());
      assertTrue(run.isTerminal(), "a run over its quota will not change any more");
      assertEquals(3L, run.additionalProperties().get("tasks"));
      Map<?, ?> output = (Map<?, ?>) run.output();
      assertEquals(new BigInteger("12345678901234567890"), output.get("orderId"), "20 digits, beyond a long");
      assertEquals(new BigDecimal("0.30000000000000000001"), output.get("total"));
      assertEquals(9007199254740993L, output.get("count"));
      assertEquals(0.1, output.get("ratio"));
      Order order = run.output(Order.class);
      assertEquals(new BigInteger("12345678901234567890"), order.orderId);
      assertEquals(new BigDecimal("0.30000000000000000001"), order.total);
      assertEquals(9007199254740993L, order.count);

      FlowRun parked = client.workflows().getRun("run_2");
      assertEquals(RunStatus.UNKNOWN, parked.status());
      assertEquals("PARKED", parked.statusAsString());

      // The output sent back as input keeps every digit on the wire.
      client.workflows().triggerFlow("flow_1", run.output());
      RecordedRequest trigger = null;
      for (int i = 0; i < 5 && trigger == null; i++) {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request != null && request.getMethod().equals("POST")) trigger = request;
      }
      String sent = trigger.getBody().utf8();
      assertTrue(sent.contains("\"orderId\":12345678901234567890"), sent);
      assertTrue(sent.contains("\"total\":0.30000000000000000001"), sent);
      assertTrue(sent.contains("\"count\":9007199254740993"), sent);
    }
  }

  @Test
  void aListStaysReadableWhenOneItemLacksAValue() {
    answers.put("GET /api/app-connections", "{\"data\":[" + CONNECTION + "," + CONNECTION.replace("conn_1", "conn_2")
        .replace("\"type\":\"SECRET_TEXT\",", "") + "],\"next\":null,\"previous\":null}");
    try (FlowClient client = client()) {
      List<AppConnection> connections = client.workflows().listConnections().data();

      assertEquals(2, connections.size());
      assertEquals(ConnectionType.SECRET_TEXT, connections.get(0).type());
      assertEquals("Slack", connections.get(1).displayName());
      InvalidResponseException externalId = assertThrows(InvalidResponseException.class, connections.get(0)::externalId);
      assertTrue(externalId.getMessage().startsWith("AppConnection conn_1 has no \"externalId\""), externalId.getMessage());
      InvalidResponseException type = assertThrows(InvalidResponseException.class, connections.get(1)::type);
      assertTrue(type.getMessage().startsWith("AppConnection conn_2 has no \"type\""), type.getMessage());
      assertEquals(Map.of("ownerId", "usr_1"), connections.get(1).additionalProperties());
    }
  }

  @Test
  void aResourceWithoutItsIdIsStillRefusedAtOnce() {
    answers.put("GET /api/runs/run_1", QUOTA_RUN.replace("\"id\":\"run_1\",", ""));
    try (FlowClient client = client()) {
      InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.workflows().getRun("run_1"));
      assertTrue(e.getMessage().contains("Required value 'id' missing at $"), e.getMessage());
    }
  }

  /** The caller's own output type. */
  public static final class Order {
    public BigInteger orderId;
    public BigDecimal total;
    public long count;
  }
}
