package dev.flowkit.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The seeded users, API key and flows. */
public final class DemoData {
  /** What was seeded. */
  public static final class Seeded {
    private final String demoApiKey;
    private final Map<String, String> flowIds;
    private final Principal owner;

    public Seeded(String demoApiKey, Map<String, String> flowIds, Principal owner) {
      this.demoApiKey = demoApiKey;
      this.flowIds = flowIds;
      this.owner = owner;
    }

    /** The demo user, who owns the seeded flows. */
    public Principal owner() {
      return owner;
    }

    public String demoApiKey() {
      return demoApiKey;
    }

    public Map<String, String> flowIds() {
      return flowIds;
    }

    /** The same demo data with a platform's own flows instead of the contract's. */
    public Seeded withFlowIds(Map<String, String> ids) {
      return new Seeded(demoApiKey, ids, owner);
    }
  }

  public static final String STORY_TEXT =
      "Once upon a time, {{input.topic}} quietly changed everything for one small curious town.";

  private DemoData() {}

  /** Users are always seeded; flows and the key only when {@code flows} is true. */
  public static Seeded seed(Services s, boolean flows) {
    AuthStore.User demo = s.auth.addUser("demo@flowkit.dev", "demo-password", "Demo User", "Demo Workspace");
    s.auth.addUser("other@flowkit.dev", "other-password", "Other User", "Other Workspace");
    Principal p = new Principal(demo.id, demo.workspaceId, demo.projectId, "seed");
    Map<String, String> ids = new LinkedHashMap<>();
    if (!flows) return new Seeded(s.auth.createKey(demo.id, "seeded demo key").key, ids, p);
    String key = s.auth.createKey(demo.id, "seeded demo key").key;
    ids.put("Hello", s.flows.seedPublished(p, "Hello", chain(
        set("greet", Json.obj("greeting", "Hello, {{input.name}}!")))));
    ids.put("Story", s.flows.seedPublished(p, "Story", chain(
        set("prepare", Json.obj("topic", "{{input.topic}}")),
        Steps.step("write", "LLM", "Write", Json.obj("text", STORY_TEXT, "tokenDelayMs", 20L)),
        set("summarize", Json.obj("summary", "{{steps.write.output}}")))));
    ids.put("Approval", s.flows.seedPublished(p, "Approval", chain(
        Steps.step("approve", "APPROVAL", "Approve", Json.obj()),
        set("done", Json.obj("approved", true)))));
    ids.put("Slow", s.flows.seedPublished(p, "Slow", chain(
        Steps.step("wait", "DELAY", "Wait", Json.obj("ms", 2000L)),
        set("done", Json.obj("done", true)))));
    ids.put("Failing", s.flows.seedPublished(p, "Failing", chain(
        Steps.step("fail", "FAIL", "Fail", Json.obj("message", "boom")))));
    return new Seeded(key, ids, p);
  }

  private static Map<String, Object> set(String name, Map<String, Object> values) {
    return Steps.step(name, "SET", name, Json.obj("values", values));
  }

  @SafeVarargs
  private static Map<String, Object> chain(Map<String, Object>... actions) {
    java.util.List<Map<String, Object>> steps = new java.util.ArrayList<>();
    steps.add(Steps.defaultTrigger());
    for (Map<String, Object> a : actions) steps.add(a);
    return Steps.link(steps);
  }
}
