package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Triggers, runs, steps, event streams, approve and cancel. */
public final class RunRoutes {
  private RunRoutes() {}

  public static void register(Router r, Services s) {
    RunEngine engine = s.engine;
    Router.Handler trigger = call -> trigger(s, call);
    r.add("POST", "/api/flows/{id}/run", trigger);
    r.add("POST", "/api/workflows/{id}/run", trigger);
    r.add("POST", "/v1/api/workflow/run/{id}", call -> flowAi(s, call));

    r.add("GET", "/api/runs", call -> {
      String flowId = call.query("flowId");
      String status = call.query("status");
      if (status != null && !Run.STATUSES.contains(status)) {
        throw ApiException.field("status", "unknown run status '" + status + "'");
      }
      List<Run> out = new ArrayList<>();
      for (Run run : engine.runs(call.principal().workspaceId)) {
        if (flowId != null && !flowId.equals(run.flowId)) continue;
        if (status != null && !status.equals(run.status())) continue;
        out.add(run);
      }
      return Reply.json(200, Pagination.page(call, out, Run::json));
    });
    r.add("GET", "/api/runs/{id}", call -> Reply.json(200, engine.run(call.principal(), call.param("id")).json()));
    r.add("GET", "/api/runs/{id}/steps", call -> {
      Run run = engine.run(call.principal(), call.param("id"));
      return Reply.json(200, Json.obj("data", run.stepsJson(), "next", null, "previous", null));
    });
    r.add("GET", "/api/runs/{id}/events", call -> {
      Run run = engine.run(call.principal(), call.param("id"));
      long after = lastEventId(call);
      if (run.terminal() && after >= run.events.lastId()) return Reply.noContent();
      return Reply.stream(run.events, after, run.id);
    });
    r.add("POST", "/api/runs/{id}/approve", call -> {
      Run run = engine.run(call.principal(), call.param("id"));
      Body b = call.body();
      engine.approve(run, b.string("step"), b.object("payload"));
      return Reply.json(200, run.json());
    });
    r.add("POST", "/api/runs/{id}/cancel", call -> {
      call.body().requireEmpty();
      Run run = engine.run(call.principal(), call.param("id"));
      engine.cancel(run);
      return Reply.json(200, run.json());
    });
    r.add("GET", "/api/dashboard/runs/latest", call -> {
      List<Run> all = engine.runs(call.principal().workspaceId);
      all.sort(Comparator.comparing(Run::created).thenComparing(Run::id).reversed());
      List<Object> data = new ArrayList<>();
      for (int i = 0; i < Math.min(8, all.size()); i++) data.add(all.get(i).json());
      return Reply.json(200, Json.obj("data", data, "next", null, "previous", null));
    });
  }

  static long lastEventId(Call call) {
    String raw = call.header("Last-Event-ID");
    if (raw == null || raw.isBlank()) return 0;
    try {
      long n = Long.parseLong(raw.trim());
      if (n >= 0) return n;
    } catch (NumberFormatException ignored) {
      // fall through
    }
    throw ApiException.field("Last-Event-ID", "must be a non-negative event id");
  }

  private static Reply trigger(Services s, Call call) {
    Body b = call.body();
    Map<String, Object> input = b.object("input");
    boolean sync = b.bool("sync", false);
    long timeoutMs = b.integer("timeoutMs", 30_000, 1, 120_000);
    String accept = call.header("Accept");
    boolean stream = b.bool("stream", false) || (accept != null && accept.contains("text/event-stream"));
    List<String> tags = b.strings("tags");
    Principal p = call.principal();
    FlowStore.Runnable flow = s.flows.runnable(p, call.param("id"));
    Run run = s.engine.create(flow, input == null ? Json.obj() : FlowStore.asMap(Json.copy(input)), tags,
        p.credentialId.startsWith("key:") ? "api" : "manual");
    if (!stream && !sync) {
      // The run as created, written before the engine starts it: "201 FlowRun (QUEUED/RUNNING)
      // at once", never one the engine finished before the answer was written.
      Reply created = Reply.json(201, run.json());
      s.engine.start(run);
      return created;
    }
    s.engine.start(run);
    if (stream) return Reply.stream(run.events, 0, run.id);
    await(s, run, timeoutMs);
    return Reply.json(200, run.json());
  }

  /** FlowAI's {@code POST /v1/api/workflow/run/{id}}: {@code {input,stream}} → {@code {output,total_time}}. */
  private static Reply flowAi(Services s, Call call) {
    Body b = call.body();
    Map<String, Object> input = b.object("input"); // the spec's FlowAiRunRequest: an object, or 400
    Map<String, Object> in = input == null ? Json.obj() : FlowStore.asMap(Json.copy(input));
    String accept = call.header("Accept");
    boolean stream = b.bool("stream", false) || (accept != null && accept.contains("text/event-stream"));
    Principal p = call.principal();
    FlowStore.Runnable flow = s.flows.runnable(p, call.param("id"));
    Run run = s.engine.trigger(flow, in, new ArrayList<>(), "api");
    if (stream) return Reply.stream(run.events, 0, run.id);
    await(s, run, 30_000);
    Map<String, Object> json = run.json();
    Object start = json.get("durationMs");
    double total = start == null ? 0 : ((Long) start) / 1000.0;
    Map<String, Object> out = Json.obj("output", json.get("output"), "total_time", total,
        "runId", run.id, "status", json.get("status"));
    return Reply.json(200, out);
  }

  private static void await(Services s, Run run, long timeoutMs) {
    try {
      s.engine.awaitEnd(run, s.platform.runWait(timeoutMs));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
