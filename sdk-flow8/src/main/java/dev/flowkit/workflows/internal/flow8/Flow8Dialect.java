package dev.flowkit.workflows.internal.flow8;

import static dev.flowkit.workflows.internal.platform.Dialect.obj;

import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.Endpoint;
import dev.flowkit.workflows.internal.platform.Exchange;
import dev.flowkit.workflows.internal.platform.FlowkitDialect;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Paging;
import dev.flowkit.workflows.internal.platform.Trigger;
import dev.flowkit.workflows.internal.platform.Wire;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * flow8 (its developer pages: API overview, Flows &amp; Groups, Executions, Building Flows,
 * Execution &amp; Plays, WebSocket): base URL {@code http://host:4454/api/}; a session cookie from
 * {@code POST /api/auth/login} or {@code Authorization: Bearer} API keys; lists by
 * {@code ?page=0&size=25} answering {@code {data,total,page,size,pages}}; errors
 * {@code {error,message,statusCode}}, as the contract's.
 *
 * <p>Flows {@code {id, name, enabled, category, groupId, permanentId, version, layers}} are the
 * shared {@code Flow} (enabled as its status, the group as its folder, the flowlets as the steps
 * after a manual trigger). Runs are plays: {@code POST /api/flows/{id}/run {args,
 * idempotencyKey}} answers {@code {playId, state}}; the nine play states map to {@code RunStatus}
 * (the original kept as {@code state}); a play's layers are a bare array read whole; approval is
 * {@code {layerId, decision, note}}. flow8 has no synchronous trigger: {@code triggerFlowSync}
 * starts the play and waits for it to end. No versions, flow operations, latest runs, folders,
 * app connections or MCP servers.
 */
public final class Flow8Dialect {
  private static final String NAME = "FLOW8";

  private Flow8Dialect() {}

  public static Dialect create() {
    Endpoint.AnswerMap page = Paging::toCursorPage;
    Dialect contract = FlowkitDialect.create();
    Endpoint run = Endpoint.post("api/flows/{id}/run").body(Flow8Dialect::runBody).answer(Flow8Dialect::started)
        .keyedInBody();
    return Dialect.builder(NAME, "api/")
        .as(contract, Operation.LOGIN, Operation.CREATE_API_KEY, Operation.REVOKE_API_KEY)
        .map(Operation.GET_SESSION, Endpoint.get("api/auth/me"))
        .map(Operation.LOGOUT, Endpoint.post("api/auth/logout").body(x -> obj()))
        .map(Operation.LIST_API_KEYS, Endpoint.get("api/auth/api-keys").query(Paging::pageAndSize).answer(page))
        .map(Operation.LIST_FLOWS, Endpoint.get("api/flows").query(Flow8Dialect::flowQuery)
            .answer((answer, x) -> eachOnPage(Paging.toCursorPage(answer, x), Flow8Dialect::flow)))
        .map(Operation.CREATE_FLOW, Endpoint.post("api/flows").body(Flow8Dialect::flowBody)
            .answer((answer, x) -> flow(answer)))
        .map(Operation.GET_FLOW, Endpoint.get("api/flows/{id}").answer((answer, x) -> flow(answer)))
        .map(Operation.DELETE_FLOW, Endpoint.delete("api/flows/{id}"))
        .map(Operation.TRIGGER_FLOW, run)
        .map(Operation.TRIGGER_FLOW_SYNC, run)
        .syncByWaiting()
        .map(Operation.LIST_RUNS, Endpoint.get("api/plays").query(Flow8Dialect::playQuery)
            .answer((answer, x) -> eachOnPage(Paging.toCursorPage(answer, x), Flow8Dialect::play)))
        .map(Operation.GET_RUN, Endpoint.get("api/plays/{id}").answer((answer, x) -> play(answer)))
        .map(Operation.LIST_RUN_STEPS, Endpoint.get("api/plays/{id}/layers")
            .answer((answer, x) -> Wire.onePage(Wire.each(
                Wire.array(answer, "flow8's play layers, a bare array [{id, ref, state, out}]"), Flow8Dialect::layer))))
        .map(Operation.APPROVE_RUN, Endpoint.post("api/plays/{id}/approve").body(Flow8Dialect::approveBody)
            .answer((answer, x) -> play(answer)))
        .map(Operation.CANCEL_RUN, Endpoint.delete("api/plays/{id}").body(x -> null).answer((answer, x) -> play(answer)))
        // Flow8.of(client): flow8's own calls, in its own shapes
        .map(Operation.FLOW8_FLOWS_LIST, Endpoint.get("api/flows").query(only("category", "enabled")))
        .map(Operation.FLOW8_FLOWS_GET, Endpoint.get("api/flows/{id}"))
        .map(Operation.FLOW8_FLOWS_CREATE, Endpoint.post("api/flows"))
        .map(Operation.FLOW8_FLOWS_UPDATE, Endpoint.put("api/flows/{id}"))
        .map(Operation.FLOW8_FLOWS_DELETE, Endpoint.delete("api/flows/{id}"))
        .map(Operation.FLOW8_FLOWS_RUN, Endpoint.post("api/flows/{id}/run").body(Flow8Dialect::nativeRunBody).keyedInBody())
        .map(Operation.FLOW8_FLOWS_PLAYS, Endpoint.get("api/flows/{id}/plays").query(only("state", "from", "to")))
        .map(Operation.FLOW8_FLOWLETS_LIST, Endpoint.get("api/flows/{id}/layers").query(only()))
        .map(Operation.FLOW8_FLOWLETS_ADD, Endpoint.post("api/flows/{id}/layers"))
        .map(Operation.FLOW8_FLOWLETS_UPDATE, Endpoint.put("api/flows/{id}/layers/{layerId}"))
        .map(Operation.FLOW8_FLOWLETS_DELETE, Endpoint.delete("api/flows/{id}/layers/{layerId}"))
        .map(Operation.FLOW8_PLAYS_LIST, Endpoint.get("api/plays").query(only("flowId", "state", "from", "to")))
        .map(Operation.FLOW8_PLAYS_GET, Endpoint.get("api/plays/{id}"))
        .map(Operation.FLOW8_PLAYS_LAYERS, Endpoint.get("api/plays/{id}/layers"))
        .map(Operation.FLOW8_PLAYS_APPROVE, Endpoint.post("api/plays/{id}/approve"))
        .map(Operation.FLOW8_PLAYS_DECLINE, Endpoint.post("api/plays/{id}/approve"))
        .map(Operation.FLOW8_PLAYS_CANCEL, Endpoint.delete("api/plays/{id}"))
        .map(Operation.FLOW8_GROUPS_LIST, Endpoint.get("api/groups").query(only()))
        .map(Operation.FLOW8_GROUPS_CREATE, Endpoint.post("api/groups"))
        .map(Operation.FLOW8_GROUPS_UPDATE, Endpoint.put("api/groups/{id}"))
        .map(Operation.FLOW8_GROUPS_DELETE, Endpoint.delete("api/groups/{id}"))
        .map(Operation.FLOW8_KV_LIST, Endpoint.get("api/kv").query(only("scope", "scopeKey")))
        .map(Operation.FLOW8_KV_SET, Endpoint.post("api/kv"))
        .map(Operation.FLOW8_KV_DELETE, Endpoint.delete("api/kv/{id}"))
        .map(Operation.FLOW8_CHANNELS_LIST, Endpoint.get("api/channels").query(only()))
        .map(Operation.FLOW8_CHANNELS_GET, Endpoint.get("api/channels/{id}"))
        .map(Operation.FLOW8_CHANNELS_CREATE, Endpoint.post("api/channels"))
        .map(Operation.FLOW8_CHANNELS_UPDATE, Endpoint.put("api/channels/{id}"))
        .map(Operation.FLOW8_CHANNELS_DELETE, Endpoint.delete("api/channels/{id}"))
        .map(Operation.FLOW8_CHANNELS_ADD_ROUTE, Endpoint.post("api/channels/{id}/routes"))
        .map(Operation.FLOW8_SCHEDULES_LIST, Endpoint.get("api/schedules").query(only("flowId")))
        .map(Operation.FLOW8_SCHEDULES_CREATE, Endpoint.post("api/schedules"))
        .map(Operation.FLOW8_SCHEDULES_UPDATE, Endpoint.put("api/schedules/{id}"))
        .map(Operation.FLOW8_SCHEDULES_DELETE, Endpoint.delete("api/schedules/{id}"))
        // live events: the trigger, then the play's events over WS /api/ws?token=…
        .map(Operation.STREAM_FLOW, run)
        .map(Operation.STREAM_RUN, Endpoint.get("api/ws"))
        .map(Operation.FLOW8_SUBSCRIBE, Endpoint.get("api/ws"))
        .refuse(Operation.UPDATE_FLOW, "updateFlow replaces the name and the whole step chain, and a flow8 flow's"
            + " steps are flowlets: use Flow8.of(client).flows().update and Flow8.of(client).flowlets()")
        .refuse(Operation.APPLY_FLOW_OPERATION, "edit a flow with updateFlow and its flowlets with Flow8.of(client).flowlets()")
        .refuse(Operation.LIST_VERSIONS, "a flow8 flow has a version number, not stored versions")
        .refuse(Operation.GET_VERSION, "a flow8 flow has a version number, not stored versions")
        .refuse(Operation.LIST_FOLDERS, "flow8 groups flows: use Flow8.of(client).groups()")
        .build();
  }

  // ---- native calls ----

  /** The list's page, size and {@code filters}; any other filter is refused before the request. */
  private static Endpoint.QueryMap only(String... filters) {
    return x -> {
      for (String name : x.query.keySet()) {
        boolean known = name.equals("page") || name.equals("size");
        for (String f : filters) known |= f.equals(name);
        if (!known) {
          throw x.unsupported("the " + name + " filter (this list takes page, size"
              + (filters.length == 0 ? "" : ", " + String.join(", ", filters)) + ")");
        }
      }
      return x.query;
    };
  }

  /** A native run's body with the caller's idempotency key, or the SDK's own. */
  private static Map<String, Object> nativeRunBody(Exchange x) {
    Map<String, Object> body = new LinkedHashMap<>(Wire.object(x.bodyJson(), "a run body"));
    if (x.idempotencyKey() != null) body.put("idempotencyKey", x.idempotencyKey());
    return body;
  }

  // ---- flows ----

  private static Map<String, String> flowQuery(Exchange x) {
    Map<String, String> q = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : x.query.entrySet()) {
      switch (e.getKey()) {
        case "limit":
        case "cursor":
          q.put(e.getKey(), e.getValue());
          break;
        case "status":
          q.put("enabled", Boolean.toString(e.getValue().equals("ENABLED")));
          break;
        default:
          throw x.unsupported("the " + e.getKey() + " filter (flow8 filters flows by category and enabled;"
              + " see Flow8.of(client).flows().list)");
      }
    }
    return Paging.pageAndSize(x, q);
  }

  private static Map<String, Object> flowBody(Exchange x) {
    if (x.field("trigger") != null) {
      throw x.unsupported("a trigger (a flow8 flow is built from flowlets: Flow8.of(client).flowlets().add)");
    }
    if (x.field("projectId") != null) throw x.unsupported("projectId (flow8 has no projects)");
    Map<String, Object> body = obj("name", x.field("displayName"));
    if (x.field("folderId") != null) body.put("groupId", x.field("folderId"));
    return Wire.compact(body);
  }

  /** A flow8 flow as the shared {@code Flow}, keeping flow8's own fields beside it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> flow(@Nullable Object answer) {
    Map<String, Object> f = Wire.resource(answer, "a flow8 flow {id, name, enabled, version}");
    Object enabled = f.get("enabled");
    List<Object> layers = f.get("layers") instanceof List ? (List<Object>) f.get("layers") : new ArrayList<>();
    Map<String, Object> trigger = Wire.compact(obj("name", "trigger", "type", "MANUAL", "displayName", "Run",
        "settings", obj(), "nextAction", chain(layers, 0)));
    Map<String, Object> version = Wire.compact(obj("flowId", f.get("id"), "displayName", f.get("name"),
        "number", Wire.whole(f.get("version")), "created", f.get("createdAt"), "updated", f.get("updatedAt"),
        "state", "LOCKED", "valid", true, "trigger", trigger));
    Map<String, Object> out = Wire.compact(obj("id", f.get("id"), "created", f.get("createdAt"),
        "updated", f.get("updatedAt"), "folderId", f.get("groupId"),
        "status", Boolean.TRUE.equals(enabled) ? "ENABLED" : Boolean.FALSE.equals(enabled) ? "DISABLED" : null,
        "operationStatus", "NONE", "version", version));
    for (String own : new String[] {"name", "enabled", "category", "groupId", "permanentId"}) {
      if (f.get(own) != null) out.put(own, f.get(own));
    }
    return out;
  }

  private static @Nullable Map<String, Object> chain(List<Object> layers, int i) {
    if (i >= layers.size()) return null;
    Map<String, Object> l = Wire.object(layers.get(i), "a flow8 flowlet {ref, appId}");
    Map<String, Object> settings = new LinkedHashMap<>();
    for (String field : new String[] {"appId", "index", "args", "timeout", "retry", "filters", "needsApproval"}) {
      if (l.get(field) != null) settings.put(field, l.get(field));
    }
    Object name = l.get("ref") != null ? l.get("ref") : l.get("id");
    return Wire.compact(obj("name", name, "type", stepType(l.get("appId")),
        "displayName", l.get("name") != null ? l.get("name") : name, "settings", settings,
        "nextAction", chain(layers, i + 1)));
  }

  private static String stepType(@Nullable Object appId) {
    String id = String.valueOf(appId);
    switch (id) {
      case "curl":
      case "wget":
        return "HTTP";
      case "delay":
        return "DELAY";
      case "fail":
        return "FAIL";
      default:
        return id; // decodes as StepType.UNKNOWN; the module stays in settings.appId
    }
  }

  // ---- triggers ----

  private static Map<String, Object> runBody(Exchange x) {
    Trigger t = Trigger.of(x).noTags(x);
    Map<String, Object> body = obj("args", t.input);
    if (x.idempotencyKey() != null) body.put("idempotencyKey", x.idempotencyKey());
    return body;
  }

  private static Map<String, Object> started(@Nullable Object answer, Exchange x) {
    Map<String, Object> json = Wire.object(answer, "flow8's {playId, state}");
    if (!(json.get("playId") instanceof String)) {
      throw new InvalidResponseException("Expected flow8's {playId, state} but got " + json.keySet(), null);
    }
    return Wire.compact(obj("id", json.get("playId"), "flowId", x.param("id"), "status", runStatus(json.get("state")),
        "state", json.get("state"), "startTime", json.get("startedAt")));
  }

  // ---- plays ----

  private static Map<String, String> playQuery(Exchange x) {
    Map<String, String> q = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : x.query.entrySet()) {
      switch (e.getKey()) {
        case "limit":
        case "cursor":
        case "flowId":
          q.put(e.getKey(), e.getValue());
          break;
        case "status":
          q.put("state", wireState(e.getValue(), x));
          break;
        default:
          throw x.unsupported("the " + e.getKey() + " filter");
      }
    }
    return Paging.pageAndSize(x, q);
  }

  /** A play as the shared {@code FlowRun}; flow8's own {@code state} is kept beside the status. */
  static Map<String, Object> play(@Nullable Object answer) {
    Map<String, Object> p = Wire.resource(answer, "a flow8 play {id, flowId, state}");
    Object error = p.get("error");
    Map<String, Object> runError = null;
    if (error instanceof Map) {
      runError = obj("message", ((Map<?, ?>) error).get("message"), "step", ((Map<?, ?>) error).get("ref"));
    } else if (error instanceof String) {
      runError = obj("message", error, "step", null);
    }
    return Wire.compact(obj("id", p.get("id"), "flowId", p.get("flowId"), "status", runStatus(p.get("state")),
        "state", p.get("state"), "startTime", p.get("startedAt"), "finishTime", p.get("completedAt"),
        "durationMs", Wire.whole(p.get("duration")), "input", p.get("args"), "error", runError));
  }

  /** A play layer as the shared {@code StepResult}, named by its flowlet's ref. */
  static Map<String, Object> layer(Object value) {
    Map<String, Object> l = Wire.object(value, "a flow8 play layer {id, ref, state, out}");
    Long duration = null;
    try {
      if (l.get("startedAt") instanceof String && l.get("completedAt") instanceof String) {
        duration = Duration.between(Instant.parse((String) l.get("startedAt")),
            Instant.parse((String) l.get("completedAt"))).toMillis();
      }
    } catch (DateTimeParseException notAnInstant) {
      // leave the duration unknown
    }
    return Wire.compact(obj("name", l.get("ref") != null ? l.get("ref") : l.get("id"), "status", runStatus(l.get("state")),
        "output", l.get("out"), "startTime", l.get("startedAt"), "finishTime", l.get("completedAt"),
        "durationMs", duration, "id", l.get("id"), "state", l.get("state")));
  }

  private static Map<String, Object> approveBody(Exchange x) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (x.field("step") != null) body.put("layerId", x.field("step"));
    body.put("decision", "approved");
    Object payload = x.field("payload");
    if (payload instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) payload).entrySet()) {
        if (!"note".equals(e.getKey())) {
          throw x.unsupported("the payload field " + e.getKey() + " (flow8 takes a note: payload {\"note\": …};"
              + " decline with Flow8.of(client).plays().decline)");
        }
        body.put("note", e.getValue());
      }
    }
    return body;
  }

  /** flow8's play or layer state as {@code RunStatus}; an unknown one stays (and reads UNKNOWN). */
  static @Nullable Object runStatus(@Nullable Object state) {
    if (state == null) return null;
    switch (String.valueOf(state)) {
      case "NEW":
      case "DEFERRED":
        return "QUEUED";
      case "RUN":
        return "RUNNING";
      case "WAIT":
      case "ON_HOLD":
        return "PAUSED";
      case "DONE":
        return "SUCCEEDED";
      case "FAIL":
        return "FAILED";
      case "SKIP":
      case "FILTERED":
        return "STOPPED";
      default:
        return state;
    }
  }

  private static String wireState(String status, Exchange x) {
    switch (status) {
      case "QUEUED": return "NEW";
      case "RUNNING": return "RUN";
      case "PAUSED": return "WAIT";
      case "SUCCEEDED": return "DONE";
      case "FAILED": return "FAIL";
      case "STOPPED": return "SKIP";
      default:
        throw x.unsupported("status " + status + " (flow8's states are NEW, RUN, DONE, FAIL, SKIP, FILTERED,"
            + " DEFERRED, WAIT, ON_HOLD; filter by any of them with Flow8.of(client).plays().list)");
    }
  }

  /** The page's items each mapped by {@code f}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> eachOnPage(Map<String, Object> page, java.util.function.Function<Object, Object> f) {
    page.put("data", Wire.each((List<Object>) page.get("data"), f));
    return page;
  }
}
