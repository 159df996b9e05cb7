package dev.flowkit.workflows.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Proves the validator is not a no-op: canned exchanges (no network) pass through {@link
 * ContractValidator#interceptor()}; correct ones leave no violation, broken ones each leave one.
 */
class ContractSelfTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String BASE = "http://localhost:8080";

  private static final String FLOW = "{\"id\":\"flow_1\",\"created\":\"2026-01-01T00:00:00.123Z\","
      + "\"updated\":\"2026-01-01T00:00:00.123Z\",\"projectId\":\"proj_1\",\"externalId\":null,"
      + "\"folderId\":null,\"status\":\"DISABLED\",\"operationStatus\":\"NONE\",\"publishedVersionId\":null,"
      + "\"version\":{\"id\":\"fv_1\",\"created\":\"2026-01-01T00:00:00.123Z\",\"updated\":\"2026-01-01T00:00:00Z\","
      + "\"flowId\":\"flow_1\",\"displayName\":\"Hello\",\"state\":\"DRAFT\",\"valid\":true,"
      + "\"trigger\":{\"name\":\"trigger\",\"type\":\"MANUAL\",\"displayName\":\"trigger\",\"settings\":{},"
      + "\"nextAction\":{\"name\":\"b\",\"type\":\"BRANCH\",\"displayName\":\"b\",\"settings\":{\"condition\":\"{{input.ok}}\","
      + "\"onTrue\":{\"name\":\"yes\",\"type\":\"SET\",\"displayName\":\"yes\",\"settings\":{\"values\":{\"a\":1}},\"nextAction\":null},"
      + "\"onFalse\":null},\"nextAction\":null}}}}";

  private static String run(String status, String extra) {
    return "{\"id\":\"run_1\",\"created\":\"2026-01-01T00:00:00.123Z\",\"updated\":\"2026-01-01T00:00:00.123Z\","
        + "\"projectId\":\"proj_1\",\"flowId\":\"flow_1\",\"flowVersionId\":\"fv_1\""
        + (status == null ? "" : ",\"status\":\"" + status + "\"")
        + ",\"environment\":\"PRODUCTION\",\"startTime\":\"2026-01-01T00:00:00.123Z\",\"finishTime\":null,"
        + "\"durationMs\":null,\"input\":{\"name\":\"Ada\"},\"output\":null,\"error\":null,"
        + "\"steps\":{\"trigger\":{\"status\":\"SUCCEEDED\",\"input\":{},\"output\":{\"name\":\"Ada\"},"
        + "\"startTime\":\"2026-01-01T00:00:00.123Z\",\"finishTime\":\"2026-01-01T00:00:00.124Z\",\"durationMs\":1}},"
        + "\"failParentOnFailure\":false,\"tags\":[],\"triggeredBy\":\"api\"" + extra + "}";
  }

  private static final String NOT_FOUND = "{\"error\":\"FLOW_NOT_FOUND\",\"message\":\"Flow flow_x not found\","
      + "\"statusCode\":404,\"requestId\":\"req_1\"}";

  /** The canned answers, served in order by the terminal interceptor. */
  private final Deque<Response.Builder> answers = new ArrayDeque<>();
  private OkHttpClient client;

  @BeforeEach
  void setUp() {
    ContractValidator.reset();
    Interceptor canned = chain -> answers.removeFirst().request(chain.request()).build();
    client = new OkHttpClient.Builder()
        .addInterceptor(ContractValidator.interceptor())
        .addInterceptor(canned)
        .callTimeout(10, TimeUnit.SECONDS)
        .build();
  }

  @AfterEach
  void tearDown() {
    ContractValidator.reset();
  }

  private static Response.Builder answer(int code, String contentType, String body) {
    Response.Builder b = new Response.Builder().protocol(Protocol.HTTP_1_1).code(code).message("x")
        .header("X-Request-Id", "req_1");
    if (body != null) b.body(ResponseBody.create(body, MediaType.get(contentType))).header("Content-Type", contentType);
    return b;
  }

  private static Request.Builder request(String pathAndQuery) {
    return new Request.Builder().url(BASE + pathAndQuery).header("Authorization", "Bearer key_test");
  }

  private List<String> exchange(Request request, Response.Builder answer) throws IOException {
    answers.add(answer);
    try (Response response = client.newCall(request).execute()) {
      if (response.body() != null && !String.valueOf(response.header("Content-Type")).startsWith("text/event-stream")) {
        response.body().string(); // the caller still gets the whole body after validation peeked at it
      }
    }
    List<String> found = ContractValidator.violations();
    ContractValidator.reset();
    return found;
  }

  private static void assertOneMentioning(List<String> violations, String... needles) {
    assertTrue(!violations.isEmpty(), "expected a violation mentioning " + List.of(needles));
    String all = String.join("\n", violations);
    for (String n : needles) assertTrue(all.contains(n), "expected '" + n + "' in:\n" + all);
  }

  // ---------------------------------------------------------------- correct exchanges

  @Test
  void aCorrectExchangePasses() throws IOException {
    assertEquals(List.of(), exchange(request("/api/flows/flow_1").build(), answer(200, "application/json; charset=utf-8", FLOW)));
    assertEquals(List.of(), exchange(
        request("/api/flows/flow_1").post(RequestBody.create(
            "{\"type\":\"ADD_ACTION\",\"request\":{\"parentStep\":\"trigger\",\"action\":{\"name\":\"w\",\"type\":\"DELAY\",\"settings\":{\"ms\":5}}}}", JSON))
            .header("Idempotency-Key", "k1").build(),
        answer(200, "application/json; charset=utf-8", FLOW)));
    assertEquals(List.of(), exchange(
        request("/api/flows/flow_1/run").post(RequestBody.create("{\"input\":{\"name\":\"Ada\"}}", JSON)).build(),
        answer(201, "application/json", run("RUNNING", ""))));
    assertEquals(List.of(), exchange(request("/api/runs?flowId=flow_1&status=RUNNING&limit=10").build(),
        answer(200, "application/json", "{\"data\":[" + run("RUNNING", "") + "],\"next\":\"abc\",\"previous\":null}")));
    assertEquals(List.of(), exchange(request("/api/flows/flow_1").delete().build(), answer(204, null, null)));
    assertEquals(List.of(), exchange(request("/api/flows/flow_x").build(), answer(404, "application/json", NOT_FOUND)));
    assertEquals(List.of(), exchange(new Request.Builder().url(BASE + "/api/health").build(),
        answer(200, "application/json", "{\"ok\":true,\"ts\":\"2026-01-01T00:00:00.123Z\"}")));
  }

  @Test
  void aCorrectErrorWithRetryAfterPasses() throws IOException {
    String body = "{\"error\":\"RATE_LIMITED\",\"message\":\"slow down\",\"statusCode\":429,\"requestId\":\"req_1\",\"details\":{}}";
    assertEquals(List.of(), exchange(request("/api/flows").build(),
        answer(429, "application/json", body).header("Retry-After", "1")));
  }

  // ---------------------------------------------------------------- requests off the contract

  @Test
  void aRequestBodyFieldOfTheWrongTypeIsCaught() throws IOException {
    List<String> v = exchange(
        request("/api/flows/flow_1").post(RequestBody.create("{\"type\":\"CHANGE_NAME\",\"request\":{\"displayName\":5}}", JSON)).build(),
        answer(200, "application/json", FLOW));
    assertOneMentioning(v, "POST /api/flows/flow_1 -> 200", "validation.request.body", "displayName");
  }

  @Test
  void anUnknownOperationTypeIsCaught() throws IOException {
    List<String> v = exchange(
        request("/api/flows/flow_1").post(RequestBody.create("{\"type\":\"EXPLODE\",\"request\":{}}", JSON)).build(),
        answer(200, "application/json", FLOW));
    assertOneMentioning(v, "validation.request.body", "EXPLODE");
  }

  @Test
  void aLimitOutOfRangeAndAnUnknownRouteAreCaught() throws IOException {
    assertOneMentioning(exchange(request("/api/flows?limit=500").build(), answer(400, "application/json", NOT_FOUND)),
        "validation.request.parameter", "limit");
    assertOneMentioning(exchange(request("/api/nope").build(), answer(404, "application/json", NOT_FOUND)),
        "validation.request.path.missing");
  }

  @Test
  void aBodylessPostTakesNothingOrAnEmptyObjectOnly() throws IOException {
    assertEquals(List.of(), exchange(request("/api/runs/run_1/cancel").post(RequestBody.create("{}", JSON)).build(),
        answer(200, "application/json", run("CANCELED", ""))));
    assertEquals(List.of(), exchange(request("/api/runs/run_1/cancel").post(RequestBody.create(new byte[0])).build(),
        answer(200, "application/json", run("CANCELED", ""))));
    assertOneMentioning(exchange(request("/api/runs/run_1/cancel").post(RequestBody.create("{\"why\":\"bored\"}", JSON)).build(),
        answer(200, "application/json", run("CANCELED", ""))), "validation.request.body");
  }

  @Test
  void aTimeoutOutOfRangeIsCaught() throws IOException {
    List<String> v = exchange(
        request("/api/flows/flow_1/run").post(RequestBody.create("{\"sync\":true,\"timeoutMs\":999999}", JSON)).build(),
        answer(200, "application/json", run("SUCCEEDED", "")));
    assertOneMentioning(v, "validation.request.body", "timeoutMs");
  }

  // ---------------------------------------------------------------- responses off the contract

  @Test
  void aResponseMissingARequiredFieldIsCaught() throws IOException {
    List<String> v = exchange(request("/api/runs/run_1").build(), answer(200, "application/json", run(null, "")));
    assertOneMentioning(v, "GET /api/runs/run_1 -> 200", "validation.response.body", "status");
  }

  @Test
  void anUnknownEnumValueAnUnknownFieldAndAWrongTimestampAreCaught() throws IOException {
    assertOneMentioning(exchange(request("/api/runs/run_1").build(), answer(200, "application/json", run("EXPLODED", ""))),
        "EXPLODED");
    assertOneMentioning(exchange(request("/api/runs/run_1").build(), answer(200, "application/json", run("RUNNING", ",\"surprise\":1"))),
        "surprise");
    assertOneMentioning(exchange(request("/api/runs/run_1").build(),
        answer(200, "application/json", run("RUNNING", "").replace("\"startTime\":\"2026-01-01T00:00:00.123Z\",\"finishTime\":null", "\"startTime\":\"yesterday\",\"finishTime\":null"))),
        "yesterday");
  }

  @Test
  void aBrokenRecursiveStepIsCaught() throws IOException {
    String broken = FLOW.replace("\"onTrue\":{\"name\":\"yes\",", "\"onTrue\":{");
    assertOneMentioning(exchange(request("/api/flows/flow_1").build(), answer(200, "application/json", broken)),
        "validation.response.body", "/version/trigger/nextAction");
  }

  @Test
  void deepStepChainsAreCheckedAllTheWayDown() throws IOException {
    for (int depth : new int[] {1, 3, 8}) {
      String ok = FLOW.replace("\"trigger\":{", "\"trigger\":" + chain(depth, true) + ",\"unused\":{");
      String bad = FLOW.replace("\"trigger\":{", "\"trigger\":" + chain(depth, false) + ",\"unused\":{");
      // "unused" keeps the JSON well-formed; it is an unknown field of FlowVersion, so both fail on it;
      // only the broken chain also fails on the step.
      List<String> okViolations = exchange(request("/api/flows/flow_1").build(), answer(200, "application/json", ok));
      List<String> badViolations = exchange(request("/api/flows/flow_1").build(), answer(200, "application/json", bad));
      assertTrue(String.join("", okViolations).contains("unused") && !String.join("", okViolations).contains("nextAction"),
          depth + ": " + okViolations);
      assertTrue(String.join("", badViolations).contains("/version/trigger/nextAction"), depth + ": " + badViolations);
    }
  }

  /** A chain of depth+1 SET steps; when broken, the last one has a number for a name. */
  private static String chain(int depth, boolean valid) {
    String step = "null";
    for (int i = depth; i >= 0; i--) {
      String name = (i == depth && !valid) ? "42" : "\"s" + i + "\"";
      step = "{\"name\":" + name + ",\"type\":\"SET\",\"displayName\":\"s\",\"settings\":{},\"nextAction\":" + step + "}";
    }
    return step;
  }

  @Test
  void anErrorBodyOffTheErrorSchemaIsCaught() throws IOException {
    assertOneMentioning(exchange(request("/api/flows/flow_x").build(),
        answer(404, "application/json", "{\"error\":\"Flow not found\"}")), "requestId", "statusCode");
  }

  @Test
  void aMissingRequestIdAnUndeclaredStatusAndAMissingRetryAfterAreCaught() throws IOException {
    Response.Builder noId = new Response.Builder().protocol(Protocol.HTTP_1_1).code(200).message("x")
        .header("Content-Type", "application/json").body(ResponseBody.create(FLOW, JSON));
    assertOneMentioning(exchange(request("/api/flows/flow_1").build(), noId), "X-Request-Id");
    assertOneMentioning(exchange(request("/api/flows/flow_1").build(), answer(418, "application/json", NOT_FOUND)),
        "validation.response.status.unknown");
    String body = "{\"error\":\"UNAVAILABLE\",\"message\":\"later\",\"statusCode\":503,\"requestId\":\"req_1\"}";
    assertOneMentioning(exchange(request("/api/flows").build(), answer(503, "application/json", body)), "Retry-After");
  }

  @Test
  void aNoContentAnswerWithABodyIsCaught() throws IOException {
    assertOneMentioning(exchange(request("/api/folders/fld_1").delete().build(), answer(204, "application/json", "{}")),
        "validation.response.body.unexpected");
  }

  // ---------------------------------------------------------------- event streams

  @Test
  void anEventStreamIsCheckedByStatusAndHeadersWithoutBeingRead() throws IOException {
    Response.Builder stream = answer(200, "text/event-stream", null)
        .header("Content-Type", "text/event-stream; charset=utf-8")
        .header("Flow-Run-Id", "run_1")
        .body(ResponseBody.create(Okio.buffer(new NeverReadSource()), MediaType.get("text/event-stream"), -1));
    Request trigger = request("/api/flows/flow_1/run").header("Accept", "text/event-stream")
        .post(RequestBody.create("{\"input\":{},\"stream\":true}", JSON)).build();
    assertEquals(List.of(), exchange(trigger, stream));

    Response.Builder noId = new Response.Builder().protocol(Protocol.HTTP_1_1).code(200).message("x")
        .header("Content-Type", "text/event-stream")
        .body(ResponseBody.create(Okio.buffer(new NeverReadSource()), MediaType.get("text/event-stream"), -1));
    assertOneMentioning(exchange(request("/api/runs/run_1/events").header("Last-Event-ID", "3").build(), noId), "X-Request-Id");
  }

  /** Fails the test if anything reads it: the validator must leave event streams alone. */
  private static final class NeverReadSource implements Source {
    @Override
    public long read(Buffer sink, long byteCount) {
      throw new AssertionError("the contract validator read an event stream");
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
  }

  // ---------------------------------------------------------------- the JUnit extension

  @Test
  void theExtensionFailsATestThatLeftViolationsAndResets() throws IOException {
    answers.add(answer(200, "application/json", run(null, "")));
    try (Response r = client.newCall(request("/api/runs/run_1").build()).execute()) {
      BufferedSource body = r.body().source();
      body.readUtf8();
    }
    assertEquals(1, ContractValidator.violations().size(), ContractValidator.violations().toString());
    ExtensionContext context = (ExtensionContext) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ExtensionContext.class},
        (proxy, method, args) -> method.getName().equals("getDisplayName") ? "someTest()" : null);
    AssertionError e = assertThrows(AssertionError.class, () -> new ContractExtension().afterEach(context));
    assertTrue(e.getMessage().contains("1 contract violation(s)") && e.getMessage().contains("someTest()"), e.getMessage());
    assertEquals(List.of(), ContractValidator.violations());
    new ContractExtension().afterEach(context); // nothing left: passes
  }
}
