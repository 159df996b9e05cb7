package dev.flowkit.server.internal.iaiflow;

import dev.flowkit.server.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the reference server knows as IAI Flow without being told: the node catalog (the fifteen
 * types of the schemas page), the official templates, the demo flows' definitions and the agents.
 */
public final class Catalog {
  private Catalog() {}

  /** The story the demo "Story" flow tells (the same text on every platform). */
  public static final String STORY_TEXT =
      "Once upon a time, {{input.topic}} quietly changed everything for one small curious town.";

  // type, name, category, description (the schemas page's), config keys
  private static final String[][] NODES = {
    {"claude", "Claude", "ai", "Call Claude AI", "prompt,model,max_tokens"},
    {"ai.agent", "AI agent", "ai", "Multi-step agent loop", "system_prompt,tools,max_iterations"},
    {"ai.prompt", "AI prompt", "ai", "Single AI prompt", "prompt,model"},
    {"http_request", "HTTP request", "integration", "HTTP call", "url,method,headers,body"},
    {"js_transform", "JS transform", "logic", "JS transform", "fn"},
    {"condition", "Condition", "logic", "Conditional branch", "field,operator,value"},
    {"d1_query", "D1 query", "data", "D1 SQL query", "sql,params"},
    {"kv_get", "KV get", "data", "Read from KV", "key"},
    {"kv_set", "KV set", "data", "Write to KV", "key,value"},
    {"log", "Log", "utility", "Log output", "message"},
    {"manual_trigger", "Manual trigger", "trigger", "Manual start", ""},
    {"schedule", "Schedule", "trigger", "Cron trigger", "cron"},
    {"webhook", "Webhook", "trigger", "Webhook trigger", "path"},
    {"http_trigger", "HTTP trigger", "trigger", "HTTP trigger", ""},
    {"classify", "Classify", "ai", "Text classification", "categories"},
  };

  /** The node types whose name, type or description contains {@code search} and whose category is {@code category}. */
  public static List<Object> nodes(@Nullable String search, @Nullable String category) {
    List<Object> out = new ArrayList<>();
    String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
    for (String[] n : NODES) {
      if (category != null && !category.equalsIgnoreCase(n[2])) continue;
      if (needle != null && !(n[0] + " " + n[1] + " " + n[3]).toLowerCase(Locale.ROOT).contains(needle)) continue;
      out.add(Json.obj("type", n[0], "name", n[1], "category", n[2], "description", n[3],
          "config", n[4].isEmpty() ? List.of() : List.of(n[4].split(","))));
    }
    return out;
  }

  // ---- definitions ----

  private static Map<String, Object> node(String id, String type, @Nullable String name, Map<String, Object> config) {
    Map<String, Object> n = Json.obj("id", id, "type", type);
    if (name != null) n.put("name", name);
    n.put("config", config);
    return n;
  }

  private static Map<String, Object> edge(String id, String source, String target, @Nullable String condition) {
    Map<String, Object> e = Json.obj("id", id, "source", source, "target", target);
    if (condition != null) e.put("condition", condition);
    return e;
  }

  /** A chain {@code trigger → nodes…}, edges e1, e2, …. */
  private static String chain(String name, List<Map<String, Object>> nodes) {
    List<Object> all = new ArrayList<>();
    all.add(node("trigger", "manual_trigger", "Manual trigger", Json.obj()));
    all.addAll(nodes);
    List<Object> edges = new ArrayList<>();
    for (int i = 1; i < all.size(); i++) {
      edges.add(edge("e" + i, (String) ((Map<?, ?>) all.get(i - 1)).get("id"), (String) ((Map<?, ?>) all.get(i)).get("id"), null));
    }
    return Json.write(Json.obj("name", name, "nodes", all, "edges", edges));
  }

  /** The definitions of the demo flows, by the seeded flow's name. */
  public static @Nullable String demo(String flowName) {
    switch (flowName) {
      case "Hello":
        return chain("Hello", List.of(node("greet", "js_transform", "Greet",
            Json.obj("fn", "(input) => ({ greeting: `Hello, ${input.name}!` })"))));
      case "Story":
        return chain("Story", List.of(
            node("write", "ai.prompt", "Write", Json.obj("prompt", STORY_TEXT, "token_delay_ms", 20L)),
            node("summarize", "js_transform", "Summarize", Json.obj("fn", "(text) => ({ summary: text })"))));
      case "Approval":
        return Json.write(Json.obj("name", "Approval", "nodes", List.of(
            node("trigger", "manual_trigger", "Manual trigger", Json.obj()),
            node("check", "condition", "Approved?", Json.obj("field", "approved", "operator", "equals", "value", true)),
            node("approved", "log", "Approved", Json.obj("message", "Approved")),
            node("declined", "log", "Declined", Json.obj("message", "Not approved"))),
            "edges", List.of(edge("e1", "trigger", "check", null),
                edge("e2", "check", "approved", "output.result"),
                edge("e3", "check", "declined", "!output.result"))));
      case "Slow":
        return chain("Slow", List.of(node("wait", "ai.prompt", "Wait",
            Json.obj("prompt", "one two three four five six seven eight nine ten", "token_delay_ms", 200L))));
      case "Failing":
        return chain("Failing", List.of(node("fail", "js_transform", "Fail",
            Json.obj("fn", "() => { throw new Error(\"boom\") }"))));
      default:
        return null;
    }
  }

