package dev.flowkit.workflows.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowkit.server.ReferenceServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Raw OkHttp traffic against the reference server, every exchange validated against the spec by
 * {@link ContractValidator#interceptor()}: a test fails on any violation.
 */
@ExtendWith(ContractExtension.class)
class RawContractTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ReferenceServer server;
  private static OkHttpClient client;

  /** The session cookie, kept like a browser would. */
  private static final class Jar implements CookieJar {
    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> fresh) {
      for (Cookie c : fresh) {
        cookies.removeIf(old -> old.name().equals(c.name()));
        if (c.expiresAt() > System.currentTimeMillis()) cookies.add(c);
      }
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
      return new ArrayList<>(cookies);
    }
  }

  @BeforeAll
  static void start() {
    server = ReferenceServer.builder().start();
    client = new OkHttpClient.Builder()
        .cookieJar(new Jar())
        .addNetworkInterceptor(ContractValidator.interceptor())
        .readTimeout(30, TimeUnit.SECONDS)
        .callTimeout(60, TimeUnit.SECONDS)
        .build();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  // ---------------------------------------------------------------- helpers

  private static HttpUrl url(String pathAndQuery) {
    return HttpUrl.get(server.url().toString().replaceAll("/$", "") + pathAndQuery);
  }

  /** An answer: status, headers and body text. */
  private record Answer(int code, okhttp3.Headers headers, String body) {
    JsonNode json() throws IOException {
      return MAPPER.readTree(body);
    }
  }

  private static Answer call(Request request) throws IOException {
    try (Response r = client.newCall(request).execute()) {
      return new Answer(r.code(), r.headers(), r.body().string());
    }
  }

  private static Answer get(String path) throws IOException {
    return call(new Request.Builder().url(url(path)).build());
  }

  private static Answer send(String method, String path, String json) throws IOException {
    RequestBody body = json == null ? RequestBody.create(new byte[0]) : RequestBody.create(json, JSON);
    if (json == null && method.equals("DELETE")) body = null;
    return call(new Request.Builder().url(url(path)).method(method, body).build());
  }

  private static Answer post(String path, String json) throws IOException {
    return send("POST", path, json);
  }

  private static void login() throws IOException {
    Answer a = post("/api/auth/login", "{\"email\":\"" + ReferenceServer.DEMO_EMAIL + "\",\"password\":\""
        + ReferenceServer.DEMO_PASSWORD + "\"}");
    assertEquals(200, a.code(), a.body());
  }

  private static JsonNode waitForRun(String runId, String... statuses) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      JsonNode run = get("/api/runs/" + runId).json();
      for (String s : statuses) if (s.equals(run.get("status").asText())) return run;
      if (System.nanoTime() > deadline) fail("run " + runId + " stayed " + run.get("status"));
      Thread.sleep(20);
    }
  }

  // ---------------------------------------------------------------- the core routes

  @Test
  void loginListGetTriggerGetRunAnd404And400() throws Exception {
    assertEquals(200, get("/api/health").code());
    login();

    Answer flows = get("/api/flows?limit=2");
    assertEquals(200, flows.code(), flows.body());
    assertTrue(flows.json().get("data").size() <= 2);

    String hello = server.flowId("Hello");
    Answer flow = get("/api/flows/" + hello);
    assertEquals(200, flow.code(), flow.body());
    assertEquals(hello, flow.json().get("id").asText());

    Answer triggered = post("/api/flows/" + hello + "/run", "{\"input\":{\"name\":\"Ada\"}}");
    assertEquals(201, triggered.code(), triggered.body());
    String runId = triggered.json().get("id").asText();
    JsonNode run = waitForRun(runId, "SUCCEEDED", "FAILED");
    assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());

    Answer missing = get("/api/flows/flow_00000000000000000000009999");
    assertEquals(404, missing.code(), missing.body());
    assertEquals("FLOW_NOT_FOUND", missing.json().get("error").asText());

    Answer badCursor = get("/api/flows?cursor=not-a-cursor");
    assertEquals(400, badCursor.code(), badCursor.body());
    assertEquals("VALIDATION_ERROR", badCursor.json().get("error").asText());
  }

  // ---------------------------------------------------------------- beyond the handful

  @Test
  void sessionAliasesAndPaging() throws Exception {
    login();
    assertEquals(200, get("/api/auth/session").code());
    assertEquals(200, get("/api/auth/me").code());
    Answer first = get("/api/flows?limit=1");
    String next = first.json().get("next").asText();
    Answer second = get("/api/flows?limit=1&cursor=" + next);
    assertEquals(200, second.code(), second.body());
    assertEquals(200, get("/api/flows?status=ENABLED&name=hel").code());
    assertEquals(200, get("/api/runs?limit=5").code());
    assertEquals(200, get("/api/workflows/" + server.flowId("Hello")).code());
  }

  @Test
  void syncStreamAndFlowAiTriggers() throws Exception {
    login();
    String hello = server.flowId("Hello");
    Answer sync = post("/api/flows/" + hello + "/run", "{\"input\":{\"name\":\"Bo\"},\"sync\":true,\"timeoutMs\":10000,\"tags\":[\"t\"]}");
    assertEquals(200, sync.code(), sync.body());
    String runId = sync.json().get("id").asText();
    assertEquals(200, get("/api/runs/" + runId + "/steps").code());

    Answer stream = post("/api/flows/" + server.flowId("Story") + "/run", "{\"input\":{},\"stream\":true}");
    assertEquals(200, stream.code());
    assertNotNull(stream.headers().get("Flow-Run-Id"));
    assertTrue(stream.body().contains("event: output") || stream.body().contains("event:output"), stream.body());

    Answer events = get("/api/runs/" + runId + "/events");
    assertEquals(200, events.code());
    Answer alias = post("/api/workflows/" + hello + "/run", "{\"input\":{\"name\":\"Cy\"}}");
    assertEquals(201, alias.code(), alias.body());

    Answer flowAi = post("/v1/api/workflow/run/" + hello, "{\"input\":{\"name\":\"Di\"}}");
    assertEquals(200, flowAi.code(), flowAi.body());
    assertTrue(flowAi.json().has("total_time"));

    Answer failing = post("/api/flows/" + server.flowId("Failing") + "/run", "{\"sync\":true}");
    assertEquals(200, failing.code(), failing.body());
    assertEquals("FAILED", failing.json().get("status").asText());
  }

  @Test
  void approveAndCancel() throws Exception {
    login();
    Answer paused = post("/api/flows/" + server.flowId("Approval") + "/run", "{\"input\":{}}");
    String runId = paused.json().get("id").asText();
    waitForRun(runId, "PAUSED");
    Answer approved = post("/api/runs/" + runId + "/approve", "{\"payload\":{\"ok\":true}}");
    assertEquals(200, approved.code(), approved.body());
    waitForRun(runId, "SUCCEEDED");
    assertEquals(409, post("/api/runs/" + runId + "/approve", "{}").code());

    Answer slow = post("/api/flows/" + server.flowId("Slow") + "/run", "{\"input\":{}}");
    String slowId = slow.json().get("id").asText();
    Answer canceled = post("/api/runs/" + slowId + "/cancel", null);
    assertEquals(200, canceled.code(), canceled.body());
    assertEquals(409, post("/api/runs/" + slowId + "/cancel", null).code());
  }

  @Test
  void flowLifecycleWithOperationsVersionsAndFolders() throws Exception {
    login();
    Answer folder = post("/api/folders", "{\"displayName\":\"Contract\",\"displayOrder\":3}");
    assertEquals(201, folder.code(), folder.body());
    String folderId = folder.json().get("id").asText();
    Answer created = post("/api/flows", "{\"displayName\":\"Contract flow\",\"folderId\":\"" + folderId + "\"}");
    assertEquals(201, created.code(), created.body());
    String id = created.json().get("id").asText();
    String path = "/api/flows/" + id;

    assertEquals(200, post(path, "{\"type\":\"ADD_ACTION\",\"request\":{\"parentStep\":\"trigger\",\"action\":"
        + "{\"name\":\"greet\",\"type\":\"SET\",\"displayName\":\"Greet\",\"settings\":{\"values\":{\"g\":\"hi {{input.name}}\"}}}}}").code());
    assertEquals(200, post(path, "{\"type\":\"CHANGE_NAME\",\"request\":{\"displayName\":\"Renamed\"}}").code());
    assertEquals(200, post(path, "{\"type\":\"LOCK_AND_PUBLISH\",\"request\":{}}").code());
    assertEquals(200, post(path, "{\"type\":\"CHANGE_FOLDER\",\"request\":{\"folderId\":null}}").code());
    assertEquals(409, post(path, "{\"type\":\"ADD_ACTION\",\"request\":{\"parentStep\":\"trigger\",\"action\":"
        + "{\"name\":\"greet\",\"type\":\"SET\",\"settings\":{}}}}").code());
    Answer replaced = send("PUT", path, "{\"displayName\":\"Replaced\",\"trigger\":{\"name\":\"trigger\",\"type\":\"MANUAL\","
        + "\"displayName\":\"t\",\"settings\":{},\"nextAction\":{\"name\":\"b\",\"type\":\"BRANCH\",\"displayName\":\"b\","
        + "\"settings\":{\"condition\":\"{{input.ok}}\",\"onTrue\":{\"name\":\"yes\",\"type\":\"SET\",\"displayName\":\"y\","
        + "\"settings\":{\"values\":{\"a\":1}},\"nextAction\":null},\"onFalse\":null},\"nextAction\":null}}}");
    assertEquals(200, replaced.code(), replaced.body());

    Answer versions = get(path + "/versions");
    assertEquals(200, versions.code(), versions.body());
    String versionId = versions.json().get("data").get(0).get("id").asText();
    assertEquals(200, get(path + "/versions/" + versionId).code());
    assertEquals(404, get(path + "/versions/fv_00000000000000000000009999").code());

    assertEquals(200, get("/api/folders?limit=10").code());
    assertEquals(200, send("PUT", "/api/folders/" + folderId, "{\"displayName\":\"Contract 2\"}").code());
    assertEquals(204, send("DELETE", path, null).code());
    assertEquals(204, send("DELETE", "/api/folders/" + folderId, null).code());
    assertEquals(404, get("/api/folders/" + folderId).code());
  }

  @Test
  void connectionsMcpServersAndApiKeys() throws Exception {
    login();
    Answer conn = post("/api/app-connections", "{\"externalId\":\"slack\",\"displayName\":\"Slack\",\"pieceName\":\"slack\","
        + "\"type\":\"SECRET_TEXT\",\"value\":{\"secret_text\":\"s3cret\"}}");
    assertEquals(201, conn.code(), conn.body());
    Answer again = post("/api/app-connections", "{\"externalId\":\"slack\",\"displayName\":\"Slack 2\",\"pieceName\":\"slack\","
        + "\"type\":\"SECRET_TEXT\",\"value\":{\"secret_text\":\"s3cret2\"}}");
    assertEquals(200, again.code(), again.body());
    String connId = conn.json().get("id").asText();
    assertEquals(200, get("/api/app-connections?pieceName=slack").code());
    assertEquals(200, get("/api/app-connections/" + connId).code());
    assertEquals(204, send("DELETE", "/api/app-connections/" + connId, null).code());

    Answer mcp = post("/api/mcp-servers", "{\"name\":\"tools\",\"tools\":[{\"name\":\"hello\",\"flowId\":\"" + server.flowId("Hello") + "\"}]}");
    assertEquals(201, mcp.code(), mcp.body());
    String mcpId = mcp.json().get("id").asText();
    assertEquals(200, get("/api/mcp-servers").code());
    assertEquals(200, get("/api/mcp-servers/" + mcpId).code());
    String token = post("/api/mcp-servers/" + mcpId + "/rotate", null).json().get("token").asText();
    Answer tools = call(new Request.Builder().url(url("/api/mcp/" + mcpId + "/tools")).header("Authorization", "Bearer " + token).build());
    assertEquals(200, tools.code(), tools.body());
    assertEquals(204, send("DELETE", "/api/mcp-servers/" + mcpId, null).code());

    Answer key = call(new Request.Builder().url(url("/api/auth/api-keys")).header("Idempotency-Key", "contract-key-1")
        .post(RequestBody.create("{\"name\":\"contract\"}", JSON)).build());
    assertEquals(201, key.code(), key.body());
    Answer replay = call(new Request.Builder().url(url("/api/auth/api-keys")).header("Idempotency-Key", "contract-key-1")
        .post(RequestBody.create("{\"name\":\"contract\"}", JSON)).build());
    assertEquals("true", replay.headers().get("Idempotent-Replayed"));
    Answer reused = call(new Request.Builder().url(url("/api/auth/api-keys")).header("Idempotency-Key", "contract-key-1")
        .post(RequestBody.create("{\"name\":\"other\"}", JSON)).build());
    assertEquals(422, reused.code(), reused.body());
    String secret = key.json().get("key").asText();
    assertEquals(200, get("/api/auth/api-keys").code());
    OkHttpClient keyOnly = client.newBuilder().cookieJar(CookieJar.NO_COOKIES).build();
    try (Response r = keyOnly.newCall(new Request.Builder().url(url("/v1/api/workflow/run/" + server.flowId("Hello")))
        .header("X-API-KEY", secret).post(RequestBody.create("{\"input\":{\"name\":\"Key\"}}", JSON)).build()).execute()) {
      assertEquals(200, r.code(), r.body().string());
    }
    assertEquals(204, send("DELETE", "/api/auth/api-keys/" + key.json().get("id").asText(), null).code());
  }

  @Test
  void sideSurfaces() throws Exception {
    login();
    assertEquals(200, get("/api/metrics").code());
    assertEquals(201, post("/api/logs", "{\"message\":\"hi\",\"level\":\"INFO\"}").code());
    assertEquals(200, get("/api/logs?limit=5").code());
    String runId = post("/api/flows/" + server.flowId("Hello") + "/run", "{\"input\":{},\"sync\":true}").json().get("id").asText();
    assertEquals(200, get("/api/logs/" + runId).code());
    assertEquals(200, get("/api/nodes?category=core&search=wait").code());
    assertEquals(200, get("/api/templates").code());
    assertEquals(200, get("/api/agents").code());
    assertEquals(200, post("/api/agent/run", "{\"agentId\":\"agent_echo\",\"input\":{\"q\":1}}").code());
    assertEquals(200, get("/api/agent/logs?agentId=agent_echo").code());
    assertEquals(201, post("/api/agent/memory", "{\"key\":\"k\",\"agentId\":\"agent_echo\",\"value\":1}").code());
    assertEquals(200, get("/api/agent/memory").code());
    assertEquals(200, post("/api/kv", "{\"key\":\"greeting\",\"value\":\"hello\"}").code());
    assertEquals(200, get("/api/kv").code());
    assertEquals(204, send("DELETE", "/api/kv/greeting", null).code());
    for (String coll : List.of("channels", "schedules", "groups")) {
      Answer made = post("/api/" + coll, "{\"name\":\"n\",\"extra\":true}");
      assertEquals(201, made.code(), made.body());
      String id = made.json().get("id").asText();
      assertEquals(200, get("/api/" + coll).code());
      assertEquals(200, get("/api/" + coll + "/" + id).code());
      assertEquals(200, send("PUT", "/api/" + coll + "/" + id, "{\"name\":\"m\"}").code());
      assertEquals(204, send("DELETE", "/api/" + coll + "/" + id, null).code());
    }
  }

  /**
   * docs/api-decisions.md: the dashboard answers the page envelope with next/previous null. The
   * reference server answers {@code {"data":[…]}} alone (RunRoutes, /api/dashboard/runs/latest);
   * enable once it adds {@code "next":null,"previous":null}.
   */
  @Test
  void dashboardLatestIsAOnePageEnvelope() throws Exception {
    login();
    Answer latest = get("/api/dashboard/runs/latest");
    assertEquals(200, latest.code(), latest.body());
    assertTrue(latest.json().get("data").size() <= 8);
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    login();
    assertEquals(204, post("/api/auth/logout", null).code());
    login();
    assertEquals(204, send("DELETE", "/api/auth/session", null).code());
    assertEquals(401, get("/api/auth/session").code());
  }
}
