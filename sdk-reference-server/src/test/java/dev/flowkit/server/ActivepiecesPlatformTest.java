package dev.flowkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.TestClient.Res;
import dev.flowkit.server.internal.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reference server as Imbrace ({@code /activepieces/v1}, {@code x-api-key}) and as
 * Activepieces ({@code /api/v1}, {@code Authorization: Bearer}), over real HTTP: the routes,
 * statuses, seek pages and {@code {code, params}} errors of Activepieces' controllers, and flows
 * that run for real from a webhook. Sources: {@code webhooks/webhook.service.ts}, {@code
 * flows/flow/flow.controller.ts}, {@code flows/flow-run/flow-run-controller.ts}, {@code
 * helper/error-handler.ts} of activepieces/activepieces, and the official Imbrace SDK's
 * {@code ts/src/http.ts}.
 */
class ActivepiecesPlatformTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(40)).build();
  private ReferenceServer server;
  private String root;
  private String key;
  private boolean imbrace;

  private void start(ServerPlatform platform) {
    server = ReferenceServer.builder().platform(platform).start();
    imbrace = platform == ServerPlatform.IMBRACE;
    root = server.url() + (imbrace ? "activepieces/v1" : "api/v1");
    key = server.demoApiKey();
  }

  @AfterEach void close() {
    if (server != null) server.close();
  }

  private Request.Builder request(String path) {
    Request.Builder b = new Request.Builder().url(path.startsWith("http") ? path : root + path);
    return imbrace ? b.header("x-api-key", key) : b.header("Authorization", "Bearer " + key);
  }

  private Res send(Request request) {
    return TestClient.execute(http, request);
  }

  private Res get(String path) {
    return send(request(path).get().build());
  }

  private Res post(String path, Object body) {
    return send(request(path).post(RequestBody.create(Json.write(body), JSON)).build());
  }

  private Res delete(String path, Object body) {
    return send(request(path).delete(body == null ? null : RequestBody.create(Json.write(body), JSON)).build());
  }

  private Res webhook(String path, Object body) {
    return send(new Request.Builder().url(root + "/webhooks/" + path)
        .post(RequestBody.create(Json.write(body), JSON)).build());
  }

  /** The demo project, as Imbrace's flows name it. */
  private String project() {
    return (String) get("/flows?limit=1").data().get(0).get("projectId");
  }

  /** Polls the run (bounded: 10 s) until it is in one of {@code statuses}. */
  private Map<String, Object> awaitRun(String runId, String... statuses) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<String, Object> run = null;
    while (System.nanoTime() < deadline) {
      run = get("/flow-runs/" + runId).json();
      if (Arrays.asList(statuses).contains(run.get("status"))) return run;
      Thread.sleep(10);
    }
    throw new AssertionError("run never reached " + Arrays.toString(statuses) + ": " + run);
  }

  /** The newest run of {@code flowId} (bounded wait for the webhook's run to appear). */
  private Map<String, Object> newestRun(String flowId, String projectQuery) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<Map<String, Object>> runs = get("/flow-runs?" + projectQuery + "flowId=" + flowId + "&limit=1").data();
      if (!runs.isEmpty()) return runs.get(0);
      Thread.sleep(10);
    }
    throw new AssertionError("no run of " + flowId);
  }

  @Test void imbraceListsFlowsBySeekPagesWithAnApiKeyOrAnAccessToken() {
    start(ServerPlatform.IMBRACE);
    Res first = get("/flows?limit=3");
    assertEquals(200, first.code, first.toString());
    assertEquals(3, first.data().size());
    assertNull(first.json().get("previous"));
    List<Object> ids = new ArrayList<>();
    for (Map<String, Object> f : first.data()) ids.add(f.get("id"));
    Res second = get("/flows?limit=3&cursor=" + first.json().get("next"));
    for (Map<String, Object> f : second.data()) ids.add(f.get("id"));
    assertEquals(6, new java.util.HashSet<>(ids).size(), "no flow twice");
    assertEquals(7, get("/flows").data().size(), "a page is 10 by default, and there are 7");

    Map<String, Object> flow = first.data().get(0);
    assertEquals("NONE", flow.get("operationStatus"));
    Map<?, ?> version = (Map<?, ?>) flow.get("version");
    assertEquals("LOCKED", version.get("state"));
    assertEquals("PIECE_TRIGGER", ((Map<?, ?>) version.get("trigger")).get("type"));

    String[] token = accessToken();
    Res byToken = send(new Request.Builder().url(root + "/flows").header("x-access-token", token[0])
        .header("x-organization-id", token[1]).build());
    assertEquals(200, byToken.code, byToken.toString());
    Res noOrg = send(new Request.Builder().url(root + "/flows").header("x-access-token", token[0]).build());
    assertEquals(401, noOrg.code);
    assertEquals("AUTHENTICATION", noOrg.json().get("code"));
    Res otherOrg = send(new Request.Builder().url(root + "/flows").header("x-access-token", token[0])
        .header("x-organization-id", "ws_other").build());
    assertEquals(403, otherOrg.code);
    assertEquals("AUTHORIZATION", otherOrg.json().get("code"));
    Res badKey = send(new Request.Builder().url(root + "/flows").header("x-api-key", "nope").build());
    assertEquals(401, badKey.code);
    assertEquals("INVALID_API_KEY", badKey.json().get("code"));
    assertEquals("<redacted>", server.exchanges().get(server.exchanges().size() - 1).requestHeaders().get("x-api-key"));
  }

  private String[] accessToken() {
    String journey = server.curlJourney();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("x-access-token: (acc_[0-9a-f]+)' -H 'x-organization-id: ([^']+)'").matcher(journey);
    assertTrue(m.find(), journey);
    return new String[] {m.group(1), m.group(2)};
  }

  @Test void activepiecesNeedsABearerKeyAndTheProjectOnProjectLists() {
    start(ServerPlatform.ACTIVEPIECES);
    Res missing = get("/flows");
    assertEquals(400, missing.code);
    assertEquals("FST_ERR_VALIDATION", missing.json().get("code"));
    assertEquals("Bad Request", missing.json().get("error"));
    assertEquals("querystring must have required property 'projectId'", missing.json().get("message"));
    Res otherMcp = get("/mcp-servers?projectId=x");
    assertEquals(403, otherMcp.code, "naming another project is refused");
    assertEquals("AUTHORIZATION", otherMcp.json().get("code"));
    Res flows = get("/flows?projectId=" + demoProject());
    assertEquals(200, flows.code, flows.toString());
    assertEquals(7, flows.data().size());
    Res other = get("/flows?projectId=proj_other");
    assertEquals(403, other.code);
    assertEquals("AUTHORIZATION", other.json().get("code"));
    Res noKey = send(new Request.Builder().url(root + "/flows").build());
    assertEquals(401, noKey.code);
    assertEquals("AUTHENTICATION", noKey.json().get("code"));
    Res nowhere = get("/nothing");
    assertEquals(404, nowhere.code);
    assertEquals("Route GET:/api/v1/nothing not found", nowhere.json().get("message"));
  }

  private String demoProject() {
    String journey = server.curlJourney();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("projectId=([^&']+)").matcher(journey);
    assertTrue(m.find(), journey);
    return m.group(1);
  }

  @Test void aWebhookStartsARunAndAnswersWithoutItsId() throws Exception {
    start(ServerPlatform.IMBRACE);
    String hello = server.flowId("Hello");
    Res accepted = webhook(hello, Json.obj("name", "Ada"));
    assertEquals(200, accepted.code);
    assertEquals("{}", accepted.body);
    assertNotNull(accepted.headers.get("x-webhook-id"));
    Map<String, Object> run = newestRun(hello, "");
    assertFalse(accepted.body.contains(String.valueOf(run.get("id"))));
    Map<String, Object> done = awaitRun((String) run.get("id"), "SUCCEEDED");
    assertEquals("Hello", ((Map<?, ?>) done.get("flowVersion")).get("displayName"));
    assertEquals("PRODUCTION", done.get("environment"));
    Map<?, ?> steps = (Map<?, ?>) done.get("steps");
    Map<?, ?> trigger = (Map<?, ?>) steps.get("trigger");
    assertEquals(Json.obj("name", "Ada"), ((Map<?, ?>) trigger.get("output")).get("body"));
    assertEquals("POST", ((Map<?, ?>) trigger.get("output")).get("method"));
    Map<?, ?> reply = (Map<?, ?>) steps.get("step_1");
    assertEquals("SUCCEEDED", reply.get("status"));
    assertEquals(Json.obj("greeting", "Hello, Ada!"), ((Map<?, ?>) reply.get("output")).get("body"));
    assertFalse(get("/flow-runs?flowId=" + hello).data().get(0).containsKey("steps"), "steps only come with one run");
  }

  @Test void theSyncWebhookAnswersWhatTheFlowReturnsOrWhatActivepiecesSaysInstead() throws Exception {
    start(ServerPlatform.IMBRACE);
    Res hello = webhook(server.flowId("Hello") + "/sync", Json.obj("name", "Ada"));
    assertEquals(200, hello.code);
    assertEquals("{\"greeting\":\"Hello, Ada!\"}", hello.body);
    assertNotNull(hello.headers.get("x-webhook-id"));

    assertEquals("{\"lead\":\"hot\"}", webhook(server.flowId("Router") + "/sync", Json.obj("score", 80)).body);
    assertEquals("{\"lead\":\"cold\"}", webhook(server.flowId("Router") + "/sync", Json.obj("score", 20)).body);
    assertEquals("{\"count\":3,\"last\":\"c\"}", webhook(server.flowId("Loop") + "/sync",
        Json.obj("items", Arrays.asList("a", "b", "c"))).body);

    Res failed = webhook(server.flowId("Failing") + "/sync", Json.obj("a", 1, "b", 2));
    assertEquals(500, failed.code);
    assertEquals("{\"message\":\"The flow has failed and there is no response returned\"}", failed.body);
    Map<String, Object> run = awaitRun((String) newestRun(server.flowId("Failing"), "").get("id"), "FAILED");
    assertEquals(Json.obj("name", "step_1", "displayName", "Compute"), run.get("failedStep"));
    Map<?, ?> step = (Map<?, ?>) ((Map<?, ?>) run.get("steps")).get("step_1");
    assertEquals("FAILED", step.get("status"));
    assertTrue(String.valueOf(step.get("errorMessage")).contains("sandbox"), step.toString());

    Res silent = webhook(server.flowId("Silent") + "/sync", Json.obj());
    assertEquals(204, silent.code);
    Res disabled = webhook(server.flowId("Disabled"), Json.obj());
    assertEquals(404, disabled.code);
    assertEquals("{}", disabled.body);
    Res unknown = webhook("flow_nope", Json.obj());
    assertEquals(410, unknown.code);
    assertEquals("{}", unknown.body);
    Res draft = webhook(server.flowId("Disabled") + "/draft/sync", Json.obj());
    assertEquals("{\"never\":true}", draft.body, "a draft runs whether or not the flow is enabled");
    assertTrue(get("/flow-runs?flowId=" + server.flowId("Disabled")).data().isEmpty(), "test runs are not listed");
  }

  @Test void flowsAreBuiltByOperationsPublishedAndRun() throws Exception {
    start(ServerPlatform.ACTIVEPIECES);
    String project = demoProject();
    Res created = post("/flows", Json.obj("displayName", "Greeter", "projectId", project));
    assertEquals(201, created.code, created.toString());
    String id = (String) created.json().get("id");
    assertEquals("DISABLED", created.json().get("status"));
    Map<?, ?> version = (Map<?, ?>) created.json().get("version");
    assertEquals("EMPTY", ((Map<?, ?>) version.get("trigger")).get("type"));
    assertEquals(false, version.get("valid"));

    Res early = post("/flows/" + id, Json.obj("type", "LOCK_AND_PUBLISH", "request", Json.obj()));
    assertEquals(409, early.code);
    assertEquals("VALIDATION", early.json().get("code"));

    assertEquals(200, post("/flows/" + id, Json.obj("type", "UPDATE_TRIGGER", "request", Json.obj("name", "trigger",
        "valid", true, "displayName", "Catch Webhook", "type", "PIECE_TRIGGER", "settings", Json.obj(
            "pieceName", "@activepieces/piece-webhook", "pieceVersion", "0.1.24", "triggerName", "catch_webhook",
            "input", Json.obj("authType", "none"), "propertySettings", Json.obj())))).code);
    Map<String, Object> reply = Json.obj("name", "step_1", "valid", true, "displayName", "Return Response", "type",
        "PIECE", "settings", Json.obj("pieceName", "@activepieces/piece-webhook", "pieceVersion", "0.1.24",
            "actionName", "return_response", "input", Json.obj("responseType", "json", "fields",
                Json.obj("status", 201, "body", Json.obj("hi", "{{trigger.body.who}}"))), "propertySettings", Json.obj()));
    Res added = post("/flows/" + id, Json.obj("type", "ADD_ACTION", "request",
        Json.obj("parentStep", "trigger", "stepLocationRelativeToParent", "AFTER", "action", reply)));
    assertEquals(200, added.code, added.toString());
    Res twice = post("/flows/" + id, Json.obj("type", "ADD_ACTION", "request",
        Json.obj("parentStep", "trigger", "action", reply)));
    assertEquals(409, twice.code, "step names are unique");
    Res duplicated = post("/flows/" + id, Json.obj("type", "DUPLICATE_ACTION", "request", Json.obj("stepName", "step_1")));
    Map<?, ?> dupTrigger = (Map<?, ?>) ((Map<?, ?>) duplicated.json().get("version")).get("trigger");
    assertEquals("step_2", ((Map<?, ?>) ((Map<?, ?>) dupTrigger.get("nextAction")).get("nextAction")).get("name"));
    Res deleted = post("/flows/" + id, Json.obj("type", "DELETE_ACTION", "request", Json.obj("names", List.of("step_2"))));
    Map<?, ?> trigger = (Map<?, ?>) ((Map<?, ?>) deleted.json().get("version")).get("trigger");
    assertNull(((Map<?, ?>) trigger.get("nextAction")).get("nextAction"));
    Res bad = post("/flows/" + id, Json.obj("type", "ADD_ACTION", "request", Json.obj("parentStep", "trigger",
        "action", Json.obj("name", "x", "valid", true, "displayName", "X", "type", "BRANCH", "settings", Json.obj()))));
    assertEquals(400, bad.code);
    assertEquals("FST_ERR_VALIDATION", bad.json().get("code"));

    Res published = post("/flows/" + id, Json.obj("type", "LOCK_AND_PUBLISH", "request", Json.obj()));
    assertEquals("ENABLED", published.json().get("status"));
    String publishedVersion = (String) published.json().get("publishedVersionId");
    Res answer = webhook(id + "/sync", Json.obj("who", "Bo"));
    assertEquals(201, answer.code);
    assertEquals("{\"hi\":\"Bo\"}", answer.body);

    Res renamed = post("/flows/" + id, Json.obj("type", "CHANGE_NAME", "request", Json.obj("displayName", "Greeter 2")));
    Map<?, ?> draft = (Map<?, ?>) renamed.json().get("version");
    assertEquals("DRAFT", draft.get("state"), "editing a published version makes a new draft");
    assertNotEquals(publishedVersion, draft.get("id"));
    Res versions = get("/flows/" + id + "/versions");
    assertEquals(2, versions.data().size());
    assertFalse(versions.data().get(0).containsKey("trigger"), "the list has the versions' metadata");
    Res old = get("/flows/" + id + "?versionId=" + publishedVersion);
    assertEquals("Greeter", ((Map<?, ?>) old.json().get("version")).get("displayName"));

    Res skipped = post("/flows/" + id, Json.obj("type", "SET_SKIP_ACTION", "request",
        Json.obj("names", List.of("step_1"), "skip", true)));
    assertEquals(200, skipped.code);
    post("/flows/" + id, Json.obj("type", "LOCK_AND_PUBLISH", "request", Json.obj()));
    assertEquals(204, webhook(id + "/sync", Json.obj()).code, "a skipped Return Response answers nothing");

    Res folder = post("/folders", Json.obj("displayName", "Sales", "projectId", project));
    assertEquals(200, post("/flows/" + id, Json.obj("type", "CHANGE_FOLDER", "request",
        Json.obj("folderId", folder.json().get("id")))).code);
    assertEquals(1, ((Number) get("/folders/" + folder.json().get("id")).json().get("numberOfFlows")).intValue());
    assertEquals(1, get("/flows?projectId=" + project + "&folderId=" + folder.json().get("id")).data().size());
    assertEquals(204, delete("/flows/" + id, null).code);
    assertEquals("ENTITY_NOT_FOUND", get("/flows/" + id).json().get("code"));
  }

  @Test void routersAreEditedBranchByBranch() {
    start(ServerPlatform.IMBRACE);
    String id = (String) post("/flows", Json.obj("displayName", "Routes")).json().get("id");
    Map<String, Object> router = Json.obj("name", "step_1", "valid", true, "displayName", "Route", "type", "ROUTER",
        "settings", Json.obj("executionType", "EXECUTE_FIRST_MATCH", "branches", List.of(
            Json.obj("branchName", "A", "branchType", "CONDITION", "conditions", List.of(List.of(
                Json.obj("firstValue", "1", "operator", "TEXT_EXACTLY_MATCHES", "secondValue", "1")))),
            Json.obj("branchName", "Otherwise", "branchType", "FALLBACK"))));
    Res added = post("/flows/" + id, Json.obj("type", "ADD_ACTION", "request", Json.obj("parentStep", "trigger",
        "action", router)));
    assertEquals(200, added.code, added.toString());
    Res inBranch = post("/flows/" + id, Json.obj("type", "ADD_ACTION", "request", Json.obj("parentStep", "step_1",
        "stepLocationRelativeToParent", "INSIDE_BRANCH", "branchIndex", 0, "action", Json.obj("name", "step_2",
            "valid", true, "displayName", "Code", "type", "CODE", "settings", Json.obj("sourceCode",
                Json.obj("code", "x", "packageJson", "{}"), "input", Json.obj())))));
    assertEquals(200, inBranch.code, inBranch.toString());
    post("/flows/" + id, Json.obj("type", "ADD_BRANCH", "request", Json.obj("stepName", "step_1", "branchIndex", 1,
        "branchName", "B")));
    post("/flows/" + id, Json.obj("type", "DUPLICATE_BRANCH", "request", Json.obj("stepName", "step_1", "branchIndex", 0)));
    Res moved = post("/flows/" + id, Json.obj("type", "MOVE_BRANCH", "request", Json.obj("stepName", "step_1",
        "sourceBranchIndex", 1, "targetBranchIndex", 2)));
    Map<?, ?> step = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) moved.json().get("version")).get("trigger")).get("nextAction");
    List<?> branches = (List<?>) ((Map<?, ?>) step.get("settings")).get("branches");
    List<Object> names = new ArrayList<>();
    for (Object b : branches) names.add(((Map<?, ?>) b).get("branchName"));
    assertEquals(List.of("A", "B", "A Copy", "Otherwise"), names);
    List<?> children = (List<?>) step.get("children");
    assertEquals("step_2", ((Map<?, ?>) children.get(0)).get("name"));
    assertEquals("step_3", ((Map<?, ?>) children.get(2)).get("name"), "a duplicated branch gets fresh step names");
    Res removed = post("/flows/" + id, Json.obj("type", "DELETE_BRANCH", "request", Json.obj("stepName", "step_1",
        "branchIndex", 2)));
    Map<?, ?> after = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) removed.json().get("version")).get("trigger")).get("nextAction");
    assertEquals(3, ((List<?>) after.get("children")).size());
    Res note = post("/flows/" + id, Json.obj("type", "ADD_NOTE", "request", Json.obj("id", "n1", "content", "hi",
        "creatorId", null, "color", "blue", "position", Json.obj("x", 1, "y", 2), "size", Json.obj("width", 3, "height", 4))));
    assertEquals(1, ((List<?>) ((Map<?, ?>) note.json().get("version")).get("notes")).size());
  }

  /**
   * A router's {@code children} hold one action or null per branch ({@code Type.Array(Type.Union([action,
   * Type.Null()]))} in Activepieces' {@code packages/shared/src/lib/flows/actions/action.ts}): an
   * object that is not an action is refused by the server and by the spec alike (a fuzzed import
   * with a {@code {}} child once passed the spec and was refused by the server).
   */
  @Test void aRouterChildThatIsNotAnActionIsRefusedByServerAndSpec() {
    start(ServerPlatform.IMBRACE);
    String id = (String) post("/flows", Json.obj("displayName", "Routes")).json().get("id");
    Map<String, Object> router = Json.obj("name", "step_1", "valid", true, "displayName", "Route", "type", "ROUTER",
        "settings", Json.obj("executionType", "EXECUTE_FIRST_MATCH", "branches", List.of(
            Json.obj("branchName", "A", "branchType", "CONDITION", "conditions", List.of(List.of(
                Json.obj("firstValue", "1", "operator", "TEXT_EXACTLY_MATCHES", "secondValue", "1")))),
            Json.obj("branchName", "Otherwise", "branchType", "FALLBACK"))),
        "children", java.util.Arrays.asList(null, Json.obj()));
    Map<String, Object> body = Json.obj("type", "IMPORT_FLOW", "request", Json.obj("displayName", "Routes",
        "trigger", Json.obj("name", "trigger", "valid", true, "displayName", "Catch", "type", "PIECE_TRIGGER",
            "settings", Json.obj("pieceName", "@activepieces/piece-webhook", "pieceVersion", "0.1.0",
                "triggerName", "catch_webhook", "input", Json.obj()),
            "nextAction", router)));
    Res refused = post("/flows/" + id, body);
    assertEquals(400, refused.code, refused.toString());
    assertEquals("body/request/trigger/nextAction/children/1 must have required property 'name'",
        refused.json().get("message"));

    com.atlassian.oai.validator.report.ValidationReport report = dev.flowkit.server.fuzz.SpecDocument
        .load("platforms/imbrace.yaml").validator().validateRequest(
            com.atlassian.oai.validator.model.SimpleRequest.Builder.post("/activepieces/v1/flows/" + id)
                .withContentType("application/json").withHeader("x-api-key", key).withBody(Json.write(body)).build());
    assertTrue(report.hasErrors(), "the spec must refuse it too: " + report);
  }

  @Test void runsAreRetriedCancelledAndArchived() throws Exception {
    start(ServerPlatform.IMBRACE);
    String failing = server.flowId("Failing");
    webhook(failing, Json.obj("a", 1, "b", 0));
    String runId = (String) newestRun(failing, "").get("id");
    awaitRun(runId, "FAILED");
    Res retried = post("/flow-runs/" + runId + "/retry", Json.obj("strategy", "FROM_FAILED_STEP"));
    assertEquals(200, retried.code, retried.toString());
    assertEquals(runId, retried.json().get("id"), "from the failed step: the same run");
    awaitRun(runId, "FAILED");
    Res latest = post("/flow-runs/" + runId + "/retry", Json.obj("strategy", "ON_LATEST_VERSION"));
    assertNotEquals(runId, latest.json().get("id"), "on the latest version: a new run");
    assertEquals(400, post("/flow-runs/" + runId + "/retry", Json.obj("strategy", "AGAIN")).code);

    String slow = server.flowId("Slow");
    webhook(slow, Json.obj());
    String paused = (String) newestRun(slow, "").get("id");
    awaitRun(paused, "PAUSED");
    Res cancel = post("/flow-runs/cancel", Json.obj("flowRunIds", List.of(paused)));
    assertEquals(200, cancel.code);
    assertEquals("", cancel.body);
    assertEquals("CANCELED", get("/flow-runs/" + paused).json().get("status"));
    assertEquals(1, get("/flow-runs?status=CANCELED").data().size());
    assertEquals(400, get("/flow-runs?status=STOPPED").code);

    Res archived = post("/flow-runs/archive", Json.obj("flowRunIds", List.of(paused)));
    assertEquals(200, archived.code);
    assertTrue(get("/flow-runs?status=CANCELED").data().isEmpty(), "archived runs leave the list");
    Res bulk = post("/flow-runs/retry", Json.obj("flowId", List.of(failing), "strategy", "ON_LATEST_VERSION"));
    assertEquals(200, bulk.code);
    assertTrue(((List<?>) Json.parse(bulk.body)).size() >= 2, bulk.body);
    String now = dev.flowkit.server.internal.Json.time(java.time.Instant.now().plusSeconds(60));
    assertTrue(get("/flow-runs?createdAfter=" + now).data().isEmpty());
  }

  @Test void aFlowCreatedWithAFolderNameGoesToThatFolderMadeOnce() {
    start(ServerPlatform.ACTIVEPIECES);
    String project = (String) get("/tables").data().get(0).get("projectId");
    Res first = post("/flows", Json.obj("displayName", "Leads", "projectId", project, "folderName", "Sales"));
    assertEquals(201, first.code, first.toString());
    String folderId = (String) first.json().get("folderId");
    assertEquals("Sales", get("/folders/" + folderId).json().get("displayName"));
    Res second = post("/flows", Json.obj("displayName", "Deals", "projectId", project, "folderName", "SALES"));
    assertEquals(folderId, second.json().get("folderId"), "the folder of that name, compared without case");
    assertEquals(1, get("/folders").data().size());
    Res named = post("/folders", Json.obj("displayName", "Ops", "projectId", project));
    Res both = post("/flows", Json.obj("displayName", "Tickets", "projectId", project, "folderId", named.json().get("id"),
        "folderName", "Sales"));
    assertEquals(named.json().get("id"), both.json().get("folderId"), "a folderId wins");
  }

  @Test void nullWhereTheSchemaHasNoneIsRefusedAsFastifyRefusesIt() {
    start(ServerPlatform.IMBRACE);
    Res nullName = post("/flows", Json.obj("displayName", "x", "folderName", null));
    assertEquals(400, nullName.code, nullName.toString());
    assertEquals("body/folderName must be string", nullName.json().get("message"));
    assertEquals(400, post("/flow-runs/cancel", Json.obj("flowId", null)).code);
    assertEquals(400, post("/flow-runs/retry", Json.obj("projectId", null, "strategy", "ON_LATEST_VERSION")).code);
    Res emptySecret = post("/app-connections", Json.obj("externalId", "e", "displayName", "E", "pieceName", "p",
        "type", "SECRET_TEXT", "value", Json.obj("type", "SECRET_TEXT", "secret_text", "")));
    assertEquals("body/value/secret_text must NOT have fewer than 1 characters", emptySecret.json().get("message"));
    Res oauth = post("/app-connections", Json.obj("externalId", "o", "displayName", "O", "pieceName", "p",
        "type", "OAUTH2", "value", Json.obj("type", "OAUTH2", "client_id", "id", "code", "c", "scope", "s")));
    assertEquals("body/value must have required property 'client_secret'", oauth.json().get("message"));
    assertEquals(400, post("/app-connections", Json.obj("externalId", "m", "displayName", "M", "pieceName", "p",
        "type", "NO_AUTH", "value", Json.obj("type", "NO_AUTH"), "metadata", null)).code);
    assertEquals(400, get("/app-connections?scope=EVERYWHERE").code);
    assertEquals(400, get("/app-connections?status=ACTIVE&status=SLEEPING").code);
    int all = get("/flows?limit=100").data().size();
    int disabled = get("/flows?status=DISABLED&limit=100").data().size();
    assertTrue(disabled > 0 && disabled < all, "the seeded flows are of both statuses");
    assertEquals(all, get("/flows?status=DISABLED&status=ENABLED&limit=100").data().size(),
        "every status given counts, not only the first");
  }

  @Test void foldersConnectionsAndMcpServersInActivepiecesShapes() {
    start(ServerPlatform.IMBRACE);
    Res folder = post("/folders", Json.obj("displayName", "CRM", "projectId", project()));
    assertEquals(200, folder.code, folder.toString());
    String folderId = (String) folder.json().get("id");
    Res renamed = post("/folders/" + folderId, Json.obj("displayName", "CRM 2"));
    assertEquals("CRM 2", renamed.json().get("displayName"));
    Res deleted = delete("/folders/" + folderId, null);
    assertEquals(200, deleted.code);
    assertEquals("", deleted.body);

    Res conn = post("/app-connections", Json.obj("externalId", "slack-main", "displayName", "Slack", "pieceName",
        "@activepieces/piece-slack", "projectId", project(), "type", "SECRET_TEXT", "value",
        Json.obj("type", "SECRET_TEXT", "secret_text", "xoxb-secret")));
    assertEquals(201, conn.code, conn.toString());
    assertFalse(conn.body.contains("xoxb-secret"), "the value is never answered");
    assertEquals(List.of(project()), conn.json().get("projectIds"));
    assertEquals("ACTIVE", conn.json().get("status"));
    Res again = post("/app-connections", Json.obj("externalId", "slack-main", "displayName", "Slack 2", "pieceName",
        "@activepieces/piece-slack", "type", "SECRET_TEXT", "value", Json.obj("type", "SECRET_TEXT", "secret_text", "x")));
    assertEquals(conn.json().get("id"), again.json().get("id"), "an upsert by externalId");
    assertEquals(1, get("/app-connections?pieceName=@activepieces/piece-slack").data().size());
    assertEquals("Slack 2", get("/app-connections/" + conn.json().get("id")).json().get("displayName"));
    assertEquals(400, post("/app-connections", Json.obj("displayName", "x")).code);
    assertEquals("<redacted>", String.valueOf(server.exchanges().stream()
        .filter(e -> e.path().endsWith("/app-connections") && e.method().equals("POST")).findFirst().get()
        .requestBody()).replaceAll(".*\"value\":\"([^\"]*)\".*", "$1"));
    assertEquals(204, delete("/app-connections/" + conn.json().get("id"), null).code);

    assertEquals(400, get("/mcp-servers").code, "projectId is required");
    Res mcp = post("/mcp-servers", Json.obj("projectId", project(), "name", "My MCP"));
    assertEquals(200, mcp.code);
    String token = (String) mcp.json().get("token");
    Res rotated = send(request("/mcp-servers/" + mcp.json().get("id") + "/rotate").post(RequestBody.create(new byte[0])).build());
    assertNotEquals(token, rotated.json().get("token"));
    assertEquals(1, get("/mcp-servers?projectId=" + project()).data().size());
    assertEquals(204, delete("/mcp-servers/" + mcp.json().get("id"), null).code);
  }

  @Test void tablesFieldsRecordsPiecesInvitationsAndTriggers() throws Exception {
    start(ServerPlatform.IMBRACE);
    Map<String, Object> leads = get("/tables").data().get(0);
    String tableId = (String) leads.get("id");
    List<?> fields = (List<?>) Json.parse(get("/fields?tableId=" + tableId).body);
    assertEquals(2, fields.size());
    String nameField = (String) ((Map<?, ?>) fields.get(0)).get("id");
    Map<String, Object> record = get("/records?tableId=" + tableId).data().get(0);
    assertEquals("Ada", ((Map<?, ?>) ((Map<?, ?>) record.get("cells")).get(nameField)).get("value"));
    Res created = post("/records", Json.obj("tableId", tableId, "records", List.of(List.of(
        Json.obj("fieldId", nameField, "value", "Bo")))));
    assertEquals(201, created.code, created.toString());
    String recordId = (String) ((Map<?, ?>) ((List<?>) Json.parse(created.body)).get(0)).get("id");
    Res updated = post("/records/" + recordId, Json.obj("tableId", tableId, "cells", List.of(
        Json.obj("fieldId", nameField, "value", "Cy"))));
    assertEquals("Cy", ((Map<?, ?>) ((Map<?, ?>) updated.json().get("cells")).get(nameField)).get("value"));
    assertEquals(404, post("/records", Json.obj("tableId", tableId, "records", List.of(List.of(
        Json.obj("fieldId", "fld_nope", "value", "x"))))).code);
    assertEquals(2, get("/records?tableId=" + tableId).data().size(), "a failed create leaves nothing");
    assertEquals("[]", delete("/records", Json.obj("ids", List.of(recordId))).body);
    Res field = post("/fields", Json.obj("tableId", tableId, "name", "Email", "type", "TEXT"));
    assertEquals(201, field.code);
    assertEquals("Mail", post("/fields/" + field.json().get("id"), Json.obj("name", "Mail")).json().get("name"));
    assertEquals(200, delete("/fields/" + field.json().get("id"), null).code);
    assertEquals(400, post("/fields", Json.obj("tableId", tableId, "name", "X", "type", "BLOB")).code);

    List<?> pieces = (List<?>) Json.parse(get("/pieces?limit=2").body);
    assertEquals(3, pieces.size(), "the pieces list takes no page size");
    assertEquals(1, ((Number) ((Map<?, ?>) pieces.get(0)).get("actions")).intValue());
    Res webhookPiece = get("/pieces/@activepieces/piece-webhook");
    assertTrue(((Map<?, ?>) webhookPiece.json().get("triggers")).containsKey("catch_webhook"));
    assertEquals(404, get("/pieces/@activepieces/piece-webhook?version=9.9.9").code);
    Map<String, Object> flow = get("/flows/" + server.flowId("Hello")).json();
    Res options = post("/pieces/options", Json.obj("pieceName", "@activepieces/piece-webhook", "pieceVersion", "0.1.24",
        "actionOrTriggerName", "catch_webhook", "propertyName", "authType", "flowId", flow.get("id"),
        "flowVersionId", ((Map<?, ?>) flow.get("version")).get("id"), "input", Json.obj()));
    assertEquals(3, ((List<?>) options.json().get("options")).size());

    assertEquals(400, get("/user-invitations").code, "type is required");
    assertEquals(1, get("/user-invitations?type=PROJECT").data().size());
    String invitation = (String) get("/user-invitations?type=PLATFORM").data().get(0).get("id");
    assertEquals(200, delete("/user-invitations/" + invitation, null).code);
    assertTrue(get("/user-invitations?type=PLATFORM").data().isEmpty());

    webhook(server.flowId("Hello"), Json.obj("name", "x"));
    Map<?, ?> status = (Map<?, ?>) get("/trigger-runs/status").json().get("pieces");
    assertTrue(status.containsKey("@activepieces/piece-webhook"), status.toString());
    String hello = server.flowId("Hello");
    assertEquals(200, webhook(hello + "/test", Json.obj("sample", true)).code);
    Res events = post("/test-trigger", Json.obj("flowId", hello, "flowVersionId", ((Map<?, ?>) flow.get("version")).get("id"),
        "testStrategy", "TEST_FUNCTION"));
    assertEquals(1, ((List<?>) Json.parse(events.body)).size(), events.body);

    Res automations = get(server.url() + "channel-service/v1/workflows/channel_automation?channelType=whatsapp");
    assertEquals(1, automations.data().size());
  }
}
