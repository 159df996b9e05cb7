package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.AuthStore;
import dev.flowkit.server.internal.Body;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.FlowStore;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Pagination;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Run;
import dev.flowkit.server.internal.Services;
import dev.flowkit.server.internal.SideRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * IAI Flow as its quickstart and API reference show it: a session cookie from
 * {@code POST /api/auth/login}, {@code {"items":[…]}} lists, snake_case fields, lower-case
 * statuses, {@code /api/workflows/{id}} for one flow and its runs, {@code {"run":{…}}} for one run
 * and {@code {"error":"Human-readable error message"}} for every error.
 */
public final class IaiFlowDialect implements Dialect {
  /** Default and largest {@code ?limit=} of {@code GET /api/runs}. */
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  @Override public void register(Router r, Services s) {
    s.platform.useIdPrefix("flow", "wf"); // seeds 000/002 show flows as wf_…
    SideRoutes.registerIaiFlow(r, s); // seed 002's logs, nodes, agents, templates, metrics
    AuthStore auth = s.auth;
    r.addPublic("POST", "/api/auth/login", call -> {
      Body b = call.body();
      String token = auth.login(b.requiredString("email"), b.requiredString("password"));
      AuthStore.User u = auth.user(auth.userForSession(token));
      return Reply.json(200, auth.sessionJson(u)).header("Set-Cookie", Dialects.cookie(s, token, false));
    });
    r.add("GET", "/api/auth/session", call -> Reply.json(200, auth.sessionJson(auth.user(call.principal().userId))));
    r.add("DELETE", "/api/auth/session", call -> {
      auth.logout(AuthStore.sessionToken(call));
      return Reply.noContent().header("Set-Cookie", Dialects.cookie(s, "", true));
    });
    r.addPublic("GET", "/api/health", call -> Reply.json(200, Json.obj("ok", true, "ts", Json.time(s.platform.now()))));

    r.add("GET", "/api/flows", call -> {
      List<Object> items = new ArrayList<>();
      for (Map<String, Object> f : s.flows.listAll(call, call.principal())) items.add(flow(s, call.principal(), f));
      return Reply.json(200, Json.obj("items", items));
    });
    r.add("POST", "/api/flows", call -> {
      Body b = call.body();
      String name = b.requiredString("name");
      Map<String, Object> trigger = definition(b);
      Map<String, Object> created = s.flows.create(call.principal(), name, null, trigger, null);
      return Reply.json(201, Json.obj("flow", flow(s, call.principal(), created)));
    });
    r.add("GET", "/api/workflows/{id}", call ->
        Reply.json(200, Json.obj("flow", flow(s, call.principal(), s.flows.get(call.principal(), call.param("id"))))));
    r.add("PUT", "/api/workflows/{id}", call -> Reply.json(200, Json.obj("flow", update(s, call))));
    r.add("DELETE", "/api/workflows/{id}", call -> {
      String id = call.param("id");
      s.flows.get(call.principal(), id);
      if (s.engine.hasActiveRun(id)) {
        throw ApiException.conflict("FLOW_IN_USE", "Flow " + id + " has a running run; wait for it to finish");
      }
      s.flows.delete(call.principal(), id);
      return Reply.noContent();
    });
    r.add("POST", "/api/workflows/{id}/run", call -> {
      Principal p = call.principal();
      Map<String, Object> input = call.body().object("input");
      FlowStore.Runnable flow = s.flows.runnable(p, call.param("id"));
      Run run = s.engine.trigger(flow, input == null ? Json.obj() : FlowStore.asMap(Json.copy(input)),
          new ArrayList<>(), "manual");
      Map<String, Object> json = run.json();
      // The answer reports the start, as the quickstart shows it: "running", whatever happened
      // since (a fast run may already be over; GET /api/runs/{id} tells).
      String status = "running";
      Object started = json.get("startTime") != null ? json.get("startTime") : json.get("created");
      return Reply.json(201, Json.obj("run_id", run.id(), "status", status, "started_at", started));
    });

    r.add("GET", "/api/runs", call -> {
      int limit = limit(call.query("limit"));
      String status = call.query("status");
      if (status != null && !STATUSES.contains(status)) {
        throw ApiException.field("status", "must be one of " + String.join(", ", STATUSES));
      }
      List<Run> runs = Dialects.newestFirst(s.engine.runs(call.principal().workspaceId));
      List<Object> items = new ArrayList<>();
      for (Run run : runs) {
        if (items.size() >= limit) break;
        Map<String, Object> json = run(run);
        if (status == null || status.equals(json.get("status"))) items.add(json);
      }
      return Reply.json(200, Json.obj("items", items));
    });
    r.add("GET", "/api/runs/{id}", call -> Reply.json(200, Json.obj("run", run(s.engine.run(call.principal(), call.param("id"))))));
    r.add("GET", "/api/runs/{id}/steps", call -> {
      List<Object> items = new ArrayList<>();
      for (Object step : s.engine.run(call.principal(), call.param("id")).stepsJson()) {
        Map<String, Object> m = FlowStore.asMap(step);
        items.add(Json.obj("name", m.get("name"), "status", status((String) m.get("status")),
            "input", m.get("input"), "output", m.get("output"), "started_at", m.get("startTime"),
            "finished_at", m.get("finishTime"), "duration_ms", m.get("durationMs")));
      }
      return Reply.json(200, Json.obj("items", items));
    });
    r.add("GET", "/api/dashboard/runs/latest", call -> {
      List<Object> items = new ArrayList<>();
      for (Run run : Dialects.newestFirst(s.engine.runs(call.principal().workspaceId))) {
        if (items.size() == 8) break;
        items.add(run(run));
      }
      return Reply.json(200, Json.obj("items", items));
    });
  }

