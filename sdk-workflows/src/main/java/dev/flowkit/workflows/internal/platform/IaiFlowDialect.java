package dev.flowkit.workflows.internal.platform;

import static dev.flowkit.workflows.internal.platform.Dialect.obj;

import com.squareup.moshi.JsonAdapter;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.InvalidResponseException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * IAI Flow (its quickstart and API reference): session cookie from {@code POST /api/auth/login};
 * {@code GET /api/flows} → {@code {"items":[…]}}; one flow, its update, delete and run under
 * {@code /api/workflows/{id}}; {@code GET /api/runs/{id}} → {@code {"run":{…}}}; snake_case fields,
 * lower-case statuses ({@code success}, {@code failed}, {@code running}, {@code pending};
 * {@code active}, {@code draft}, {@code archived}), integer versions, {@code definition_json} as a
 * string; errors {@code {"error":"Human-readable error message"}}. No API keys, folders,
 * connections, MCP servers, versions list, event streams, approve or cancel.
 */
public final class IaiFlowDialect {
  private static final String NAME = "IAI_FLOW";
  private static final JsonAdapter<Object> JSON = FlowJson.moshi().adapter(Object.class);

  private IaiFlowDialect() {}

  public static Dialect create() {
    return Dialect.builder(NAME, "api/")
        .as(FlowkitDialect.create(), Operation.LOGIN, Operation.GET_SESSION, Operation.LOGOUT)
        .map(Operation.LIST_FLOWS, Endpoint.of("GET", "api/flows")
            .query(x -> {
              for (String filter : new String[] {"status", "folderId", "name"}) {
                if (x.query.containsKey(filter)) throw x.unsupported("the " + filter + " filter");
              }
              return new LinkedHashMap<>(); // one unpaged list; a limit is a hint it does not take
            })
            .answer((answer, x) -> Wire.onePage(Wire.each(items(answer, "flows"), IaiFlowDialect::flow))))
        .map(Operation.CREATE_FLOW, Endpoint.of("POST", "api/flows")
            .body(x -> {
              if (x.field("folderId") != null) throw x.unsupported("folderId (IAI Flow has no folders)");
              return Wire.compact(obj("name", x.field("displayName"), "definition_json", definition(x.field("trigger"))));
            })
            .answer((answer, x) -> flow(one(answer, "flow"))))
        .map(Operation.GET_FLOW, Endpoint.of("GET", "api/workflows/{id}")
            .answer((answer, x) -> flow(one(answer, "flow"))))
        .map(Operation.UPDATE_FLOW, Endpoint.of("PUT", "api/workflows/{id}")
            .body(x -> {
              if (x.field("folderId") != null) throw x.unsupported("folderId (IAI Flow has no folders)");
              return Wire.compact(obj("name", x.field("displayName"), "definition_json", definition(x.field("trigger"))));
            })
            .answer((answer, x) -> flow(one(answer, "flow"))))
        .map(Operation.DELETE_FLOW, Endpoint.of("DELETE", "api/workflows/{id}"))
        .map(Operation.APPLY_FLOW_OPERATION, Endpoint.of("PUT", "api/workflows/{id}")
            .body(IaiFlowDialect::operation)
            .answer((answer, x) -> flow(one(answer, "flow"))))
        .map(Operation.TRIGGER_FLOW, Endpoint.of("POST", "api/workflows/{id}/run")
            .body(x -> obj("input", Trigger.of(x).noTags(x).input))
            .answer((answer, x) -> {
              Map<String, Object> json = Wire.object(answer, "IAI Flow's {run_id, status, started_at}");
              if (!(json.get("run_id") instanceof String)) {
                throw new InvalidResponseException("Expected IAI Flow's {run_id, status, started_at} but got "
                    + json.keySet(), null);
              }
              return Wire.compact(obj("id", json.get("run_id"), "flowId", x.param("id"),
                  "status", runStatus(json.get("status")), "startTime", json.get("started_at")));
            }))
        .map(Operation.LIST_RUNS, Endpoint.of("GET", "api/runs")
            .query(x -> {
              if (x.query.containsKey("flowId")) throw x.unsupported("the flowId filter");
              Map<String, String> q = new LinkedHashMap<>();
              if (x.query.containsKey("limit")) q.put("limit", x.query.get("limit"));
              String status = x.query.get("status");
              if (status != null) q.put("status", wireRunStatus(status, x));
              return q;
            })
            .answer((answer, x) -> Wire.onePage(Wire.each(items(answer, "runs"), IaiFlowDialect::run))))
        .map(Operation.GET_RUN, Endpoint.of("GET", "api/runs/{id}")
            .answer((answer, x) -> run(one(answer, "run"))))
        .map(Operation.LIST_RUN_STEPS, Endpoint.of("GET", "api/runs/{id}/steps")
            .answer((answer, x) -> Wire.onePage(Wire.each(items(answer, "steps"), IaiFlowDialect::step))))
        .map(Operation.LATEST_RUNS, Endpoint.of("GET", "api/dashboard/runs/latest")
            .answer((answer, x) -> Wire.onePage(Wire.each(items(answer, "runs"), IaiFlowDialect::run))))
        .map(Operation.IAI_FLOW_HEALTH, Endpoint.get("api/health"))
        .errors(IaiFlowDialect::error)
        .build();
  }

