package dev.flowkit.workflows.iaiflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reference server's signed webhooks, over real HTTP on 127.0.0.1, received by a plain JDK
 * {@code HttpServer} that verifies them with {@link WebhookVerifier}: what the server sends
 * verifies, and a tampered body, a wrong secret, a replayed delivery and a missing signature are
 * each refused with their own error.
 */
class WebhookEndToEndTest {
  private static final String SECRET = "whsec_e2e_only";

  /** What the receiver saw: the raw delivery and what verifying it gave (an event or an error). */
  record Received(byte[] body, String signature, String event, Object outcome) {}

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private HttpServer receiver;
  private ReferenceServer server;

  /** A receiver on any Java HTTP server: raw bytes and two headers in, 204 or 400 out. */
  private String startReceiver(WebhookVerifier verifier) throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    receiver.createContext("/iai", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String signature = exchange.getRequestHeaders().getFirst("X-IAI-Signature");
      String event = exchange.getRequestHeaders().getFirst("X-IAI-Event");
      Object outcome;
      int status;
      try {
        outcome = verifier.verify(body, signature, event);
        status = 204;
      } catch (WebhookVerificationException e) {
        outcome = e;
        status = 400;
      }
      received.add(new Received(body, signature, event, outcome));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/iai";
  }

  @AfterEach void close() {
    if (server != null) server.close();
    if (receiver != null) receiver.stop(0);
  }

  private Received next() throws InterruptedException {
    Received r = received.poll(10, TimeUnit.SECONDS);
    if (r == null) throw new AssertionError("no delivery arrived");
    return r;
  }

  private FlowClient client() {
    return FlowClient.builder().platform(Platform.IAI_FLOW).baseUrl(server.url().toString())
        .credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD).build();
  }

  @Test void whatTheServerSendsVerifiesAsTypedEvents() throws Exception {
    String url = startReceiver(WebhookVerifier.builder().secret(SECRET).build());
    server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).webhook(url, SECRET).start();
    try (FlowClient client = client()) {
      String runId = client.workflows().triggerFlow(server.flowId("Hello"), Map.of("name", "Ada")).id();
      WebhookEvent.Run started = assertInstanceOf(WebhookEvent.Run.class, next().outcome());
      assertEquals(WebhookEvent.Type.RUN_STARTED, started.type());
      assertEquals(runId, started.runId());
      assertEquals(ExecutionStatus.RUNNING, started.status());
      WebhookEvent.Run completed = assertInstanceOf(WebhookEvent.Run.class, next().outcome());
      assertEquals(WebhookEvent.Type.RUN_COMPLETED, completed.type());
      assertEquals(ExecutionStatus.SUCCESS, completed.status());
      assertEquals("Hello", completed.workflowName());
      assertEquals(server.flowId("Hello"), completed.workflowId());

      client.workflows().triggerFlow(server.flowId("Failing"), null);
      next();
      WebhookEvent.Run failed = (WebhookEvent.Run) next().outcome();
      assertEquals(WebhookEvent.Type.RUN_FAILED, failed.type());
      assertEquals("boom", failed.errorText());

      IaiFlow.of(client).flows().update(server.flowId("Hello"), UpdateWorkflowParams.builder().name("Hi").build());
      WebhookEvent.FlowUpdated updated = (WebhookEvent.FlowUpdated) next().outcome();
      assertEquals("Hi", updated.workflowName());

      AgentRun agent = IaiFlow.of(client).agents().run(RunAgentParams.of("agent_writer", "a note", null));
      WebhookEvent.AgentCompleted done = (WebhookEvent.AgentCompleted) next().outcome();
      assertEquals(agent.id(), done.agentRunId());
      assertEquals(ExecutionStatus.SUCCESS, done.status());
    }
  }

  @Test void aReceiverWithAnotherSecretRefusesEveryDelivery() throws Exception {
    String url = startReceiver(WebhookVerifier.builder().secret("not-the-servers-secret").build());
    server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).webhook(url, SECRET)
        .webhookScheduler((task, delay) -> { }).start(); // no retries in this test
    try (FlowClient client = client()) {
      IaiFlow.of(client).flows().update(server.flowId("Hello"), UpdateWorkflowParams.builder().name("Hi").build());
      assertInstanceOf(WebhookVerificationException.SignatureMismatch.class, next().outcome());
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (server.webhookDeliveries().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
    assertEquals(400, server.webhookDeliveries().get(0).status(), "the receiver answered 400, so the server retries");
  }

  @Test void aTamperedReplayedOrUnsignedDeliveryEachFailsWithItsOwnError() throws Exception {
    String url = startReceiver(WebhookVerifier.builder().secret(SECRET).build());
    server = ReferenceServer.builder().platform(ServerPlatform.IAI_FLOW).webhook(url, SECRET).start();
    try (FlowClient client = client()) {
      IaiFlow.of(client).flows().update(server.flowId("Hello"), UpdateWorkflowParams.builder().name("Hi").build());
    }
    Received genuine = next();
    assertInstanceOf(WebhookEvent.FlowUpdated.class, genuine.outcome());

    OkHttpClient http = new OkHttpClient();
    List<Object> outcomes = new ArrayList<>();
    String tampered = new String(genuine.body(), StandardCharsets.UTF_8).replace("\"Hi\"", "\"Pwned\"");
    for (String[] attempt : new String[][] {
        {tampered, genuine.signature(), genuine.event()},                                        // altered body
        {new String(genuine.body(), StandardCharsets.UTF_8), null, genuine.event()}}) {          // no signature
      Request.Builder r = new Request.Builder().url(url)
          .post(RequestBody.create(attempt[0], MediaType.get("application/json")));
      if (attempt[1] != null) r.header("X-IAI-Signature", attempt[1]);
      r.header("X-IAI-Event", attempt[2]);
      try (Response response = http.newCall(r.build()).execute()) {
        assertEquals(400, response.code());
      }
      outcomes.add(next().outcome());
    }
    assertInstanceOf(WebhookVerificationException.SignatureMismatch.class, outcomes.get(0));
    assertInstanceOf(WebhookVerificationException.MissingSignature.class, outcomes.get(1));

    // The genuine delivery captured and sent again ten minutes later.
    WebhookVerifier later = WebhookVerifier.builder().secret(SECRET)
        .clock(Clock.offset(Clock.systemUTC().withZone(ZoneOffset.UTC), Duration.ofMinutes(10))).build();
    WebhookVerificationException replayed = org.junit.jupiter.api.Assertions.assertThrows(
        WebhookVerificationException.TimestampOutsideTolerance.class,
        () -> later.verify(genuine.body(), genuine.signature(), genuine.event()));
    assertTrue(replayed.getMessage().contains("replayed"), replayed.getMessage());
  }
}
