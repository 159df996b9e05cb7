package dev.flowkit.server.internal.iaiflow;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Body;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.FlowStore;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Pagination;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Run;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rest of IAI Flow's API reference: logs ({@code GET/POST /api/logs},
 * {@code GET /api/logs/{runId}}), the node catalog, agents (list, run, their logs and memory),
 * templates and metrics. Lists are {@code {"items":[…]}}, newest first, {@code ?limit=} 1..500
 * (default 50); one resource is answered bare.
 */
public final class IaiSideRoutes {
  /** How long {@code POST /api/agent/run} waits for the agent's run to end before answering. */
  static final long AGENT_WAIT_MILLIS = 30_000;
  private static final List<String> LEVELS = List.of("debug", "info", "warn", "error");

  private IaiSideRoutes() {}

  public static void register(Router r, IaiFlow iai) {
    r.add("GET", "/api/metrics", call -> {
      long total = 0;
      long ok = 0;
      long failed = 0;
      Instant last = null;
      for (Run run : iai.flowRuns(call.principal())) {
        total++;
        String status = IaiFlow.status(run.status());
        if (status.equals("success")) ok++;
        if (status.equals("failed")) failed++;
        if (last == null || run.created().isAfter(last)) last = run.created();
      }
      return Reply.json(200, Json.obj("total_runs", total, "success_runs", ok, "failed_runs", failed,
          "last_run_at", last == null ? null : Json.time(last)));
    });

    r.add("GET", "/api/logs", call -> {
      String runId = call.query("run_id");
      return items(iai.logs.newestFirst(call.principal().workspaceId, runId, limit(call)));
    });
    r.add("POST", "/api/logs", call -> {
      Body b = call.body();
      String message = b.requiredString("message");
      String level = b.oneOf("level", LEVELS.toArray(new String[0]));
      String runId = b.string("run_id");
      if (runId != null) iai.services.engine.run(call.principal(), runId);
      String nodeId = b.string("node_id");
      return Reply.json(201, iai.logs.write(call.principal().workspaceId, runId, level == null ? "info" : level,
          message, nodeId, b.raw().get("data")));
    });
    r.add("GET", "/api/logs/{runId}", call -> {
      Run run = iai.services.engine.run(call.principal(), call.param("runId"));
      return items(iai.logs.ofRun(run.id()));
    });

    r.add("GET", "/api/nodes", call -> items(Catalog.nodes(call.query("search"), call.query("category"))));
    r.add("GET", "/api/templates", call -> items(Catalog.templates()));

    r.add("GET", "/api/agents", call -> {
      List<Object> out = new ArrayList<>();
      for (Catalog.Agent a : Catalog.AGENTS) out.add(a.json());
      return items(out);
    });
    r.add("POST", "/api/agent/run", call -> {
      Body b = call.body();
      Catalog.Agent agent = IaiFlow.agent(b.requiredString("agent_id"));
      Map<String, Object> input = b.object("input");
      input = input == null ? Json.obj() : FlowStore.asMap(Json.copy(input));
      String task = b.string("task");
      if (task != null) input.put("task", task);
      Principal p = call.principal();
      Map<String, Object> record = iai.startAgent(p, agent, input);
      try {
        iai.services.engine.awaitEnd(iai.services.engine.run(p, (String) record.get("run_id")), AGENT_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Reply.json(200, iai.agentRunJson(record, p));
    });
    r.add("GET", "/api/agent/logs", call -> {
      String agentId = call.query("agent_id");
      List<Object> out = new ArrayList<>();
      for (Map<String, Object> record : iai.agentRuns(call.principal(), agentId, limit(call))) {
        out.add(iai.agentRunJson(record, call.principal()));
      }
      return items(out);
    });
    r.add("GET", "/api/agent/memory", call ->
        items(iai.memory(call.principal(), call.query("agent_id"), limit(call))));
    r.add("POST", "/api/agent/memory", call -> {
      Body b = call.body();
      String agentId = IaiFlow.agent(b.requiredString("agent_id")).id();
      String key = b.requiredString("key");
      if (!b.raw().containsKey("value")) throw ApiException.field("value", "required (any JSON value)");
      String runId = b.string("run_id");
      if (runId != null) iai.services.engine.run(call.principal(), runId);
      Map<String, Object> written = iai.writeMemory(call.principal(), agentId, key, b.raw().get("value"), runId);
      return Reply.json(Boolean.TRUE.equals(written.get("created")) ? 201 : 200, written.get("entry"));
    });
  }

  private static int limit(Call call) {
    return Pagination.limit(call.query("limit"), 50, 500);
  }

  private static Reply items(List<?> items) {
    return Reply.json(200, Json.obj("items", items));
  }
}