  /** {@code {"error":"Human-readable error message"}} → the contract's error, code from the status. */
  static @Nullable Map<String, Object> error(int status, @Nullable Object body) {
    if (!(body instanceof Map) || !(((Map<?, ?>) body).get("error") instanceof String)) return null;
    return Wire.error(status, Wire.codeFor(status), (String) ((Map<?, ?>) body).get("error"));
  }

  // ---- answers ----

  private static List<Object> items(@Nullable Object answer, String what) {
    Map<String, Object> json = Wire.object(answer, "IAI Flow's list of " + what + " {\"items\":[…]}");
    return Wire.array(json.get("items"), "IAI Flow's list of " + what + " {\"items\":[…]}");
  }

  /** {@code {"<name>":{…}}} as IAI Flow answers one resource; a bare object is taken as is. */
  private static Object one(@Nullable Object answer, String name) {
    Map<String, Object> json = Wire.object(answer, "IAI Flow's {\"" + name + "\":{…}}");
    Object inner = json.containsKey(name) ? json.get(name) : json;
    return Wire.resource(inner, "IAI Flow's " + name + " {\"" + name + "\":{\"id\":…}}");
  }

  static Map<String, Object> flow(Object value) {
    Map<String, Object> f = Wire.resource(value, "an IAI Flow flow");
    String status = String.valueOf(f.get("status"));
    String flowStatus = status.equals("active") ? "ENABLED"
        : status.equals("draft") || status.equals("archived") ? "DISABLED" : status;
    Object trigger = trigger(f.get("definition_json"));
    Map<String, Object> version = Wire.compact(obj(
        "created", f.get("created_at"), "updated", f.get("updated_at"), "flowId", f.get("id"),
        "displayName", f.get("name"), "state", status.equals("draft") ? "DRAFT" : "LOCKED",
        "valid", trigger != null, "trigger", trigger, "number", Wire.whole(f.get("version"))));
    return Wire.compact(obj("id", f.get("id"), "created", f.get("created_at"), "updated", f.get("updated_at"),
        "projectId", f.get("workspace_id"), "status", flowStatus, "operationStatus", "NONE",
        "version", version));
  }

  static Map<String, Object> run(Object value) {
    Map<String, Object> r = Wire.resource(value, "an IAI Flow run");
    Object errorText = r.get("error_text");
    return Wire.compact(obj("id", r.get("id"), "flowId", r.get("workflow_id"), "flowName", r.get("workflow_name"),
        "status", runStatus(r.get("status")), "triggeredBy", r.get("triggered_by"),
        "durationMs", Wire.whole(r.get("duration_ms")), "startTime", r.get("started_at"),
        "finishTime", r.get("finished_at"), "output", r.get("output"),
        "error", errorText == null ? null : obj("message", errorText, "step", null)));
  }

  static Map<String, Object> step(Object value) {
    Map<String, Object> s = Wire.object(value, "an IAI Flow step log");
    return Wire.compact(obj("name", s.get("name"), "status", runStatus(s.get("status")), "input", s.get("input"),
        "output", s.get("output"), "startTime", s.get("started_at"), "finishTime", s.get("finished_at"),
        "durationMs", Wire.whole(s.get("duration_ms"))));
  }

  /** IAI Flow's run status in the contract's spelling; an unknown one stays (and reads UNKNOWN). */
  static @Nullable Object runStatus(@Nullable Object status) {
    if (status == null) return null;
    switch (String.valueOf(status)) {
      case "running": return "RUNNING";
      case "success": return "SUCCEEDED";
      case "failed": return "FAILED";
      case "pending": return "QUEUED";
      default: return status;
    }
  }

  private static String wireRunStatus(String status, Exchange x) {
    switch (status) {
      case "RUNNING": return "running";
      case "SUCCEEDED": return "success";
      case "FAILED": return "failed";
      case "QUEUED": return "pending";
      default: throw x.unsupported("status " + status + " (IAI Flow knows running, success, failed, pending)");
    }
  }

  /** {@code definition_json} ({@code {"trigger":{…}}} as a string) → the trigger step, or null. */
  private static @Nullable Object trigger(@Nullable Object definition) {
    if (!(definition instanceof String)) return null;
    try {
      Object parsed = JSON.fromJson((String) definition);
      if (parsed instanceof Map && ((Map<?, ?>) parsed).get("trigger") instanceof Map) {
        return ((Map<?, ?>) parsed).get("trigger");
      }
    } catch (IOException | RuntimeException notOurs) {
      // a definition in another format: the version has no readable trigger
    }
    return null;
  }

  // ---- requests ----

  /** The trigger step as IAI Flow's {@code definition_json} string, or null. */
  private static @Nullable String definition(@Nullable Object trigger) {
    return trigger == null ? null : JSON.toJson(obj("trigger", trigger));
  }

  /** A flow operation as IAI Flow's {@code PUT {name?, definition_json?, status?}}. */
  private static Object operation(Exchange x) {
    String type = String.valueOf(x.field("type"));
    Object request = x.field("request");
    Map<?, ?> req = request instanceof Map ? (Map<?, ?>) request : new LinkedHashMap<>();
    switch (type) {
      case "CHANGE_NAME":
        return obj("name", req.get("displayName"));
      case "UPDATE_TRIGGER":
        return obj("definition_json", definition(req.get("trigger")));
      case "LOCK_AND_PUBLISH":
        return obj("status", "active");
      case "CHANGE_STATUS":
        return obj("status", "ENABLED".equals(req.get("status")) ? "active" : "archived");
      default:
        throw x.unsupported("the operation " + type + " (IAI Flow updates name, definition and status)");
    }
  }
}
