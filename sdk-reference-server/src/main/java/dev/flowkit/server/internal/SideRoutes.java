package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The seeds' side surfaces: health, metrics, logs, nodes, agents, templates, KV, channels, … */
public final class SideRoutes {
  private SideRoutes() {}

  public static void register(Router r, Services s) {
    SideStore st = s.side;
    r.addPublic("GET", "/api/health", call ->
        Reply.json(200, Json.obj("ok", true, "ts", Json.time(s.platform.now()))));
    r.add("GET", "/api/metrics", call -> Reply.json(200, s.engine.metrics(call.principal().workspaceId)));

    // logs: posted entries plus each run's events
    r.add("GET", "/api/logs", call -> Reply.json(200, st.page(call, call.principal(), "logs", "runId", call.query("runId"))));
    r.add("POST", "/api/logs", call -> {
      Body b = call.body();
      b.presentString("message"); // the spec allows an empty message
      b.oneOf("level", "DEBUG", "INFO", "WARN", "ERROR");
      b.string("runId");
      return Reply.json(201, st.put(call.principal(), "logs", "log", b.raw(), null));
    });
    r.add("GET", "/api/logs/{runId}", call -> {
      Run run = s.engine.run(call.principal(), call.param("runId"));
      List<Object> data = new ArrayList<>();
      for (EventLog.Event e : run.events.snapshot()) {
        data.add(Json.obj("runId", run.id, "seq", e.id, "type", e.type, "data", e.value()));
      }
      for (StoredDoc d : st.all(call.principal(), "logs", "runId", run.id)) data.add(d.json());
      return Reply.json(200, Json.obj("data", data, "next", null, "previous", null));
    });

    // node catalog and templates
    r.add("GET", "/api/nodes", call -> Reply.json(200, Json.obj("data", nodes(call), "next", null, "previous", null)));
    r.add("GET", "/api/templates", call -> Reply.json(200, Json.obj("data", templates("displayName"),
        "next", null, "previous", null)));

    // agents
    r.add("GET", "/api/agents", call -> Reply.json(200, Json.obj("data", List.of(
        Json.obj("id", "agent_echo", "name", "Echo", "description", "Answers with its input")),
        "next", null, "previous", null)));
    r.add("POST", "/api/agent/run", call -> {
      Body b = call.body();
      String agentId = b.requiredString("agentId");
      Map<String, Object> entry = st.put(call.principal(), "agent-logs", "log",
          Json.obj("agentId", agentId, "input", b.raw().get("input"), "output", b.raw().get("input"),
              "status", "SUCCEEDED"), null);
      return Reply.json(200, entry);
    });
    r.add("GET", "/api/agent/logs", call ->
        Reply.json(200, st.page(call, call.principal(), "agent-logs", "agentId", call.query("agentId"))));
    r.add("GET", "/api/agent/memory", call ->
        Reply.json(200, st.page(call, call.principal(), "agent-memory", "agentId", call.query("agentId"))));
    r.add("POST", "/api/agent/memory", call -> {
      Body b = call.body();
      b.requiredString("key");
      b.string("agentId");
      return Reply.json(201, st.put(call.principal(), "agent-memory", "mem", b.raw(), null));
    });

    // KV
    r.add("GET", "/api/kv", call -> Reply.json(200, st.page(call, call.principal(), "kv", null, null)));
    r.add("POST", "/api/kv", call -> {
      Body b = call.body();
      String key = b.requiredString("key");
      if (!b.raw().containsKey("value")) throw ApiException.field("value", "required");
      return Reply.json(200, st.put(call.principal(), "kv", "kv", Json.obj("key", key, "value", b.raw().get("value")), key));
    });
    r.add("DELETE", "/api/kv/{key}", call -> {
      st.delete(call.principal(), "kv", call.param("key"));
      return Reply.noContent();
    });

    // channels, schedules, groups: plain CRUD
    String[][] crud = {{"channels", "chn"}, {"schedules", "sch"}, {"groups", "grp"}};
    for (String[] c : crud) {
      String coll = c[0];
      String base = "/api/" + coll;
      r.add("GET", base, call -> Reply.json(200, st.page(call, call.principal(), coll, null, null)));
      r.add("POST", base, call -> {
        Body b = call.body();
        b.requiredString("name");
        return Reply.json(201, st.put(call.principal(), coll, c[1], b.raw(), null));
      });
      r.add("GET", base + "/{id}", call -> Reply.json(200, st.get(call.principal(), coll, call.param("id"))));
      r.add("PUT", base + "/{id}", call -> {
        Body b = call.body();
        if (b.has("name")) b.requiredString("name"); // a document keeps a name
        return Reply.json(200, st.update(call.principal(), coll, call.param("id"), b.raw()));
      });
      r.add("DELETE", base + "/{id}", call -> {
        st.delete(call.principal(), coll, call.param("id"));
        return Reply.noContent();
      });
    }
  }

  private static List<Object> nodes(Call call) {
    String search = call.query("search");
    String category = call.query("category");
    List<Object> data = new ArrayList<>();
    for (String[] n : NODES) {
      if (category != null && !category.equalsIgnoreCase(n[1])) continue;
      if (search != null && !(n[0] + " " + n[2]).toLowerCase(Locale.ROOT)
          .contains(search.toLowerCase(Locale.ROOT))) continue;
      data.add(Json.obj("type", n[0], "category", n[1], "description", n[2]));
    }
    return data;
  }

  private static List<Object> templates(String nameField) {
    List<Object> data = new ArrayList<>();
    data.add(Json.obj("id", "tpl_hello", nameField, "Hello", "description", "Greets {{input.name}}"));
    data.add(Json.obj("id", "tpl_story", nameField, "Story", "description", "Streams a short story"));
    data.add(Json.obj("id", "tpl_approval", nameField, "Approval", "description", "Waits for a human"));
    return data;
  }

  private static final String[][] NODES = {
    {"MANUAL", "trigger", "Starts a run when triggered by hand or API"},
    {"WEBHOOK", "trigger", "Starts a run from an HTTP call"},
    {"SCHEDULE", "trigger", "Starts a run on a schedule"},
    {"SET", "core", "Outputs its templated values"},
    {"DELAY", "core", "Waits ms milliseconds"},
    {"FAIL", "core", "Fails the run with a message"},
    {"LLM", "ai", "Streams text token by token"},
    {"APPROVAL", "core", "Pauses until approved"},
    {"BRANCH", "core", "Runs onTrue or onFalse by a condition"},
    {"HTTP", "core", "Calls a URL and outputs its status, headers and body"},
  };
}