  /** The official templates: {@code {id, name, description, category, definition_json}}. */
  public static List<Object> templates() {
    List<Object> out = new ArrayList<>();
    out.add(Json.obj("id", "tpl_hello", "name", "Hello", "description", "Greets {{input.name}}",
        "category", "starter", "definition_json", demo("Hello")));
    out.add(Json.obj("id", "tpl_story", "name", "Story", "description", "Writes a short story, token by token",
        "category", "ai", "definition_json", demo("Story")));
    out.add(Json.obj("id", "tpl_fetch_branch", "name", "Fetch and branch",
        "description", "Calls a URL and logs whether it answered 2xx", "category", "integration",
        "definition_json", Json.write(Json.obj("name", "Fetch and branch", "nodes", List.of(
            node("trigger", "manual_trigger", "Manual trigger", Json.obj()),
            node("fetch", "http_request", "Fetch", Json.obj("url", "{{input.url}}", "method", "GET")),
            node("ok", "log", "OK", Json.obj("message", "{{input.url}} answered")),
            node("down", "log", "Down", Json.obj("message", "{{input.url}} failed", "level", "warn"))),
            "edges", List.of(edge("e1", "trigger", "fetch", null),
                edge("e2", "fetch", "ok", "output.status < 300"),
                edge("e3", "fetch", "down", "output.status >= 300"))))));
    return out;
  }

  /** An agent of the catalog and the definition it runs. */
  public static final class Agent {
    private final String id;
    private final String name;
    private final String description;
    private final String systemPrompt;
    private final List<String> tools;
    private final long maxIterations;
    private final String definition;

    public Agent(String id, String name, String description, String systemPrompt, List<String> tools, long maxIterations, String definition) {
      this.id = id;
      this.name = name;
      this.description = description;
      this.systemPrompt = systemPrompt;
      this.tools = tools;
      this.maxIterations = maxIterations;
      this.definition = definition;
    }

    public String id() {
      return id;
    }

    public String name() {
      return name;
    }

    public String description() {
      return description;
    }

    public String systemPrompt() {
      return systemPrompt;
    }

    public List<String> tools() {
      return tools;
    }

    public long maxIterations() {
      return maxIterations;
    }

    public String definition() {
      return definition;
    }

    /** The agent as {@code GET /api/agents} lists it. */
    public Map<String, Object> json() {
      return Json.obj("id", id, "name", name, "description", description, "system_prompt", systemPrompt,
          "tools", new ArrayList<Object>(tools), "max_iterations", maxIterations);
    }
  }

  /**
   * The agents: each runs its definition on the engine with the task's input, its memory in the
   * templates' context as {@code memory}.
   */
  public static final List<Agent> AGENTS = List.of(
      new Agent("agent_writer", "Writer", "Drafts a text for a task, in the style its memory holds",
          "You write short drafts.", List.of("ai.prompt"), 1,
          chain("Writer", List.of(node("draft", "ai.prompt", "Draft",
              Json.obj("prompt", "Draft ({{memory.style}}): {{input.task}}")),
              node("shape", "js_transform", "Shape", Json.obj("fn", "(text) => ({ draft: text.trim() })"))))),
      new Agent("agent_fetcher", "Fetcher", "Fetches a URL and reports its status and body",
          "You fetch what you are asked for.", List.of("http_request", "js_transform"), 2,
          chain("Fetcher", List.of(node("fetch", "http_request", "Fetch", Json.obj("url", "{{input.url}}", "method", "GET")),
              node("report", "js_transform", "Report",
                  Json.obj("fn", "(r) => ({ status: r.status, ok: r.status < 300, body: r.body })"))))));

  /** The agent with {@code id}, or null. */
  public static @Nullable Agent agent(String id) {
    for (Agent a : AGENTS) {
      if (a.id().equals(id)) return a;
    }
    return null;
  }
}
