package dev.flowkit.server.internal;

import static dev.flowkit.server.internal.ApErrors.ap;
import static dev.flowkit.server.internal.ApErrors.notFound;
import static dev.flowkit.server.internal.ApErrors.object;
import static dev.flowkit.server.internal.ApErrors.oneOf;
import static dev.flowkit.server.internal.ApErrors.optString;
import static dev.flowkit.server.internal.ApErrors.string;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Activepieces v1's routes on the reference server, under {@code /api/v1} (Activepieces itself)
 * or {@code /activepieces/v1} (behind the Imbrace gateway, which also has its channel
 * service's automations): flows and their operations, versions, webhooks (async, sync, draft,
 * test), flow runs (list, get, retry, bulk cancel, retry and archive), folders, app connections,
 * MCP servers, tables, fields, records, pieces, trigger runs, the trigger test and user
 * invitations, with Activepieces' seek pages, statuses and {@code {code, params}} errors.
 */
public final class ApRoutes {
  /** How long a synchronous webhook waits for the flow's answer: Activepieces' default 30 s. */
  static final long WEBHOOK_TIMEOUT_MILLIS = 30_000;
  /** The webhook piece version the demo flows and the pieces list name. */
  public static final String WEBHOOK_PIECE_VERSION = "0.1.24";

  private final String root;
  private final boolean imbrace;
  private final Services services;
  private final ApStore store;
  private final ApFlowOps ops;
  private final ApEngine engine;
  /** Imbrace's access tokens (x-access-token) to their user id. */
  private final Map<String, String> accessTokens = new java.util.concurrent.ConcurrentHashMap<>();
  /** piece → day → {success, failure}: the trigger runs {@code /v1/trigger-runs/status} reports. */
  private final Map<String, Map<String, long[]>> triggerRuns = new LinkedHashMap<>();

  /** Routes under {@code root} ({@code /api/v1} or {@code /activepieces/v1}); Imbrace's extras when {@code imbrace}. */
  public ApRoutes(Services services, String root, boolean imbrace) {
    this.services = services;
    this.root = root;
    this.imbrace = imbrace;
    this.store = new ApStore(services.platform);
    this.ops = new ApFlowOps(store);
    this.engine = new ApEngine(services.platform, services.engine);
  }

  // ---- authentication ----

  /**
   * The caller: an API key ({@code x-api-key} on Imbrace, {@code Authorization: Bearer} on
   * Activepieces), or on Imbrace an access token ({@code x-access-token}) with the user's
   * organization ({@code x-organization-id}).
   */
  public Principal authenticate(Call call) {
    AuthStore auth = services.auth;
    String key = imbrace ? call.header("x-api-key") : bearer(call);
    if (key != null) {
      try {
        return auth.authenticateKey(key);
      } catch (ApiException e) {
        throw ap(401, "INVALID_API_KEY", "The API key is not valid");
      }
    }
    String token = imbrace ? call.header("x-access-token") : null;
    if (token != null) {
      String userId = accessTokens.get(token);
      if (userId == null) throw ap(401, "INVALID_BEARER_TOKEN", "The access token is not valid");
      AuthStore.User u = auth.user(userId);
      String org = call.header("x-organization-id");
      if (org == null) throw ap(401, "AUTHENTICATION", "x-organization-id is required with x-access-token");
      if (!org.equals(u.workspaceId)) throw ap(403, "AUTHORIZATION", "The access token is not of organization " + org);
      return new Principal(u.id, u.workspaceId, u.projectId, "token:" + u.id);
    }
    throw ap(401, "AUTHENTICATION", imbrace ? "Send x-api-key, or x-access-token with x-organization-id"
        : "Send Authorization: Bearer <API key>");
  }

  private static @Nullable String bearer(Call call) {
    String auth = call.header("Authorization");
    return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
  }

  /** A new access token of the user behind {@code principal}, as Imbrace's login would give one. */
  public String issueAccessToken(Principal principal) {
    String token = services.platform.secret("acc_");
    accessTokens.put(token, principal.userId);
    return token;
  }

  // ---- errors ----

  /**
   * Activepieces' error body for {@code e}: {@code {code, params}} for its own errors, Fastify's
   * {@code {statusCode, code, error, message}} for a request its schema rejects, and Fastify's
   * {@code Route … not found} for a path (or method) no route serves.
   */
  public Reply error(ApiException e) {
    Map<String, Object> body;
    int status = e.status;
    switch (e.code) {
      case "NOT_FOUND":
      case "METHOD_NOT_ALLOWED":
        status = 404;
        // The router's "No route for GET /p" and "PUT is not allowed on /p; use …", as Fastify says it.
        String m = String.valueOf(e.getMessage());
        String route = m.startsWith("No route for ") ? m.substring(13).replaceFirst(" ", ":")
            : m.replaceFirst(" is not allowed on ", ":").replaceFirst(";.*$", "");
        body = Json.obj("message", "Route " + route + " not found", "error", "Not Found", "statusCode", 404);
        break;
      case ApErrors.FASTIFY_VALIDATION:
      case "VALIDATION_ERROR":
        status = 400;
        body = fastify(400, ApErrors.FASTIFY_VALIDATION, e.getMessage());
        break;
      case "PAYLOAD_TOO_LARGE":
        body = fastify(413, "FST_ERR_CTP_BODY_TOO_LARGE", "Request body is too large");
        break;
      case "UNSUPPORTED_MEDIA_TYPE":
        body = fastify(415, "FST_ERR_CTP_INVALID_MEDIA_TYPE", e.getMessage());
        break;
      default:
        body = e.details != null && e.details.containsKey("message") && !GENERIC.contains(e.code)
            ? Json.obj("code", e.code, "params", e.details)
            : Json.obj("statusCode", status, "error", reason(status), "message", e.getMessage());
    }
    Reply r = Reply.json(status, body);
    if (e.retryAfterSeconds >= 0) r.header("Retry-After", Long.toString(e.retryAfterSeconds));
    return r;
  }

