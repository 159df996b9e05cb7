package dev.flowkit.workflows.iaiflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@link WebhookVerifier} against IAI Flow's webhooks page: its example payload verifies and reads
 * as a typed event, and every way a delivery can be wrong fails with its own exception, before
 * anything unsigned is parsed.
 */
class WebhookVerifierTest {
  static final String SECRET = "whsec_for_tests_only";
  static final Instant SENT = Instant.parse("2026-01-01T00:00:00Z");

  /** The page's example payload, with its "…" ids filled in. */
  static final String EXAMPLE = "{\n  \"event\": \"run.completed\",\n  \"timestamp\": \"2026-01-01T00:00:00Z\",\n"
      + "  \"workspace_id\": \"ws_abc123\",\n  \"data\": {\n    \"run_id\": \"run_1\",\n    \"workflow_id\": \"wf_1\",\n"
      + "    \"workflow_name\": \"My Flow\",\n    \"status\": \"success\",\n    \"duration_ms\": 1240,\n"
      + "    \"started_at\": \"2026-01-01T00:00:00Z\",\n    \"finished_at\": \"2026-01-01T00:00:01Z\"\n  }\n}";

  static String sign(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static WebhookVerifier at(Instant now) {
    return WebhookVerifier.builder().secret(SECRET).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  private final WebhookVerifier verifier = at(SENT.plusSeconds(2));

  @Test void thePagesExampleVerifiesAndReadsAsARunEvent() throws Exception {
    byte[] body = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    WebhookEvent event = verifier.verify(body, sign(SECRET, body), "run.completed");
    assertEquals(WebhookEvent.Type.RUN_COMPLETED, event.type());
    assertEquals(SENT, event.timestamp());
    assertEquals("ws_abc123", event.workspaceId());
    WebhookEvent.Run run = assertInstanceOf(WebhookEvent.Run.class, event);
    assertEquals("run_1", run.runId());
    assertEquals("wf_1", run.workflowId());
    assertEquals("My Flow", run.workflowName());
    assertEquals(ExecutionStatus.SUCCESS, run.status());
    assertEquals(Long.valueOf(1240), run.durationMs());
    assertEquals(Instant.parse("2026-01-01T00:00:01Z"), run.finishedAt());
    assertEquals(1240L, event.data().get("duration_ms"), "data keeps every field as exact JSON values");
  }

  @Test void theSecretIsNeverShownInToStringOrAMessage() throws Exception {
    byte[] body = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    assertFalse(verifier.toString().contains(SECRET), verifier.toString());
    List<WebhookVerificationException> failures = List.of(
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(body, null, "run.completed")),
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(body, "sha256=" + "00".repeat(32),
            "run.completed")),
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(body, sign(SECRET, body), "run.failed")));
    for (WebhookVerificationException e : failures) assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test void upperCaseHexAndSurroundingSpaceAreTheSameSignature() throws Exception {
    byte[] body = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    String signature = sign(SECRET, body);
    String upper = " SHA256=" + signature.substring(7).toUpperCase(java.util.Locale.ROOT) + " ";
    assertEquals(WebhookEvent.Type.RUN_COMPLETED, verifier.verify(body, upper, " run.completed ").type());
  }

  @Test void eachWayADeliveryIsWrongHasItsOwnError() throws Exception {
    byte[] body = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    String good = sign(SECRET, body);

    assertThrows(WebhookVerificationException.MissingSignature.class, () -> verifier.verify(body, null, "run.completed"));
    assertThrows(WebhookVerificationException.MissingSignature.class, () -> verifier.verify(body, " ", "run.completed"));
    assertTrue(assertThrows(WebhookVerificationException.MalformedSignature.class,
        () -> verifier.verify(body, good.substring(7), "run.completed")).getMessage().contains("does not start with sha256="));
    assertTrue(assertThrows(WebhookVerificationException.MalformedSignature.class,
        () -> verifier.verify(body, good.substring(0, 40), "run.completed")).getMessage().contains("33 characters"));
    assertTrue(assertThrows(WebhookVerificationException.MalformedSignature.class,
        () -> verifier.verify(body, "sha256=" + "zz".repeat(32), "run.completed")).getMessage().contains("not hexadecimal"));

    byte[] altered = EXAMPLE.replace("1240", "1241").getBytes(StandardCharsets.UTF_8);
    assertThrows(WebhookVerificationException.SignatureMismatch.class, () -> verifier.verify(altered, good, "run.completed"));
    byte[] reencoded = EXAMPLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    assertThrows(WebhookVerificationException.SignatureMismatch.class, () -> verifier.verify(reencoded, good, "run.completed"),
        "the same JSON written otherwise is not the signed body");
    assertThrows(WebhookVerificationException.SignatureMismatch.class,
        () -> verifier.verify(body, sign("another-secret", body), "run.completed"));

    assertThrows(WebhookVerificationException.EventMismatch.class, () -> verifier.verify(body, good, null));
    assertTrue(assertThrows(WebhookVerificationException.EventMismatch.class, () -> verifier.verify(body, good, "run.failed"))
        .getMessage().contains("says run.failed but the signed body says run.completed"));

    WebhookVerificationException old = assertThrows(WebhookVerificationException.TimestampOutsideTolerance.class,
        () -> at(SENT.plus(Duration.ofMinutes(6))).verify(body, good, "run.completed"));
    assertTrue(old.getMessage().contains("360 s before now"), old.getMessage());
    assertThrows(WebhookVerificationException.TimestampOutsideTolerance.class,
        () -> at(SENT.minus(Duration.ofMinutes(6))).verify(body, good, "run.completed"), "from the future");
    WebhookVerifier patient = WebhookVerifier.builder().secret(SECRET).tolerance(Duration.ofMinutes(10))
        .clock(Clock.fixed(SENT.plus(Duration.ofMinutes(6)), ZoneOffset.UTC)).build();
    assertEquals(WebhookEvent.Type.RUN_COMPLETED, patient.verify(body, good, "run.completed").type(), "a wider tolerance");
  }