  @Override public Principal authenticate(Call call, Services s) {
    return s.auth.authenticateSession(call, "No valid session cookie; log in with POST /api/auth/login");
  }

  @Override public Reply error(ApiException e, String requestId) {
    return Dialect.errorReply(e, Json.obj("error", e.getMessage()));
  }

  @Override public String journey(Facts f) {
    String flow = f.flow("Hello");
    StringBuilder out = new StringBuilder();
    out.append("1. Login (the iai_session cookie lands in cookies.txt):\n");
    out.append("  curl -c cookies.txt -X POST ").append(f.base).append("/api/auth/login \\\n")
        .append("    -H 'Content-Type: application/json' \\\n")
        .append("    -d '{\"email\":\"").append(f.email).append("\",\"password\":\"").append(f.password).append("\"}'\n");
    out.append("  curl -b cookies.txt ").append(f.base).append("/api/auth/session\n\n");
    out.append("2. List flows:\n  curl -b cookies.txt ").append(f.base).append("/api/flows\n\n");
    out.append("3. Run a flow:\n  curl -b cookies.txt -X POST ").append(f.base).append("/api/workflows/")
        .append(flow).append("/run \\\n    -H 'Content-Type: application/json' \\\n")
        .append("    -d '{\"input\":{\"name\":\"Ada\"}}'\n\n");
    out.append("4. Read the run (status is success or failed):\n  curl -b cookies.txt ").append(f.base)
        .append("/api/runs/<run_id>\n");
    out.append("  curl -b cookies.txt '").append(f.base).append("/api/runs?limit=50&status=success'\n");
    return out.toString();
  }

  // ---- shapes ----

  /** IAI Flow's run statuses. */
  static final List<String> STATUSES = List.of("running", "success", "failed", "pending");

  /** The engine's run status in IAI Flow's spelling. */
  static String status(@Nullable String engine) {
    if (engine == null) return "pending";
    switch (engine) {
      case "QUEUED":
      case "PAUSED":
        return "pending";
      case "RUNNING":
        return "running";
      case "SUCCEEDED":
        return "success";
      default:
        return "failed"; // FAILED, TIMEOUT, STOPPED, CANCELED, INTERNAL_ERROR
    }
  }

  static Map<String, Object> flow(Services s, Principal p, Map<String, Object> f) {
    Map<String, Object> version = FlowStore.asMap(f.get("version"));
    String status;
    if ("ENABLED".equals(f.get("status"))) {
      status = "active";
    } else {
      status = f.get("publishedVersionId") == null ? "draft" : "archived";
    }
    String id = (String) f.get("id");
    return Json.obj("id", id, "name", version.get("displayName"), "status", status,
        "version", (long) s.flows.versionNumber(p, id), "workspace_id", p.workspaceId,
        "definition_json", Json.write(Json.obj("trigger", version.get("trigger"))),
        "created_at", f.get("created"), "updated_at", f.get("updated"));
  }

