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
import dev.flowkit.server.internal.iaiflow.Catalog;
import dev.flowkit.server.internal.iaiflow.Graph;
import dev.flowkit.server.internal.iaiflow.IaiFlow;
import dev.flowkit.server.internal.iaiflow.IaiSideRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * IAI Flow as its quickstart, API reference, examples and schemas pages show it: a session cookie
 * from {@code POST /api/auth/login}, {@code {"items":[…]}} lists, snake_case fields, lower-case
 * statuses, {@code /api/workflows/{id}} for one flow and its runs, {@code {"run":{…}}} for one
 * run and {@code {"error":"Human-readable error message"}} for every error. A flow's
 * {@code definition_json} is a WorkflowDefinition (nodes and edges) that runs on the engine as a
 * graph; step logs are {@code {"steps":[…]}}; runs send signed webhooks to the receivers the
 * server was given.
 */
public final class IaiFlowDialect implements Dialect {
  /** Default and largest {@code ?limit=} of {@code GET /api/runs}. */
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private @Nullable IaiFlow iai;

  @Override public void register(Router r, Services s) {
    IaiFlow iai = new IaiFlow(s);
    this.iai = iai;
    s.platform.useIdPrefix("flow", "wf"); // seeds 000/002 show flows as wf_…
    IaiSideRoutes.register(r, iai);
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
      for (Map<String, Object> f : s.flows.listAll(call, call.principal())) items.add(flow(iai, call.principal(), f));
      return Reply.json(200, Json.obj("items", items));
    });
    r.add("POST", "/api/flows", call -> {
      Body b = call.body();
      String name = b.requiredString("name");
      Graph graph = definition(b);
      Principal p = call.principal();
      Map<String, Object> created = s.flows.create(p, name, null, null, null);
      iai.definitions.set((String) created.get("id"), versionId(created), graph == null ? Graph.empty(name) : graph);
      return Reply.json(201, Json.obj("flow", flow(iai, p, created)));
    });
    r.add("GET", "/api/workflows/{id}", call ->
        Reply.json(200, Json.obj("flow", flow(iai, call.principal(), s.flows.get(call.principal(), call.param("id"))))));
    r.add("PUT", "/api/workflows/{id}", call -> {
      Map<String, Object> updated = update(iai, call);
      iai.flowUpdated(call.principal(), updated);
      return Reply.json(200, Json.obj("flow", updated));
    });
    r.add("DELETE", "/api/workflows/{id}", call -> {
      String id = call.param("id");
      s.flows.get(call.principal(), id);
      if (s.engine.hasActiveRun(id)) {
        throw ApiException.conflict("FLOW_IN_USE", "Flow " + id + " has a running run; wait for it to finish");
      }
      s.flows.delete(call.principal(), id);
      iai.definitions.forget(id);
      return Reply.noContent();
    });
    r.add("POST", "/api/workflows/{id}/run", call -> {
      Run run = run(iai, call.principal(), call.param("id"), call.body().object("input"), "manual");
      Map<String, Object> json = run.json();
      // The answer reports the start, as the quickstart shows it: "running", whatever happened
      // since (a fast run may already be over; GET /api/runs/{id} tells).
      Object started = json.get("startTime") != null ? json.get("startTime") : json.get("created");
      return Reply.json(201, Json.obj("run_id", run.id(), "status", "running", "started_at", started));
    });

    r.add("GET", "/api/runs", call -> {
      int limit = Pagination.limit(call.query("limit"), DEFAULT_LIMIT, MAX_LIMIT);
      String status = call.query("status");
      if (status != null && !STATUSES.contains(status)) {
        throw ApiException.field("status", "must be one of " + String.join(", ", STATUSES));
      }
      List<Object> items = new ArrayList<>();
      for (Run run : iai.flowRuns(call.principal())) {
        if (items.size() >= limit) break;
        Map<String, Object> json = iai.runJson(run, call.principal());
        if (status == null || status.equals(json.get("status"))) items.add(json);
      }
      return Reply.json(200, Json.obj("items", items));
    });
    r.add("POST", "/api/runs", call -> {
      Body b = call.body();
      String flowId = b.requiredString("workflow_id");
      Run run = run(iai, call.principal(), flowId, b.object("input"), "api");
      return Reply.json(201, Json.obj("run", iai.runJson(run, call.principal())));
    });
    r.add("GET", "/api/runs/{id}", call -> Reply.json(200, Json.obj("run",
        iai.runJson(s.engine.run(call.principal(), call.param("id")), call.principal()))));
    r.add("GET", "/api/runs/{id}/steps", call ->
        Reply.json(200, Json.obj("steps", iai.stepLogs(s.engine.run(call.principal(), call.param("id"))))));
    r.add("GET", "/api/dashboard/runs/latest", call -> {
      List<Object> items = new ArrayList<>();
      for (Run run : iai.flowRuns(call.principal())) {
        if (items.size() == 8) break;
        items.add(iai.runJson(run, call.principal()));
      }
      return Reply.json(200, Json.obj("items", items));
    });
  }

  /** The demo flows as IAI Flow definitions: a greeting, a story told token by token, a branch, … */
  @Override public void seeded(Services s, Principal owner, Map<String, String> flowIds) {
    IaiFlow iai = this.iai;
    if (iai == null) return;
    for (Map.Entry<String, String> e : flowIds.entrySet()) {
      String text = Catalog.demo(e.getKey());
      if (text == null) continue;
      iai.definitions.set(e.getValue(), versionId(s.flows.get(owner, e.getValue())), Graph.parse(text, "definition_json"));
    }
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
    out.append("2. List flows (definition_json is each one's WorkflowDefinition):\n  curl -b cookies.txt ")
        .append(f.base).append("/api/flows\n\n");
    out.append("3. Run a flow:\n  curl -b cookies.txt -X POST ").append(f.base).append("/api/workflows/")
        .append(flow).append("/run \\\n    -H 'Content-Type: application/json' \\\n")
        .append("    -d '{\"input\":{\"name\":\"Ada\"}}'\n\n");
    out.append("4. Read the run (status is success or failed) and its step logs:\n  curl -b cookies.txt ").append(f.base)
        .append("/api/runs/<run_id>\n");
    out.append("  curl -b cookies.txt ").append(f.base).append("/api/runs/<run_id>/steps\n");
    out.append("  curl -b cookies.txt '").append(f.base).append("/api/runs?limit=50&status=success'\n");
    return out.toString();
  }

  // ---- shapes ----

  /** IAI Flow's run statuses. */
  static final List<String> STATUSES = List.of("running", "success", "failed", "pending");

  private static String versionId(Map<String, Object> flow) {
    return (String) FlowStore.asMap(flow.get("version")).get("id");
  }

  static Map<String, Object> flow(IaiFlow iai, Principal p, Map<String, Object> f) {
    Map<String, Object> version = FlowStore.asMap(f.get("version"));
    String status;
    if ("ENABLED".equals(f.get("status"))) {
      status = "active";
    } else {
      status = f.get("publishedVersionId") == null ? "draft" : "archived";
    }
    String id = (String) f.get("id");
    iai.definitions.sync(id, (String) version.get("id"));
    Graph graph = iai.definitions.current(id);
    String name = (String) version.get("displayName");
    return Json.obj("id", id, "name", name, "status", status,
        "version", (long) iai.services.flows.versionNumber(p, id), "workspace_id", p.workspaceId,
        "definition_json", graph == null ? Graph.empty(name).text : graph.text,
        "created_at", f.get("created"), "updated_at", f.get("updated"));
  }

  /** Starts a run of the flow's published definition; 409 when the flow is not active. */
  private static Run run(IaiFlow iai, Principal p, String flowId, @Nullable Map<String, Object> input, String by) {
    FlowStore.Runnable flow = iai.services.flows.runnable(p, flowId);
    Graph graph = iai.definitions.version(flow.versionId);
    if (graph == null) {
      iai.definitions.sync(flowId, flow.versionId);
      graph = iai.definitions.version(flow.versionId);
    }
    if (graph == null) throw new IllegalStateException("flow " + flowId + " has no definition");
    return iai.start(p, flow, graph, input == null ? Json.obj() : FlowStore.asMap(Json.copy(input)), by);
  }

  private static @Nullable Graph definition(Body b) {
    String json = b.string("definition_json");
    return json == null ? null : Graph.parse(json, "definition_json");
  }

  /** {@code PUT {name?, definition_json?, status?}}: renames, replaces the definition, publishes or archives. */
  private static Map<String, Object> update(IaiFlow iai, Call call) {
    Services s = iai.services;
    Principal p = call.principal();
    String id = call.param("id");
    Body b = call.body();
    String name = b.string("name");
    Graph graph = definition(b);
    String status = b.oneOf("status", "draft", "active", "archived");
    if (name == null && graph == null && status == null) {
      throw ApiException.validation(null, "nothing to update", "send name, definition_json or status");
    }
    if (name != null && name.isBlank()) throw ApiException.field("name", "required");
    Map<String, Object> f = s.flows.get(p, id);
    iai.definitions.sync(id, versionId(f));
    if (graph != null || name != null) {
      // A change makes a draft: a new version when the current one is published.
      String current = (String) FlowStore.asMap(f.get("version")).get("displayName");
      Map<String, Object> changed = s.operations.apply(p, id, op("CHANGE_NAME",
          Json.obj("displayName", name == null ? current : name)));
      if (graph != null) {
        iai.definitions.set(id, versionId(changed), graph);
      } else {
        iai.definitions.sync(id, versionId(changed));
      }
    }
    if (status != null) changeStatus(s, p, id, status);
    Map<String, Object> after = s.flows.get(p, id);
    iai.definitions.sync(id, versionId(after));
    return flow(iai, p, after);
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
}