  @Test void aSignedBodyThatIsNoPayloadIsInvalid() throws Exception {
    for (String bad : new String[] {"not json", "[1]", "{\"event\":\"run.completed\",\"data\":{}}",
        "{\"event\":\"run.completed\",\"timestamp\":\"yesterday\",\"data\":{}}",
        "{\"event\":\"run.completed\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"data\":\"x\"}",
        "{\"timestamp\":\"2026-01-01T00:00:00Z\",\"data\":{}}"}) {
      byte[] body = bad.getBytes(StandardCharsets.UTF_8);
      assertThrows(WebhookVerificationException.InvalidPayload.class, () -> verifier.verify(body, sign(SECRET, body),
          "run.completed"), bad);
    }
    byte[] unsigned = "not json".getBytes(StandardCharsets.UTF_8);
    assertThrows(WebhookVerificationException.SignatureMismatch.class,
        () -> verifier.verify(unsigned, sign("x", unsigned), "run.completed"), "nothing is parsed before the signature holds");
  }

  @Test void eventsThisSdkDoesNotKnowAreKeptWhole() throws Exception {
    byte[] body = ("{\"event\":\"workspace.archived\",\"timestamp\":\"2026-01-01T00:00:00.500+07:00\","
        + "\"workspace_id\":\"ws_1\",\"data\":{\"by\":\"usr_1\",\"n\":9007199254740993}}").getBytes(StandardCharsets.UTF_8);
    WebhookEvent event = at(Instant.parse("2025-12-31T17:00:01Z")).verify(body, sign(SECRET, body), "workspace.archived");
    assertEquals(WebhookEvent.Type.UNKNOWN, event.type());
    assertInstanceOf(WebhookEvent.Other.class, event);
    assertEquals("workspace.archived", event.event());
    assertEquals(Map.of("by", "usr_1", "n", 9007199254740993L), event.data());
    assertEquals(Instant.parse("2025-12-31T17:00:00.500Z"), event.timestamp(), "an offset is read");
  }

  @Test void flowAndAgentEventsAreTyped() throws Exception {
    byte[] flow = ("{\"event\":\"flow.updated\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"workspace_id\":\"ws_1\","
        + "\"data\":{\"workflow_id\":\"wf_1\",\"workflow_name\":\"A\",\"status\":\"active\",\"version\":3,"
        + "\"updated_at\":\"2026-01-01T00:00:00Z\"}}").getBytes(StandardCharsets.UTF_8);
    WebhookEvent.FlowUpdated f = (WebhookEvent.FlowUpdated) verifier.verify(flow, sign(SECRET, flow), "flow.updated");
    assertEquals(WorkflowStatus.ACTIVE, f.status());
    assertEquals(Long.valueOf(3), f.version());
    byte[] agent = ("{\"event\":\"agent.completed\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"workspace_id\":\"ws_1\","
        + "\"data\":{\"agent_id\":\"agent_writer\",\"agent_run_id\":\"arun_1\",\"run_id\":\"run_2\",\"status\":\"failed\","
        + "\"error_text\":\"no\"}}").getBytes(StandardCharsets.UTF_8);
    WebhookEvent.AgentCompleted a = (WebhookEvent.AgentCompleted) verifier.verify(agent, sign(SECRET, agent), "agent.completed");
    assertEquals("arun_1", a.agentRunId());
    assertEquals(ExecutionStatus.FAILED, a.status());
    assertEquals("no", a.errorText());
  }

  @Test void theSecretIsNeverShown() throws Exception {
    byte[] body = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    String expected = sign(SECRET, body);
    assertFalse(verifier.toString().contains(SECRET));
    assertFalse(WebhookVerifier.builder().secret(SECRET).toString().contains(SECRET));
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> verifier.verify(body, sign("wrong", body), "run.completed"));
    assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains(expected.substring(7)), e.getMessage());
  }

  @Test void theBuilderRefusesWhatCannotWork() {
    assertThrows(IllegalStateException.class, () -> WebhookVerifier.builder().build());
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().secret(""));
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().tolerance(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)));
  }
}