  static Map<String, Object> run(Run run) {
    Map<String, Object> r = run.json();
    Map<String, Object> error = r.get("error") == null ? null : FlowStore.asMap(r.get("error"));
    return Json.obj("id", r.get("id"), "workflow_id", r.get("flowId"), "workflow_name", run.flowName(),
        "status", status((String) r.get("status")), "triggered_by", r.get("triggeredBy"),
        "duration_ms", r.get("durationMs"), "started_at", r.get("startTime"),
        "finished_at", r.get("finishTime"), "output", r.get("output"),
        "error_text", error == null ? null : error.get("message"));
  }

  private static @Nullable Map<String, Object> definition(Body b) {
    String json = b.string("definition_json");
    if (json == null) return null;
    Object parsed;
    try {
      parsed = Json.parse(json);
    } catch (ApiException e) {
      throw ApiException.field("definition_json", "is not valid JSON");
    }
    if (!(parsed instanceof Map) || !(FlowStore.asMap(parsed).get("trigger") instanceof Map)) {
      throw ApiException.field("definition_json", "must be a JSON object with a trigger step");
    }
    return dev.flowkit.server.internal.Steps.normalize(FlowStore.asMap(parsed).get("trigger"), "definition_json.trigger", true);
  }

  /** {@code PUT {name?, definition_json?, status?}}: renames, replaces the steps, publishes or archives. */
  private static Map<String, Object> update(Services s, Call call) {
    Principal p = call.principal();
    String id = call.param("id");
    Body b = call.body();
    String name = b.string("name");
    Map<String, Object> trigger = definition(b);
    String status = b.oneOf("status", "draft", "active", "archived");
    if (name == null && trigger == null && status == null) {
      throw ApiException.validation(null, "nothing to update", "send name, definition_json or status");
    }
    if (name != null && name.isBlank()) throw ApiException.field("name", "required");
    Map<String, Object> f = s.flows.get(p, id);
    if (trigger != null) {
      String current = (String) FlowStore.asMap(f.get("version")).get("displayName");
      s.operations.replaceDraft(p, id, new Body(Json.obj("displayName", name == null ? current : name,
          "trigger", trigger), ""));
    } else if (name != null) {
      s.operations.apply(p, id, op("CHANGE_NAME", Json.obj("displayName", name)));
    }
    if (status != null) changeStatus(s, p, id, status);
    return flow(s, p, s.flows.get(p, id));
  }

  /**
   * Brings the flow to IAI Flow's {@code status}, or fails: "active" publishes a draft; "archived"
   * publishes a never-published flow first, then disables it; "draft" is only for a flow never
   * published (one that was cannot become a draft again).
   */
  private static void changeStatus(Services s, Principal p, String id, String status) {
    Map<String, Object> f = s.flows.get(p, id);
    boolean draft = "DRAFT".equals(FlowStore.asMap(f.get("version")).get("state"));
    boolean published = f.get("publishedVersionId") != null;
    if ("active".equals(status)) {
      s.operations.apply(p, id, draft ? op("LOCK_AND_PUBLISH", Json.obj())
          : op("CHANGE_STATUS", Json.obj("status", "ENABLED")));
    } else if ("archived".equals(status)) {
      if (!published) s.operations.apply(p, id, op("LOCK_AND_PUBLISH", Json.obj()));
      s.operations.apply(p, id, op("CHANGE_STATUS", Json.obj("status", "DISABLED")));
    } else {
      if (published) {
        throw new ApiException(409, "CONFLICT", "Workflow " + id
            + " has been published and cannot become a draft again; archive it instead");
      }
      s.operations.apply(p, id, op("CHANGE_STATUS", Json.obj("status", "DISABLED")));
    }
  }

  private static Body op(String type, Map<String, Object> request) {
    return new Body(Json.obj("type", type, "request", request), "");
  }

  private static int limit(@Nullable String raw) {
    return Pagination.limit(raw, DEFAULT_LIMIT, MAX_LIMIT);
  }
}
