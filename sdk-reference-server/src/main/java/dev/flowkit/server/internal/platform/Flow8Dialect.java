package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.AuthStore;
import dev.flowkit.server.internal.Body;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.DemoData;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Pagination;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Services;
import dev.flowkit.server.internal.flow8.Flow8Bodies;
import dev.flowkit.server.internal.flow8.Flow8Flows;
import dev.flowkit.server.internal.flow8.Flow8Hub;
import dev.flowkit.server.internal.flow8.Flow8Plays;
import dev.flowkit.server.internal.flow8.Flow8Resources;
import dev.flowkit.server.internal.flow8.Flow8Schedules;
import dev.flowkit.server.internal.flow8.ServerWebSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * flow8 as its developer documents show it (API overview, Flows &amp; Groups, Executions,
 * WebSocket, Building Flows, Flowlets, KV Store, HTTP Channels): base URL
 * {@code http://host:4454/api/}; a session cookie or {@code Authorization: Bearer} API key; lists
 * paged by {@code ?page=0&size=25} into {@code {data,total,page,size,pages}}; errors
 * {@code {error,message,statusCode}}; flows with flowlets, plays with layers, approvals, groups,
 * KV, channels, schedules, and live play events over {@code WS /api/ws?token=…}.
 */
public final class Flow8Dialect implements Dialect {
  static final int DEFAULT_SIZE = 25;
  static final int MAX_SIZE = 100;

  private @Nullable Flow8Hub hub;
  private @Nullable Flow8Flows flows;
  private @Nullable Flow8Plays plays;
  private @Nullable Flow8Schedules schedules;

  @Override public void register(Router r, Services s) {
    // Sign-in is the contract's; this dialect chooses which routes exist and under what path.
    Router contract = new Router();
    new FlowkitDialect().register(contract, s);
    AuthStore auth = s.auth;
    Flow8Hub hub = new Flow8Hub(s.platform, s.platform.webSocketPingMillis, s.platform.webSocketPongTimeoutMillis);
    Flow8Flows flows = new Flow8Flows(s.platform);
    Flow8Plays plays = new Flow8Plays(s.platform, hub);
    Flow8Resources res = new Flow8Resources(s.platform);
    Flow8Schedules schedules = new Flow8Schedules(s.platform, flows, plays, s.platform.scheduleTickMillis);
    this.hub = hub;
    this.flows = flows;
    this.plays = plays;
    this.schedules = schedules;

    r.addPublic("POST", "/api/auth/login", contract.handler("POST", "/api/auth/login"));
    r.add("POST", "/api/auth/logout", contract.handler("POST", "/api/auth/logout"));
    r.add("GET", "/api/auth/me", contract.handler("GET", "/api/auth/me"));
    r.add("POST", "/api/auth/api-keys", contract.handler("POST", "/api/auth/api-keys"));
    r.add("GET", "/api/auth/api-keys", call ->
        Reply.json(200, page(call, Pagination.renderAll(auth.keys(call.principal().workspaceId), k -> k.json(false)))));
    r.add("DELETE", "/api/auth/api-keys/{id}", contract.handler("DELETE", "/api/auth/api-keys/{id}"));

    // flows and flowlets
    r.add("GET", "/api/flows", call -> Reply.json(200, page(call, flows.list(call.principal(),
        call.query("category"), bool(call.query("enabled"), "enabled")))));
    r.add("POST", "/api/flows", call -> Reply.json(201, flows.create(call.principal(), call.body())));
    r.add("GET", "/api/flows/{id}", call -> Reply.json(200, flows.get(call.principal(), call.param("id"))));
    r.add("PUT", "/api/flows/{id}", call -> Reply.json(200, flows.update(call.principal(), call.param("id"), call.body())));
    r.add("DELETE", "/api/flows/{id}", call -> {
      flows.delete(call.principal(), call.param("id"));
      return Reply.noContent();
    });
    r.add("POST", "/api/flows/{id}/run", call -> {
      Body b = call.body();
      Flow8Bodies.only(b, "a run request", "args", "idempotencyKey", "force");
      Map<String, Object> args = b.object("args");
      String key = b.string("idempotencyKey");
      boolean force = b.bool("force", false);
      Map<String, Object> flow = flows.snapshot(call.principal(), call.param("id"));
      if (!Boolean.TRUE.equals(flow.get("enabled")) && !force) {
        throw ApiException.conflict("FLOW_DISABLED", "Flow " + flow.get("id")
            + " is disabled; enable it, or send force: true to run it anyway");
      }
      return Reply.json(200, plays.trigger(call.principal().workspaceId, flow,
          args == null ? new LinkedHashMap<>() : args, key));
    });
    r.add("GET", "/api/flows/{id}/plays", call -> {
      flows.get(call.principal(), call.param("id"));
      return Reply.json(200, page(call, plays.list(call.principal(), call.param("id"),
          time(call.query("from"), "from", false), time(call.query("to"), "to", true), state(call.query("state")))));
    });
    r.add("GET", "/api/flows/{id}/layers", call -> Reply.json(200, page(call, flows.flowlets(call.principal(), call.param("id")))));
    r.add("POST", "/api/flows/{id}/layers", call ->
        Reply.json(201, flows.addFlowlet(call.principal(), call.param("id"), call.body())));
    r.add("PUT", "/api/flows/{id}/layers/{layerId}", call ->
        Reply.json(200, flows.updateFlowlet(call.principal(), call.param("id"), call.param("layerId"), call.body())));
    r.add("DELETE", "/api/flows/{id}/layers/{layerId}", call -> {
      flows.deleteFlowlet(call.principal(), call.param("id"), call.param("layerId"));
      return Reply.noContent();
    });

    // plays
    r.add("GET", "/api/plays", call -> Reply.json(200, page(call, plays.list(call.principal(), call.query("flowId"),
        time(call.query("from"), "from", false), time(call.query("to"), "to", true), state(call.query("state"))))));
    r.add("GET", "/api/plays/{id}", call -> Reply.json(200, plays.play(call.principal(), call.param("id")).json()));
    r.add("GET", "/api/plays/{id}/layers", call -> Reply.json(200, plays.play(call.principal(), call.param("id")).layersJson()));
    r.add("POST", "/api/plays/{id}/approve", call -> {
      Body b = call.body();
      Flow8Bodies.only(b, "a decision", "layerId", "decision", "note");
      String layerId = b.string("layerId"); // absent: the one layer the play waits at
      String decision = b.oneOf("decision", "approved", "declined");
      if (decision == null) throw ApiException.field("decision", "required: approved or declined");
      return Reply.json(200, plays.decide(plays.play(call.principal(), call.param("id")), layerId, decision, b.string("note")));
    });
    r.add("DELETE", "/api/plays/{id}", call -> Reply.json(200, plays.cancel(plays.play(call.principal(), call.param("id")))));

    // groups
    r.add("GET", "/api/groups", call -> Reply.json(200, page(call, res.groups(call.principal()))));
    r.add("POST", "/api/groups", call -> Reply.json(201, res.createGroup(call.principal(), call.body())));
    r.add("PUT", "/api/groups/{id}", call -> Reply.json(200, res.updateGroup(call.principal(), call.param("id"), call.body())));
    r.add("DELETE", "/api/groups/{id}", call -> {
      res.deleteGroup(call.principal(), call.param("id"));
      flows.ungroup(call.principal(), call.param("id"));
      return Reply.noContent();
    });

    // KV store
    r.add("GET", "/api/kv", call -> Reply.json(200, page(call, res.kv(call.principal(), call.query("scope"),
        call.query("scopeKey"), call.query("companyId")))));
    r.add("POST", "/api/kv", call -> {
      Map.Entry<Boolean, Map<String, Object>> set = res.setKv(call.principal(), call.body());
      return Reply.json(set.getKey() ? 201 : 200, set.getValue());
    });
    r.add("DELETE", "/api/kv/{id}", call -> {
      res.deleteKv(call.principal(), call.param("id"));
      return Reply.noContent();
    });

    // channels
    r.add("GET", "/api/channels", call -> Reply.json(200, page(call, res.channels(call.principal()))));
    r.add("POST", "/api/channels", call -> Reply.json(201, res.createChannel(call.principal(), call.body())));
    r.add("GET", "/api/channels/{id}", call -> Reply.json(200, res.channel(call.principal(), call.param("id"))));
    r.add("PUT", "/api/channels/{id}", call -> Reply.json(200, res.updateChannel(call.principal(), call.param("id"), call.body())));
    r.add("DELETE", "/api/channels/{id}", call -> {
      res.deleteChannel(call.principal(), call.param("id"));
      return Reply.noContent();
    });
    r.add("POST", "/api/channels/{id}/routes", call ->
        Reply.json(201, res.addRoute(call.principal(), call.param("id"), call.body())));

    // schedules
    r.add("GET", "/api/schedules", call -> Reply.json(200, page(call, schedules.list(call.principal(), call.query("flowId")))));
    r.add("POST", "/api/schedules", call -> Reply.json(201, schedules.create(call.principal(), call.body())));
    r.add("PUT", "/api/schedules/{id}", call -> Reply.json(200, schedules.update(call.principal(), call.param("id"), call.body())));
    r.add("DELETE", "/api/schedules/{id}", call -> {
      schedules.delete(call.principal(), call.param("id"));
      return Reply.noContent();
    });

    // live events: RFC 6455 upgrade, authenticated by ?token= (API key or session) or the cookie
    r.addPublic("GET", "/api/ws", call -> {
      Principal p = call.header("Authorization") != null ? authenticate(call, s) : webSocketCaller(call, s);
      String upgrade = call.header("Upgrade");
      String connection = call.header("Connection");
      if (upgrade == null || !upgrade.equalsIgnoreCase("websocket") || connection == null
          || !connection.toLowerCase(java.util.Locale.ROOT).contains("upgrade")) {
        throw new ApiException(426, "UPGRADE_REQUIRED", "/api/ws is a WebSocket; connect with ws://…/api/ws?token=…",
            null, null, -1);
      }
      if (!"13".equals(call.header("Sec-WebSocket-Version"))) {
        ApiException e = new ApiException(426, "UPGRADE_REQUIRED", "Sec-WebSocket-Version must be 13", null, null, -1);
        throw e;
      }
      String key = call.header("Sec-WebSocket-Key");
      if (!ServerWebSocket.validKey(key)) {
        throw ApiException.field("Sec-WebSocket-Key", "must be the base64 of 16 bytes (RFC 6455 4.1)");
      }
      return Reply.upgrade(ServerWebSocket.accept(key), socket -> hub.serve(socket, p));
    });
  }

  private static Principal webSocketCaller(Call call, Services s) {
    String token = call.query("token");
    if (token != null) {
      try {
        return s.auth.authenticateKey(token);
      } catch (ApiException notAKey) {
        String userId;
        try {
          userId = s.auth.userForSession(token);
        } catch (ApiException notASession) {
          throw ApiException.unauthenticated("The token is neither an API key nor a session; log in again");
        }
        AuthStore.User u = s.auth.user(userId);
        return new Principal(u.id, u.workspaceId, u.projectId, "session:" + u.id);
      }
    }
    return s.auth.authenticateSession(call, "Connect with ?token=<api key or session> or the session cookie");
  }

  /** {@code {data,total,page,size,pages}} of {@code all} for {@code ?page=&size=}. */
  static Map<String, Object> page(Call call, List<Map<String, Object>> all) {
    long page = number(call.query("page"), "page", 0, 0, Integer.MAX_VALUE);
    long size = number(call.query("size"), "size", DEFAULT_SIZE, 1, MAX_SIZE);
    List<Object> data = new ArrayList<>();
    long from = page * size;
    for (long i = from; i < all.size() && i < from + size; i++) data.add(all.get((int) i));
    long total = all.size();
    return Json.obj("data", data, "total", total, "page", page, "size", size,
        "pages", (total + size - 1) / size);
  }

  private static long number(@Nullable String raw, String name, long def, long min, long max) {
    if (raw == null) return def;
    try {
      long n = Long.parseLong(raw);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException ignored) {
      // fall through
    }
    throw ApiException.field(name, max == Integer.MAX_VALUE ? "must be an integer from " + min
        : "must be an integer between " + min + " and " + max);
  }

  private static @Nullable Boolean bool(@Nullable String raw, String name) {
    if (raw == null) return null;
    if (raw.equals("true")) return true;
    if (raw.equals("false")) return false;
    throw ApiException.field(name, "must be true or false");
  }

  private static final List<String> STATES =
      List.of("NEW", "RUN", "DONE", "FAIL", "SKIP", "FILTERED", "DEFERRED", "WAIT", "ON_HOLD");

  private static @Nullable String state(@Nullable String raw) {
    if (raw != null && !STATES.contains(raw)) throw ApiException.field("state", "must be one of " + STATES);
    return raw;
  }

  /**
   * A date ({@code 2024-01-31}: its start, or for {@code to} the start of the next day, so the
   * day is included) or an instant ({@code 2024-01-31T10:00:00Z}).
   */
  private static @Nullable Instant time(@Nullable String raw, String name, boolean endOfDay) {
    if (raw == null) return null;
    try {
      if (raw.length() == 10) {
        LocalDate d = LocalDate.parse(raw);
        return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw ApiException.field(name, "must be a date (2024-01-31) or an instant (2024-01-31T10:00:00Z)");
    }
  }

  @Override public DemoData.Seeded seed(Services s, DemoData.Seeded shared, boolean demoFlows) {
    Map<String, String> ids = new LinkedHashMap<>();
    Flow8Flows f = flows;
    if (!demoFlows || f == null) return new DemoData.Seeded(shared.demoApiKey(), ids, shared.owner());
    String userId = s.auth.userForSession(s.auth.login("demo@flowkit.dev", "demo-password"));
    AuthStore.User u = s.auth.user(userId);
    Principal p = new Principal(u.id, u.workspaceId, u.projectId, "seed");
    ids.put("Hello", flow(f, p, "Hello", layer("greet", "template", 0,
        Json.obj("greeting", "Hello, {{ $prev.args.name }}!"), false)));
    ids.put("Story", flow(f, p, "Story",
        layer("prepare", "template", 0, Json.obj("topic", "{{ $prev.args.topic }}"), false),
        layer("write", "delay", 1, Json.obj("ms", 300L), false),
        layer("summarize", "template", 2, Json.obj("summary", "A story about {{ $prev.prepare.topic }}"), false)));
    ids.put("Approval", flow(f, p, "Approval", layer("approve", "template", 0, Json.obj("approved", true), true),
        layer("done", "template", 1, Json.obj("done", true), false)));
    ids.put("Slow", flow(f, p, "Slow", layer("wait", "delay", 0, Json.obj("ms", 2000L), false),
        layer("done", "template", 1, Json.obj("done", true), false)));
    ids.put("Failing", flow(f, p, "Failing", layer("fail", "fail", 0, Json.obj("message", "boom"), false)));
    return new DemoData.Seeded(shared.demoApiKey(), ids, shared.owner());
  }

  private static Map<String, Object> layer(String ref, String appId, long index, Map<String, Object> args, boolean approval) {
    return Json.obj("ref", ref, "name", ref, "appId", appId, "index", index, "args", args, "needsApproval", approval);
  }

  @SafeVarargs
  private static String flow(Flow8Flows f, Principal p, String name, Map<String, Object>... layers) {
    String id = (String) f.create(p, new Body(Json.obj("name", name, "enabled", true, "category", "Demo"), "")).get("id");
    for (Map<String, Object> l : layers) f.addFlowlet(p, id, new Body(l, ""));
    return id;
  }

  @Override public int webSockets() {
    return hub == null ? 0 : hub.open();
  }

  @Override public void dropWebSockets() {
    if (hub != null) hub.dropAll();
  }

  @Override public void fireSchedules() {
    if (schedules != null) schedules.fireDue();
  }

  @Override public void close() {
    if (hub != null) hub.close();
    if (plays != null) plays.close();
    if (schedules != null) schedules.close();
  }

  @Override public Principal authenticate(Call call, Services s) {
    String auth = call.header("Authorization");
    if (auth != null) {
      if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw ApiException.unauthenticated("Authorization must be 'Bearer <api key>'");
      }
      return s.auth.authenticateKey(auth.substring(7));
    }
    return s.auth.authenticateSession(call,
        "Log in with POST /api/auth/login or send Authorization: Bearer <api key>");
  }

  @Override public Reply error(ApiException e, String requestId) {
    String code = e.code;
    if (code.equals("UNAUTHENTICATED")) code = "UNAUTHORIZED";
    String message = e.getMessage() == null ? "" : e.getMessage();
    Reply r = Dialect.errorReply(e, Json.obj("error", code, "message", message, "statusCode", (long) e.status));
    if (e.status == 426) r.header("Upgrade", "websocket").header("Sec-WebSocket-Version", "13");
    return r;
  }

  @Override public String journey(Facts f) {
    String api = f.base + "/api";
    String ws = api.replaceFirst("^http", "ws");
    StringBuilder out = new StringBuilder();
    out.append("Base URL: ").append(api).append("/\n\n");
    out.append("Session cookie (for browser clients):\n");
    out.append("  curl -c cookies.txt -X POST ").append(api).append("/auth/login \\\n")
        .append("    -d '{\"email\":\"").append(f.email).append("\",\"password\":\"").append(f.password).append("\"}'\n");
    out.append("  curl -b cookies.txt ").append(api).append("/auth/me\n\n");
    out.append("API key (for programmatic access):\n");
    out.append("  curl -H \"Authorization: Bearer ").append(f.apiKey).append("\" ").append(api).append("/flows\n\n");
    out.append("Pagination:\n  curl -b cookies.txt '").append(api).append("/flows?page=0&size=25&enabled=true'\n\n");
    out.append("Live events (a WebSocket client):\n  ").append(ws).append("/ws?token=").append(f.apiKey).append("\n\n");
    out.append("Trigger execution, then follow the play:\n");
    out.append("  curl -b cookies.txt -X POST ").append(api).append("/flows/").append(f.flow("Hello"))
        .append("/run -H 'Content-Type: application/json' -d '{\"args\":{\"name\":\"Ada\"}}'\n");
    out.append("  curl -b cookies.txt ").append(api).append("/plays/<play_id>\n");
    out.append("  curl -b cookies.txt ").append(api).append("/plays/<play_id>/layers\n\n");
    out.append("Approve a waiting step:\n");
    out.append("  curl -b cookies.txt -X POST ").append(api).append("/flows/").append(f.flow("Approval"))
        .append("/run -H 'Content-Type: application/json' -d '{\"args\":{}}'\n");
    out.append("  curl -b cookies.txt -X POST ").append(api)
        .append("/plays/<play_id>/approve -d '{\"layerId\":\"<layer_id>\",\"decision\":\"approved\",\"note\":\"Looks good\"}'\n\n");
    out.append("End session:\n  curl -b cookies.txt -X POST ").append(api).append("/auth/logout\n");
    return out.toString();
  }
}
