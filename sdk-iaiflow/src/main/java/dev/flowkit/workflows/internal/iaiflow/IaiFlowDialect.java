package dev.flowkit.workflows.internal.iaiflow;

import static dev.flowkit.workflows.internal.platform.Dialect.obj;

import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.iaiflow.WorkflowDefinition;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.Endpoint;
import dev.flowkit.workflows.internal.platform.Exchange;
import dev.flowkit.workflows.internal.platform.FlowkitDialect;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Trigger;
import dev.flowkit.workflows.internal.platform.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * IAI Flow (its quickstart, API reference, examples and schemas pages): session cookie from
 * {@code POST /api/auth/login}; {@code GET /api/flows} → {@code {"items":[…]}}; one flow, its update,
 * delete and run under {@code /api/workflows/{id}}; {@code GET /api/runs/{id}} → {@code {"run":{…}}};
 * step logs {@code {"steps":[…]}}; snake_case fields, lower-case statuses ({@code success},
 * {@code failed}, {@code running}, {@code pending}; {@code active}, {@code draft},
 * {@code archived}; steps also {@code skipped}), integer versions, {@code definition_json} a
 * WorkflowDefinition as a string (its chain is the shared step view; see {@link
 * dev.flowkit.workflows.internal.iaiflow.Definitions}); errors {@code {"error":"Human-readable
 * error message"}}. No API keys, folders, connections, MCP servers, versions list, event streams,
 * approve or cancel. Its own calls are in {@link IaiFlowNative}.
 */
public final class IaiFlowDialect {
  private static final String NAME = "IAI_FLOW";

  private IaiFlowDialect() {}

  public static Dialect create() {
    Dialect.Builder b = Dialect.builder(NAME, "api/")
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
              return Wire.compact(obj("name", x.field("displayName"),
                  "definition_json", definition(x, x.field("displayName"), x.field("trigger"))));
            })
            .answer((answer, x) -> flow(one(answer, "flow"))))
        .map(Operation.GET_FLOW, Endpoint.of("GET", "api/workflows/{id}")
            .answer((answer, x) -> flow(one(answer, "flow"))))
        .map(Operation.UPDATE_FLOW, Endpoint.of("PUT", "api/workflows/{id}")
            .body(x -> {
              if (x.field("folderId") != null) throw x.unsupported("folderId (IAI Flow has no folders)");
              return Wire.compact(obj("name", x.field("displayName"),
                  "definition_json", definition(x, x.field("displayName"), x.field("trigger"))));
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
            .answer((answer, x) -> Wire.onePage(Wire.each(steps(answer), IaiFlowDialect::step))))
        .map(Operation.LATEST_RUNS, Endpoint.of("GET", "api/dashboard/runs/latest")
            .answer((answer, x) -> Wire.onePage(Wire.each(items(answer, "runs"), IaiFlowDialect::run))))
        .map(Operation.IAI_FLOW_HEALTH, Endpoint.get("api/health"));
    IaiFlowNative.map(b);
    return b.errors(IaiFlowDialect::error).build();
  }

  /** {@code {"error":"Human-readable error message"}} → the contract's error, code from the status. */
  static @Nullable Map<String, Object> error(int status, @Nullable Object body) {
    if (!(body instanceof Map) || !(((Map<?, ?>) body).get("error") instanceof String)) return null;
    return Wire.error(status, Wire.codeFor(status), (String) ((Map<?, ?>) body).get("error"));
  }

  // ---- answers ----

  static List<Object> items(@Nullable Object answer, String what) {
    Map<String, Object> json = Wire.object(answer, "IAI Flow's list of " + what + " {\"items\":[…]}");
    return Wire.array(json.get("items"), "IAI Flow's list of " + what + " {\"items\":[…]}");
  }

  /** {@code {"<name>":{…}}} as IAI Flow answers one resource; a bare object is taken as is. */
  static Object one(@Nullable Object answer, String name) {
    Map<String, Object> json = Wire.object(answer, "IAI Flow's {\"" + name + "\":{…}}");
    Object inner = json.containsKey(name) ? json.get(name) : json;
    return Wire.resource(inner, "IAI Flow's " + name + " {\"" + name + "\":{\"id\":…}}");
  }

  static Map<String, Object> flow(Object value) {
    Map<String, Object> f = Wire.resource(value, "an IAI Flow flow");
    String status = String.valueOf(f.get("status"));
    String flowStatus = status.equals("active") ? "ENABLED"
        : status.equals("draft") || status.equals("archived") ? "DISABLED" : status;
    WorkflowDefinition definition = definition(f.get("definition_json"));
    Object trigger = definition == null ? null : Definitions.chain(definition);
    Map<String, Object> version = Wire.compact(obj(
        "created", f.get("created_at"), "updated", f.get("updated_at"), "flowId", f.get("id"),
        "displayName", f.get("name"), "state", status.equals("draft") ? "DRAFT" : "LOCKED",
        "valid", definition != null, "trigger", trigger, "number", Wire.whole(f.get("version"))));
    return Wire.compact(obj("id", f.get("id"), "created", f.get("created_at"), "updated", f.get("updated_at"),
        "projectId", f.get("workspace_id"), "status", flowStatus, "operationStatus", "NONE",
        "version", version));
  }

  static Map<String, Object> run(Object value) {
    Map<String, Object> r = Wire.resource(value, "an IAI Flow run");
    Object errorText = r.get("error_text");
    return Wire.compact(obj("id", r.get("id"), "created", r.get("created_at"), "projectId", r.get("workspace_id"),
        "flowId", r.get("workflow_id"), "flowName", r.get("workflow_name"),
        "status", runStatus(r.get("status")), "triggeredBy", r.get("triggered_by"),
        "durationMs", Wire.whole(r.get("duration_ms")), "startTime", r.get("started_at"),
        "finishTime", r.get("finished_at"), "input", r.get("input"), "output", r.get("output"),
        "error", errorText == null ? null : obj("message", errorText, "step", null),
        "nodeCount", Wire.whole(r.get("node_count"))));
  }

  /** {@code {"steps":[…]}}, the step logs' envelope. */
  static List<Object> steps(@Nullable Object answer) {
    Map<String, Object> json = Wire.object(answer, "IAI Flow's step logs {\"steps\":[…]}");
    return Wire.array(json.get("steps"), "IAI Flow's step logs {\"steps\":[…]}");
  }

  /** An {@code ExecutionStepLog} as the shared step result: node id as name, every field kept. */
  static Map<String, Object> step(Object value) {
    Map<String, Object> s = Wire.object(value, "an IAI Flow step log");
    if (!(s.get("node_id") instanceof String)) {
      throw new InvalidResponseException("Expected an IAI Flow step log with a \"node_id\" but got " + s.keySet(), null);
    }
    Object type = s.get("node_type");
    return Wire.compact(obj("name", s.get("node_id"), "type", type == null ? null : Definitions.stepType(type),
        "displayName", s.get("node_name"), "status", stepStatus(s.get("status")), "input", s.get("input"),
        "output", s.get("output"), "error", s.get("error"), "startTime", s.get("started_at"),
        "finishTime", s.get("finished_at"), "durationMs", Wire.whole(s.get("duration_ms")),
        "id", s.get("id"), "runId", s.get("run_id")));
  }

  /** A step log's status in the shared spelling; an unknown one stays (and reads UNKNOWN). */
  static @Nullable Object stepStatus(@Nullable Object status) {
    if ("skipped".equals(status)) return "SKIPPED";
    return runStatus(status);
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

  /** {@code definition_json} read as a WorkflowDefinition, or null when it is absent or is not one. */
  private static @Nullable WorkflowDefinition definition(@Nullable Object json) {
    if (!(json instanceof String)) return null;
    try {
      return WorkflowDefinition.parse((String) json);
    } catch (IllegalArgumentException notOne) {
      return null; // the shared view has no steps; IaiFlow.of(client).flows().get(id) says what is wrong
    }
  }

  // ---- requests ----

  /** The step chain as IAI Flow's {@code definition_json} (a WorkflowDefinition named {@code name}), or null. */
  private static @Nullable String definition(Exchange x, @Nullable Object name, @Nullable Object trigger) {
    if (!(trigger instanceof Map)) return null;
    return Definitions.fromChain(name == null ? "Flow" : String.valueOf(name), (Map<?, ?>) trigger, x::unsupported);
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
        return obj("definition_json", definition(x, "Flow", req.get("trigger")));
      case "LOCK_AND_PUBLISH":
        return obj("status", "active");
      case "CHANGE_STATUS":
        return obj("status", "ENABLED".equals(req.get("status")) ? "active" : "archived");
      default:
        throw x.unsupported("the operation " + type + " (IAI Flow updates name, definition and status)");
    }
  }
}