  /** The shared server's own failures (injected faults, a failing handler), answered as Fastify would. */
  private static final java.util.Set<String> GENERIC = new java.util.HashSet<>(java.util.Arrays.asList(
      "RATE_LIMITED", "UNAVAILABLE", "INTERNAL_ERROR", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT"));

  private static Map<String, Object> fastify(int status, String code, String message) {
    return Json.obj("statusCode", status, "code", code, "error", reason(status), "message", message);
  }

  private static String reason(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 413: return "Payload Too Large";
      case 415: return "Unsupported Media Type";
      case 429: return "Too Many Requests";
      case 503: return "Service Unavailable";
      default: return status >= 500 ? "Internal Server Error" : "Error";
    }
  }

  /** The credential-less facts the curl journey prints: the demo project. */
  public String demoProject() {
    return owners.keySet().isEmpty() ? "<project_id>" : owners.keySet().iterator().next();
  }

  // ---- routes ----

  public void register(Router r) {
    registerFlows(r);
    registerWebhooks(r);
    registerRuns(r);
    registerFolders(r);
    registerConnections(r);
    registerMcp(r);
    registerTables(r);
    registerPieces(r);
    r.add("GET", root + "/user-invitations", call -> {
      String type = call.query("type");
      if (type == null) throw ApErrors.schema("querystring must have required property 'type'");
      oneOf(type, "querystring/type", "PLATFORM", "PROJECT");
      String project = project(call, call.query("projectId"), false);
      return Reply.json(200, ApStore.page(call, store.all(ApStore.INVITATION, project,
          d -> type.equals(d.fields.get("type"))), StoredDoc::json));
    });
    r.add("DELETE", root + "/user-invitations/{id}", call -> {
      store.remove(ApStore.INVITATION, call.principal().projectId, call.param("id"));
      return Reply.raw(200, "application/json; charset=utf-8", "");
    });
    if (imbrace) {
      r.add("GET", "/channel-service/v1/workflows/channel_automation", call -> {
        String channelType = call.query("channelType");
        List<Object> out = new ArrayList<>();
        for (StoredDoc d : store.all("ChannelAutomation", call.principal().projectId,
            d -> channelType == null || channelType.equals(d.fields.get("channelType")))) {
          out.add(d.json());
        }
        return Reply.json(200, Json.obj("data", out));
      });
    }
  }

  /** The project a call acts on: the one it names (which must be the caller's), else the caller's own. */
  private static String project(Call call, @Nullable String named, boolean required) {
    String own = call.principal().projectId;
    if (named == null) {
      if (required) throw ApErrors.schema("querystring must have required property 'projectId'");
      return own;
    }
    if (!named.equals(own)) throw ap(403, "AUTHORIZATION", "The credential cannot act on project " + named);
    return named;
  }

  private static Map<String, Object> body(Call call) {
    if (call.bodyText.isBlank()) throw ApErrors.schema("body must be object");
    return object(Json.parse(call.bodyText), "body");
  }

  private void registerFlows(Router r) {
    r.add("GET", root + "/flows", call ->
        Reply.json(200, store.listFlows(call, project(call, call.query("projectId"), !imbrace))));
    r.add("POST", root + "/flows", call -> {
      Map<String, Object> b = body(call);
      String name = string(b, "body", "displayName");
      String project = bodyProject(call, b, !imbrace);
      Object metadata = b.get("metadata");
      // a folderId wins; else a folderName is the project's folder of that name, made when there is none
      String folderId = optString(b, "body", "folderId");
      String folderName = optString(b, "body", "folderName");
      if ((folderId == null || folderId.isEmpty()) && folderName != null && !folderName.isEmpty()) {
        folderId = folderNamed(project, folderName).id;
      } else if (folderId != null && folderId.isEmpty()) {
        folderId = null;
      }
      StoredDoc flow = store.createFlow(project, name, folderId, metadata == null ? null : object(metadata, "body/metadata"));
      return Reply.json(201, store.flowJson(flow, null));
    });
    r.add("GET", root + "/flows/{id}", call -> {
      String versionId = call.query("versionId");
      return Reply.json(200, store.flowJson(store.find(ApStore.FLOW, call.principal().projectId, call.param("id")), versionId));
    });
    r.add("POST", root + "/flows/{id}", call ->
        Reply.json(200, ops.apply(call.principal().projectId, call.param("id"), body(call))));
    r.add("DELETE", root + "/flows/{id}", call -> {
      store.deleteFlow(call.principal().projectId, call.param("id"));
      return Reply.noContent();
    });
    r.add("GET", root + "/flows/{id}/versions", call -> {
      store.find(ApStore.FLOW, call.principal().projectId, call.param("id"));
      List<Pagination.Item> items = new ArrayList<>();
      for (Map<String, Object> v : store.versions.get(call.param("id"))) items.add(new VersionItem(v));
      return Reply.json(200, ApStore.page(call, items, i -> versionMetadata(((VersionItem) i).version)));
    });
  }

  /** A version as Activepieces lists it: its metadata, without the trigger. */
  private static Map<String, Object> versionMetadata(Map<String, Object> v) {
    Map<String, Object> m = FlowStore.asMap(Json.copy(v));
    m.remove("trigger");
    m.remove("notes");
    m.put("valid", ApFlowOps.allValid(FlowStore.asMap(v.get("trigger"))));
    return m;
  }

  private static final class VersionItem implements Pagination.Item {
    final Map<String, Object> version;

    VersionItem(Map<String, Object> version) {
      this.version = version;
    }

    @Override public java.time.Instant created() {
      return java.time.Instant.parse((String) version.get("created"));
    }

    @Override public String id() {
      return (String) version.get("id");
    }
  }

  private static String bodyProject(Call call, Map<String, Object> b, boolean required) {
    String named = optString(b, "body", "projectId");
    if (named == null && required) throw ApErrors.schema("body must have required property 'projectId'");
    return project(call, named, false);
  }

  // ---- webhooks ----

  private void registerWebhooks(Router r) {
    for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
      r.addOpen(method, root + "/webhooks/{id}", call -> webhook(call, false, false));
      r.addOpen(method, root + "/webhooks/{id}/sync", call -> webhook(call, true, false));
      r.addOpen(method, root + "/webhooks/{id}/draft", call -> webhook(call, false, true));
      r.addOpen(method, root + "/webhooks/{id}/draft/sync", call -> webhook(call, true, true));
      r.addOpen(method, root + "/webhooks/{id}/test", this::webhookTest);
    }
  }

  /** {@code /webhooks/{flowId}[/draft][/sync]}, as Activepieces' webhook service answers it. */
  private Reply webhook(Call call, boolean sync, boolean draft) {
    String webhookId = services.platform.id("whk");
    StoredDoc flow;
    synchronized (store) {
      flow = store.kind(ApStore.FLOW).get(call.param("id"));
    }
    if (flow == null) return Reply.json(410, Json.obj()).header("x-webhook-id", webhookId);
    Map<String, Object> version;
    synchronized (store) {
      if (!draft && !"ENABLED".equals(flow.fields.get("status"))) {
        return Reply.json(404, Json.obj()).header("x-webhook-id", webhookId);
      }
      Object published = flow.fields.get("publishedVersionId");
      version = FlowStore.asMap(Json.copy(!draft && published != null ? store.version(flow.id, (String) published)
          : store.current(flow.id)));
    }
    Map<String, Object> payload = payload(call);
    Map<String, Object> trigger = FlowStore.asMap(version.get("trigger"));
    boolean verified = ApEngine.verified(trigger, FlowStore.asMap(payload.get("headers")));
    countTriggerRun(trigger, verified);
    if (!verified) {
      // The trigger's authentication turns the call away: no run, and nothing for a sync caller.
      return sync ? Reply.noContent().header("x-webhook-id", webhookId) : Reply.json(200, Json.obj()).header("x-webhook-id", webhookId);
    }
    String workspace = services.auth.user(ownerOf(flow)).workspaceId;
    Run run = engine.start(flow, version, workspace, payload, draft ? "TESTING" : "PRODUCTION");
    if (!sync) return Reply.json(200, Json.obj()).header("x-webhook-id", webhookId);
    Map<String, Object> answer;
    try {
      answer = engine.awaitResponse(run, services.platform.runWait(WEBHOOK_TIMEOUT_MILLIS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Reply.noContent().header("x-webhook-id", webhookId);
    }
    int status = ((Number) answer.get("status")).intValue();
    Object body = answer.get("body");
    Reply reply = status == 204 ? Reply.noContent()
        : body instanceof String ? Reply.raw(status, "text/plain; charset=utf-8", (String) body)
        : body == null ? Reply.raw(status, "text/plain; charset=utf-8", "") : Reply.json(status, body);
    for (Map.Entry<String, Object> h : FlowStore.asMap(answer.get("headers")).entrySet()) {
      try {
        reply.header(h.getKey(), String.valueOf(h.getValue()));
      } catch (IllegalArgumentException notAHeader) {
        // a header the flow named that HTTP cannot carry is left out
      }
    }
    return reply.header("x-webhook-id", webhookId);
  }

  /** Records a test event for the trigger (what {@code POST /v1/test-trigger} then answers); runs nothing. */
  private Reply webhookTest(Call call) {
    String webhookId = services.platform.id("whk");
    StoredDoc flow;
    synchronized (store) {
      flow = store.kind(ApStore.FLOW).get(call.param("id"));
    }
    if (flow == null) return Reply.json(410, Json.obj()).header("x-webhook-id", webhookId);
    Map<String, Object> trigger = FlowStore.asMap(store.current(flow.id).get("trigger"));
    Map<String, Object> settings = FlowStore.asMap(trigger.getOrDefault("settings", Json.obj()));
    store.add(ApStore.TRIGGER_EVENT, "tev", flow.owner, Json.obj("projectId", flow.owner, "flowId", flow.id,
        "sourceName", settings.get("pieceName") + ":" + settings.get("triggerName"), "fileId", null,
        "payload", payload(call)));
    return Reply.json(200, Json.obj()).header("x-webhook-id", webhookId);
  }

  /** The call as the webhook piece's trigger receives it: {@code {method, headers, body, queryParams}}. */
  private static Map<String, Object> payload(Call call) {
    Map<String, Object> headers = new LinkedHashMap<>();
    Headers h = call.headers;
    for (int i = 0; i < h.size(); i++) headers.put(h.name(i).toLowerCase(Locale.ROOT), h.value(i));
    Map<String, Object> query = new LinkedHashMap<>();
    for (String name : call.url.queryParameterNames()) query.put(name, call.url.queryParameter(name));
    Object body = null;
    if (!call.bodyText.isEmpty()) {
      String type = call.header("Content-Type");
      body = type != null && type.toLowerCase(Locale.ROOT).contains("json") ? Json.parse(call.bodyText) : call.bodyText;
    }
    Map<String, Object> payload = Json.obj("method", call.method, "headers", headers);
    if (body != null) payload.put("body", body);
    payload.put("queryParams", query);
    return payload;
  }

  private synchronized void countTriggerRun(Map<String, Object> trigger, boolean success) {
    Object piece = FlowStore.asMap(trigger.getOrDefault("settings", Json.obj())).get("pieceName");
    if (piece == null) return;
    String day = LocalDate.ofInstant(services.platform.now(), ZoneOffset.UTC).toString();
    long[] counts = triggerRuns.computeIfAbsent(String.valueOf(piece), k -> new LinkedHashMap<>())
        .computeIfAbsent(day, k -> new long[2]);
    counts[success ? 0 : 1]++;
  }

  /** The user whose project holds the flow (the demo user, or whoever created it). */
  private String ownerOf(StoredDoc flow) {
    String owner = owners.get(flow.owner);
    if (owner == null) throw new IllegalStateException("no user owns project " + flow.owner);
    return owner;
  }

  /** Project id to the user it belongs to. */
  private final Map<String, String> owners = new java.util.concurrent.ConcurrentHashMap<>();

  // ---- runs ----

  private Run run(Call call, String id) {
    Run run;
    try {
      run = services.engine.run(call.principal(), id);
    } catch (ApiException e) {
      throw notFound("FlowRun", id);
    }
    if (!engine.runs.containsKey(run.id)) throw notFound("FlowRun", id);
    return run;
  }

  private void registerRuns(Router r) {
    r.add("GET", root + "/flow-runs", call -> {
      String project = project(call, call.query("projectId"), !imbrace);
      List<String> flowIds = call.url.queryParameterValues("flowId");
      List<String> statuses = call.url.queryParameterValues("status");
      for (String s : statuses) oneOf(s, "querystring/status", RUN_STATUSES);
      List<String> tags = call.url.queryParameterValues("tags");
      java.time.Instant after = instant(call.query("createdAfter"), "createdAfter");
      java.time.Instant before = instant(call.query("createdBefore"), "createdBefore");
      List<Run> runs = new ArrayList<>();
      for (Run run : services.engine.runs(call.principal().workspaceId)) {
        ApEngine.ApRun ap = engine.runs.get(run.id);
        if (ap == null || !run.projectId.equals(project) || !ap.environment.equals("PRODUCTION")) continue;
        if (ap.archivedAt != null) continue;
        if (!flowIds.isEmpty() && !flowIds.contains(run.flowId)) continue;
        if (!statuses.isEmpty() && !statuses.contains(run.status())) continue;
        if (!run.tags.containsAll(tags)) continue;
        if (after != null && run.created.isBefore(after)) continue;
        if (before != null && run.created.isAfter(before)) continue;
        runs.add(run);
      }
      return Reply.json(200, ApStore.page(call, runs, run -> engine.json(run, false)));
    });
    r.add("GET", root + "/flow-runs/{id}", call -> Reply.json(200, engine.json(run(call, call.param("id")), true)));
    r.add("POST", root + "/flow-runs/{id}/retry", call -> {
      Map<String, Object> b = body(call);
      String strategy = oneOf(string(b, "body", "strategy"), "body/strategy", "FROM_FAILED_STEP", "ON_LATEST_VERSION");
      bodyProject(call, b, false);
      return Reply.json(200, engine.json(retry(call, run(call, call.param("id")), strategy), false));
    });
    r.add("POST", root + "/flow-runs/retry", call -> {
      Map<String, Object> b = body(call);
      String strategy = oneOf(string(b, "body", "strategy"), "body/strategy", "FROM_FAILED_STEP", "ON_LATEST_VERSION");
      List<Object> out = new ArrayList<>();
      for (Run run : select(call, b)) out.add(engine.json(retry(call, run, strategy), false));
      return Reply.json(200, out);
    });
    r.add("POST", root + "/flow-runs/cancel", call -> {
      Map<String, Object> b = body(call);
      if (b.containsKey("status")) {
        for (String s : strings(b, "status")) oneOf(s, "body/status", "PAUSED", "QUEUED");
      } else {
        b.put("status", java.util.Arrays.asList("PAUSED", "QUEUED"));
      }
      for (Run run : select(call, b)) engine.cancel(run);
      return Reply.raw(200, "application/json; charset=utf-8", "");
    });
    r.add("POST", root + "/flow-runs/archive", call -> {
      Map<String, Object> b = body(call);
      for (Run run : select(call, b)) engine.ap(run).archivedAt = Json.time(services.platform.now());
      return Reply.raw(200, "application/json; charset=utf-8", "");
    });
  }

  private static final String[] RUN_STATUSES = {"QUEUED", "RUNNING", "PAUSED", "SUCCEEDED", "FAILED", "TIMEOUT",
      "INTERNAL_ERROR", "QUOTA_EXCEEDED", "MEMORY_LIMIT_EXCEEDED", "CANCELED", "LOG_SIZE_EXCEEDED"};

  private static java.time.@Nullable Instant instant(@Nullable String value, String name) {
    if (value == null) return null;
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw ApErrors.schema("querystring/" + name + " must be a date-time");
    }
  }

  /** The runs a bulk request selects: {@code flowRunIds}, {@code status}, {@code flowId}, dates, minus the excluded. */
  private List<Run> select(Call call, Map<String, Object> b) {
    String project = bodyProject(call, b, !imbrace);
    List<String> ids = strings(b, "flowRunIds");
    List<String> excluded = strings(b, "excludeFlowRunIds");
    List<String> statuses = strings(b, "status");
    List<String> flows = strings(b, "flowId");
    java.time.Instant after = instant(optString(b, "body", "createdAfter"), "createdAfter");
    java.time.Instant before = instant(optString(b, "body", "createdBefore"), "createdBefore");
    String failedStep = optString(b, "body", "failedStepName");
    List<Run> out = new ArrayList<>();
    for (Run run : services.engine.runs(call.principal().workspaceId)) {
      ApEngine.ApRun ap = engine.runs.get(run.id);
      if (ap == null || !run.projectId.equals(project)) continue;
      if (!ids.isEmpty() && !ids.contains(run.id)) continue;
      if (excluded.contains(run.id)) continue;
      if (!statuses.isEmpty() && !statuses.contains(run.status())) continue;
      if (!flows.isEmpty() && !flows.contains(run.flowId)) continue;
      if (after != null && run.created.isBefore(after)) continue;
      if (before != null && run.created.isAfter(before)) continue;
      if (failedStep != null && (ap.failedStep == null || !failedStep.equals(ap.failedStep.get("name")))) continue;
      out.add(run);
    }
    return out;
  }

  /** An optional array of strings: absent is none; null, as any other non-array, is a 400 (its schema has no null). */
  private static List<String> strings(Map<String, Object> b, String name) {
    if (!b.containsKey(name)) return new ArrayList<>();
    if (b.get(name) == null) throw ApErrors.schema("body/" + name + " must be array");
    return ApErrors.strings(b, "body", name);
  }

  /**
   * Retries a finished run as Activepieces does: FROM_FAILED_STEP runs the same run again (with
   * the same trigger output), ON_LATEST_VERSION starts a new run of the published version.
   */
  private Run retry(Call call, Run run, String strategy) {
    if (!run.terminal()) throw ApErrors.validation("Run " + run.id + " is " + run.status() + "; only a finished run is retried");
    ApEngine.ApRun ap = engine.ap(run);
    if (strategy.equals("FROM_FAILED_STEP")) {
      engine.restart(run);
      return run;
    }
    StoredDoc flow = store.find(ApStore.FLOW, call.principal().projectId, run.flowId);
    Object published = flow.fields.get("publishedVersionId");
    if (published == null) throw ApErrors.validation("Flow " + run.flowId + " has no published version");
    Map<String, Object> version;
    synchronized (store) {
      version = FlowStore.asMap(Json.copy(store.version(flow.id, (String) published)));
    }
    return engine.start(flow, version, call.principal().workspaceId, ap.payload, "PRODUCTION");
  }

  // ---- folders, connections, MCP servers ----

  private void registerFolders(Router r) {
    r.add("GET", root + "/folders", call -> Reply.json(200, ApStore.page(call,
        store.all(ApStore.FOLDER, project(call, call.query("projectId"), false), d -> true), store::folderJson)));
    r.add("POST", root + "/folders", call -> {
      Map<String, Object> b = body(call);
      String name = string(b, "body", "displayName");
      String project = bodyProject(call, b, true);
      if (!store.all(ApStore.FOLDER, project, d -> name.equalsIgnoreCase((String) d.fields.get("displayName"))).isEmpty()) {
        throw ApErrors.validation("A folder named " + name + " already exists");
      }
      return Reply.json(200, store.folderJson(folderNamed(project, name)));
    });
    r.add("GET", root + "/folders/{id}", call ->
        Reply.json(200, store.folderJson(store.find(ApStore.FOLDER, call.principal().projectId, call.param("id")))));
    r.add("POST", root + "/folders/{id}", call -> {
      Map<String, Object> b = body(call);
      StoredDoc folder = store.find(ApStore.FOLDER, call.principal().projectId, call.param("id"));
      folder.fields.put("displayName", string(b, "body", "displayName"));
      store.touch(folder);
      return Reply.json(200, store.folderJson(folder));
    });
    r.add("DELETE", root + "/folders/{id}", call -> {
      store.deleteFolder(call.principal().projectId, call.param("id"));
      return Reply.raw(200, "application/json; charset=utf-8", "");
    });
  }

  /** The string {@code name} of a connection's value, of at least one character. */
  private static void nonEmpty(Map<String, Object> value, String name) {
    if (string(value, "body/value", name).isEmpty()) {
      throw ApErrors.schema("body/value/" + name + " must NOT have fewer than 1 characters");
    }
  }

  /** The project's folder named {@code name} (compared without case), made when there is none. */
  private StoredDoc folderNamed(String project, String name) {
    synchronized (store) {
      List<StoredDoc> same = store.all(ApStore.FOLDER, project, d -> name.equalsIgnoreCase((String) d.fields.get("displayName")));
      if (!same.isEmpty()) return same.get(0);
      return store.add(ApStore.FOLDER, "fld", project, Json.obj("projectId", project, "displayName", name,
          "displayOrder", store.all(ApStore.FOLDER, project, d -> true).size()));
    }
  }

  private void registerConnections(Router r) {
    r.add("GET", root + "/app-connections", call -> {
      String project = project(call, call.query("projectId"), false);
      String piece = call.query("pieceName");
      String name = call.query("displayName");
      List<String> statuses = call.url.queryParameterValues("status");
      for (String s : statuses) oneOf(s, "querystring/status", "ACTIVE", "MISSING", "ERROR");
      String scope = call.query("scope");
      if (scope != null) oneOf(scope, "querystring/scope", "PROJECT", "PLATFORM");
      return Reply.json(200, ApStore.page(call, store.all(ApStore.CONNECTION, project,
          d -> (piece == null || piece.equals(d.fields.get("pieceName")))
              && (name == null || String.valueOf(d.fields.get("displayName")).contains(name))
              && (statuses.isEmpty() || statuses.contains(d.fields.get("status")))
              && (scope == null || scope.equals(d.fields.get("scope")))), StoredDoc::json));
    });
    r.add("POST", root + "/app-connections", call -> {
      Map<String, Object> b = body(call);
      for (String f : new String[] {"externalId", "displayName", "pieceName"}) string(b, "body", f);
      String type = oneOf(string(b, "body", "type"), "body/type", "OAUTH2", "PLATFORM_OAUTH2", "CLOUD_OAUTH2",
          "SECRET_TEXT", "BASIC_AUTH", "CUSTOM_AUTH", "NO_AUTH");
      Map<String, Object> value = object(b.get("value"), "body/value");
      if (!type.equals(value.get("type"))) throw ApErrors.schema("body/value/type must be equal to constant " + type);
      // each type's value as Activepieces' upsert request types it
      switch (type) {
        case "SECRET_TEXT": nonEmpty(value, "secret_text"); break;
        case "BASIC_AUTH": nonEmpty(value, "username"); nonEmpty(value, "password"); break;
        case "CUSTOM_AUTH": object(value.get("props"), "body/value/props"); break;
        case "NO_AUTH": break;
        default:
          nonEmpty(value, "client_id");
          nonEmpty(value, "code");
          string(value, "body/value", "scope");
          optString(value, "body/value", "code_challenge");
          String method = optString(value, "body/value", "authorization_method");
          if (method != null) oneOf(method, "body/value/authorization_method", "HEADER", "BODY");
          if (value.containsKey("props")) object(value.get("props"), "body/value/props");
          if (type.equals("OAUTH2")) {
            nonEmpty(value, "client_secret");
            String grant = optString(value, "body/value", "grant_type");
            if (grant != null) oneOf(grant, "body/value/grant_type", "authorization_code", "client_credentials");
          }
          if (!type.equals("CLOUD_OAUTH2")) nonEmpty(value, "redirect_url");
          break;
      }
      if (b.containsKey("metadata")) object(b.get("metadata"), "body/metadata");
      String project = bodyProject(call, b, !imbrace);
      return Reply.json(201, store.upsertConnection(project, call.principal().workspaceId, b).json());
    });
    if (imbrace) {
      // Not in Activepieces' public controller: the official Imbrace SDK's getConnection reads it.
      r.add("GET", root + "/app-connections/{id}", call ->
          Reply.json(200, store.get(ApStore.CONNECTION, call.principal().projectId, call.param("id"))));
    }
    r.add("DELETE", root + "/app-connections/{id}", call -> {
      store.remove(ApStore.CONNECTION, call.principal().projectId, call.param("id"));
      return Reply.noContent();
    });
  }

  private void registerMcp(Router r) {
    r.add("GET", root + "/mcp-servers", call -> {
      String project = project(call, call.query("projectId"), true);
      return Reply.json(200, ApStore.page(call, store.all(ApStore.MCP, project, d -> true), StoredDoc::json));
    });
    r.add("POST", root + "/mcp-servers", call -> {
      Map<String, Object> b = body(call);
      String project = bodyProject(call, b, true);
      return Reply.json(200, store.createMcp(project, optString(b, "body", "name")).json());
    });
    r.add("GET", root + "/mcp-servers/{id}", call ->
        Reply.json(200, store.get(ApStore.MCP, call.principal().projectId, call.param("id"))));
    r.add("DELETE", root + "/mcp-servers/{id}", call -> {
      store.remove(ApStore.MCP, call.principal().projectId, call.param("id"));
      return Reply.noContent();
    });
    r.add("POST", root + "/mcp-servers/{id}/rotate", call ->
        Reply.json(200, store.rotateMcp(call.principal().projectId, call.param("id"))));
  }

  // ---- tables, fields, records ----

  private void registerTables(Router r) {
    r.add("GET", root + "/tables", call -> {
      String name = call.query("name");
      return Reply.json(200, ApStore.page(call, store.all(ApStore.TABLE, project(call, call.query("projectId"), false),
          d -> name == null || String.valueOf(d.fields.get("name")).contains(name)), StoredDoc::json));
    });
    r.add("POST", root + "/tables", call -> {
      Map<String, Object> b = body(call);
      String project = bodyProject(call, b, false);
      String externalId = optString(b, "body", "externalId");
      StoredDoc t = store.add(ApStore.TABLE, "tbl", project, Json.obj("name", string(b, "body", "name"),
          "projectId", project, "externalId", externalId, "folderId", null));
      if (externalId == null) t.fields.put("externalId", t.id); // as Activepieces: its own id when none is given
      return Reply.json(200, t.json());
    });
    r.add("GET", root + "/tables/{id}", call ->
        Reply.json(200, store.get(ApStore.TABLE, call.principal().projectId, call.param("id"))));
    r.add("DELETE", root + "/tables/{id}", call -> {
      store.deleteTable(call.principal().projectId, call.param("id"));
      return Reply.noContent();
    });

    r.add("GET", root + "/fields", call -> {
      String tableId = call.query("tableId");
      if (tableId == null) throw ApErrors.schema("querystring must have required property 'tableId'");
      String project = call.principal().projectId;
      store.find(ApStore.TABLE, project, tableId);
      List<Object> out = new ArrayList<>();
      List<StoredDoc> fields = store.all(ApStore.FIELD, project, d -> tableId.equals(d.fields.get("tableId")));
      fields.sort(java.util.Comparator.comparing(StoredDoc::created).thenComparing(StoredDoc::id));
      for (StoredDoc d : fields) out.add(d.json());
      return Reply.json(200, out);
    });
    r.add("POST", root + "/fields", call -> {
      Map<String, Object> b = body(call);
      String project = call.principal().projectId;
      String tableId = string(b, "body", "tableId");
      store.find(ApStore.TABLE, project, tableId);
      String type = oneOf(string(b, "body", "type"), "body/type", "TEXT", "NUMBER", "DATE", "STATIC_DROPDOWN");
      StoredDoc f = store.add(ApStore.FIELD, "fld", project, Json.obj("name", string(b, "body", "name"), "type", type,
          "tableId", tableId, "projectId", project, "externalId", null));
      f.fields.put("externalId", f.id);
      if (b.containsKey("data")) f.fields.put("data", Json.copy(object(b.get("data"), "body/data")));
      return Reply.json(201, f.json());
    });
    r.add("GET", root + "/fields/{id}", call ->
        Reply.json(200, store.get(ApStore.FIELD, call.principal().projectId, call.param("id"))));
    r.add("POST", root + "/fields/{id}", call -> {
      Map<String, Object> b = body(call);
      StoredDoc f = store.find(ApStore.FIELD, call.principal().projectId, call.param("id"));
      f.fields.put("name", string(b, "body", "name"));
      store.touch(f);
      return Reply.json(200, f.json());
    });
    r.add("DELETE", root + "/fields/{id}", call ->
        Reply.json(200, store.remove(ApStore.FIELD, call.principal().projectId, call.param("id")).json()));

    r.add("GET", root + "/records", call -> {
      String tableId = call.query("tableId");
      if (tableId == null) throw ApErrors.schema("querystring must have required property 'tableId'");
      String project = call.principal().projectId;
      store.find(ApStore.TABLE, project, tableId);
      return Reply.json(200, ApStore.page(call, store.all(ApStore.RECORD, project,
          d -> tableId.equals(d.fields.get("tableId"))), store::recordJson));
    });
    r.add("POST", root + "/records", call -> {
      Map<String, Object> b = body(call);
      String project = call.principal().projectId;
      String tableId = string(b, "body", "tableId");
      store.find(ApStore.TABLE, project, tableId);
      Object rows = b.get("records");
      if (!(rows instanceof List)) throw ApErrors.schema("body must have required property 'records'");
      List<Object> out = new ArrayList<>();
      synchronized (store) {
        List<StoredDoc> created = new ArrayList<>();
        int i = 0;
        for (Object row : (List<?>) rows) {
          if (!(row instanceof List)) throw ApErrors.schema("body/records/" + i + " must be array");
          StoredDoc record = store.add(ApStore.RECORD, "rec", project, Json.obj("tableId", tableId,
              "projectId", project, "values", new LinkedHashMap<String, Object>()));
          created.add(record);
          try {
            store.setCells(record, project, tableId, (List<?>) row, "body/records/" + i);
          } catch (ApiException e) {
            for (StoredDoc c : created) store.kind(ApStore.RECORD).remove(c.id); // all or nothing
            throw e;
          }
          i++;
        }
        for (StoredDoc c : created) out.add(store.recordJson(c));
      }
      return Reply.json(201, out);
    });
    r.add("GET", root + "/records/{id}", call ->
        Reply.json(200, store.recordJson(store.find(ApStore.RECORD, call.principal().projectId, call.param("id")))));
    r.add("POST", root + "/records/{id}", call -> {
      Map<String, Object> b = body(call);
      String project = call.principal().projectId;
      String tableId = string(b, "body", "tableId");
      synchronized (store) {
        StoredDoc record = store.find(ApStore.RECORD, project, call.param("id"));
        if (!tableId.equals(record.fields.get("tableId"))) throw notFound(ApStore.RECORD, call.param("id"));
        if (b.containsKey("cells")) {
          if (!(b.get("cells") instanceof List)) throw ApErrors.schema("body/cells must be array");
          store.setCells(record, project, tableId, (List<?>) b.get("cells"), "body/cells");
        }
        store.touch(record);
        return Reply.json(200, store.recordJson(record));
      }
    });
    r.add("DELETE", root + "/records", call -> {
      Map<String, Object> b = body(call);
      List<String> ids = ApErrors.strings(b, "body", "ids");
      synchronized (store) {
        for (String id : ids) store.find(ApStore.RECORD, call.principal().projectId, id);
        for (String id : ids) store.kind(ApStore.RECORD).remove(id);
      }
      return Reply.json(200, new ArrayList<>());
    });
  }

  // ---- pieces, trigger runs, trigger tests ----

  private void registerPieces(Router r) {
    r.add("GET", root + "/pieces", call -> {
      List<Object> out = new ArrayList<>();
      for (Map<String, Object> piece : ApPieces.ALL) out.add(ApPieces.summary(piece));
      return Reply.json(200, out);
    });
    Router.Handler getPiece = call -> {
      String name = call.params.containsKey("scope") ? call.param("scope") + "/" + call.param("name") : call.param("name");
      Map<String, Object> piece = ApPieces.find(name);
      String version = call.query("version");
      if (piece == null || (version != null && !version.equals(piece.get("version")))) {
        throw notFound("Piece", name + (version == null ? "" : "@" + version));
      }
      return Reply.json(200, Json.copy(piece));
    };
    r.add("GET", root + "/pieces/{name}", getPiece);
    r.add("GET", root + "/pieces/{scope}/{name}", getPiece);
    r.add("POST", root + "/pieces/options", call -> {
      Map<String, Object> b = body(call);
      for (String f : new String[] {"pieceName", "pieceVersion", "actionOrTriggerName", "propertyName", "flowId",
          "flowVersionId"}) {
        string(b, "body", f);
      }
      store.find(ApStore.FLOW, call.principal().projectId, (String) b.get("flowId"));
      Map<String, Object> options = ApPieces.options((String) b.get("pieceName"), (String) b.get("actionOrTriggerName"),
          (String) b.get("propertyName"), optString(b, "body", "searchValue"));
      if (options == null) {
        throw ApErrors.validation("Property " + b.get("propertyName") + " of " + b.get("pieceName") + ":"
            + b.get("actionOrTriggerName") + " has no options");
      }
      return Reply.json(200, options);
    });
    r.add("GET", root + "/trigger-runs/status", call -> {
      Map<String, Object> pieces = new LinkedHashMap<>();
      synchronized (this) {
        for (Map.Entry<String, Map<String, long[]>> piece : triggerRuns.entrySet()) {
          Map<String, Object> days = new LinkedHashMap<>();
          for (Map.Entry<String, long[]> day : piece.getValue().entrySet()) {
            days.put(day.getKey(), Json.obj("success", day.getValue()[0], "failure", day.getValue()[1]));
          }
          pieces.put(piece.getKey(), Json.obj("dailyStats", days));
        }
      }
      return Reply.json(200, Json.obj("pieces", pieces));
    });
    r.add("POST", root + "/test-trigger", call -> {
      Map<String, Object> b = body(call);
      String flowId = string(b, "body", "flowId");
      String versionId = string(b, "body", "flowVersionId");
      String strategy = oneOf(string(b, "body", "testStrategy"), "body/testStrategy", "SIMULATION", "TEST_FUNCTION");
      String project = call.principal().projectId;
      synchronized (store) {
        store.find(ApStore.FLOW, project, flowId);
        store.version(flowId, versionId);
      }
      List<Object> out = new ArrayList<>();
      if (strategy.equals("TEST_FUNCTION")) {
        List<StoredDoc> events = store.all(ApStore.TRIGGER_EVENT, project, d -> flowId.equals(d.fields.get("flowId")));
        events.sort(java.util.Comparator.comparing(StoredDoc::created).thenComparing(StoredDoc::id).reversed());
        for (StoredDoc d : events) out.add(d.json());
      }
      return Reply.json(200, out);
    });
  }

  // ---- demo data ----

  /**
   * Seeds the demo project: flows that run here (Hello answers, Loop and Router branch, Slow
   * pauses, Failing fails at a code step, Silent answers nothing, Disabled is off), a table with
   * two fields and a record, two invitations, and on Imbrace two channel automations. Returns the
   * flow ids by name.
   */
  public Map<String, String> seed(Principal demo, boolean flows) {
    owners.put(demo.projectId, demo.userId);
    Map<String, String> ids = new LinkedHashMap<>();
    String project = demo.projectId;
    store.add(ApStore.INVITATION, "inv", project, Json.obj("email", "new.member@flowkit.dev", "status", "PENDING",
        "type", "PROJECT", "platformId", demo.workspaceId, "platformRole", null, "projectId", project,
        "projectRoleId", "role_editor"));
    store.add(ApStore.INVITATION, "inv", project, Json.obj("email", "new.admin@flowkit.dev", "status", "PENDING",
        "type", "PLATFORM", "platformId", demo.workspaceId, "platformRole", "ADMIN", "projectId", null,
        "projectRoleId", null));
    if (imbrace) {
      store.add("ChannelAutomation", "cha", project, Json.obj("name", "WhatsApp lead follow-up", "active", true,
          "channelType", "whatsapp", "tags", java.util.Arrays.asList(Json.obj("id", "tag_leads", "name", "leads"))));
      store.add("ChannelAutomation", "cha", project, Json.obj("name", "Messenger welcome", "active", false,
          "channelType", "messenger", "tags", new ArrayList<>()));
    }
    if (!flows) return ids;
    StoredDoc table = store.add(ApStore.TABLE, "tbl", project, Json.obj("name", "Leads", "projectId", project,
        "externalId", "leads", "folderId", null));
    StoredDoc name = store.add(ApStore.FIELD, "fld", project, Json.obj("name", "Name", "type", "TEXT", "tableId", table.id,
        "projectId", project, "externalId", "name"));
    StoredDoc score = store.add(ApStore.FIELD, "fld", project, Json.obj("name", "Score", "type", "NUMBER",
        "tableId", table.id, "projectId", project, "externalId", "score"));
    store.add(ApStore.RECORD, "rec", project, Json.obj("tableId", table.id, "projectId", project,
        "values", Json.obj(name.id, "Ada", score.id, "42")));
    ids.put("Hello", seedFlow(project, "Hello", true, reply("step_1", Json.obj("greeting", "Hello, {{trigger.body.name}}!"))));
    Map<String, Object> loop = action("step_1", "Each item", "LOOP_ON_ITEMS", Json.obj("items", "{{trigger.body.items}}",
        "inputUiInfo", Json.obj()));
    loop.put("nextAction", reply("step_2", Json.obj("count", "{{step_1.index}}", "last", "{{step_1.item}}")));
    ids.put("Loop", seedFlow(project, "Loop", true, loop));
    Map<String, Object> router = action("step_1", "Route by score", "ROUTER", Json.obj("executionType",
        "EXECUTE_FIRST_MATCH", "inputUiInfo", Json.obj(), "branches", java.util.Arrays.asList(
            Json.obj("conditions", java.util.Arrays.asList(java.util.Arrays.asList(Json.obj("firstValue",
                "{{trigger.body.score}}", "operator", "NUMBER_IS_GREATER_THAN", "secondValue", "50"))),
                "branchType", "CONDITION", "branchName", "Hot"),
            Json.obj("branchType", "FALLBACK", "branchName", "Otherwise"))));
    router.put("children", java.util.Arrays.asList(reply("step_2", Json.obj("lead", "hot")),
        reply("step_3", Json.obj("lead", "cold"))));
    ids.put("Router", seedFlow(project, "Router", true, router));
    ids.put("Slow", seedFlow(project, "Slow", true, piece("step_1", "Wait two minutes", ApEngine.DELAY_PIECE, "0.3.1",
        "delayFor", Json.obj("unit", "minutes", "delayFor", 2))));
    ids.put("Failing", seedFlow(project, "Failing", true, action("step_1", "Compute", "CODE", Json.obj("sourceCode",
        Json.obj("code", "export const code = async (inputs) => inputs.a / inputs.b;", "packageJson", "{}"),
        "input", Json.obj("a", "{{trigger.body.a}}", "b", "{{trigger.body.b}}")))));
    ids.put("Silent", seedFlow(project, "Silent", true, null));
    ids.put("Disabled", seedFlow(project, "Disabled", false, reply("step_1", Json.obj("never", true))));
    return ids;
  }

  private String seedFlow(String project, String displayName, boolean enabled, @Nullable Map<String, Object> first) {
    StoredDoc flow = store.createFlow(project, displayName, null, null);
    Map<String, Object> version = store.current(flow.id);
    Map<String, Object> trigger = Json.obj("name", "trigger", "valid", true, "displayName", "Catch Webhook",
        "type", "PIECE_TRIGGER", "settings", Json.obj("pieceName", ApEngine.WEBHOOK_PIECE, "pieceVersion",
            WEBHOOK_PIECE_VERSION, "triggerName", "catch_webhook", "input", Json.obj("authType", "none"),
            "propertySettings", Json.obj("authType", Json.obj("type", "MANUAL")), "inputUiInfo", Json.obj(),
            "packageType", "REGISTRY", "pieceType", "OFFICIAL"));
    if (first != null) trigger.put("nextAction", first);
    version.put("trigger", trigger);
    version.put("state", "LOCKED");
    flow.fields.put("publishedVersionId", version.get("id"));
    flow.fields.put("status", enabled ? "ENABLED" : "DISABLED");
    return flow.id;
  }

  private static Map<String, Object> action(String name, String displayName, String type, Map<String, Object> settings) {
    return Json.obj("name", name, "valid", true, "displayName", displayName, "type", type, "settings", settings);
  }

  private static Map<String, Object> piece(String name, String displayName, String piece, String version, String action,
      Map<String, Object> input) {
    return action(name, displayName, "PIECE", Json.obj("pieceName", piece, "pieceVersion", version, "actionName", action,
        "input", input, "propertySettings", Json.obj(), "inputUiInfo", Json.obj(), "packageType", "REGISTRY",
        "pieceType", "OFFICIAL"));
  }

  private static Map<String, Object> reply(String name, Map<String, Object> body) {
    return piece(name, "Return Response", ApEngine.WEBHOOK_PIECE, WEBHOOK_PIECE_VERSION, "return_response",
        Json.obj("responseType", "json", "fields", Json.obj("status", 200, "headers", Json.obj(), "body", body)));
  }
}
