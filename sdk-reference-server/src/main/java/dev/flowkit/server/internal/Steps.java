package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Step chains: {@code {name,type,displayName,settings,nextAction}} maps. Validates them and edits
 * the main chain (insert, replace, delete by name).
 */
public final class Steps {
  public static final Set<String> TRIGGER_TYPES = Set.of("MANUAL", "WEBHOOK", "SCHEDULE");
  public static final Set<String> ACTION_TYPES =
      Set.of("SET", "DELAY", "FAIL", "LLM", "APPROVAL", "BRANCH", "HTTP");
  /** The methods an HTTP step may use. */
  public static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

  private Steps() {}

  /** A MANUAL trigger named {@code trigger} with no actions. */
  public static Map<String, Object> defaultTrigger() {
    return step("trigger", "MANUAL", "Manual trigger", new LinkedHashMap<>());
  }

  public static Map<String, Object> step(String name, String type, String displayName,
      Map<String, Object> settings) {
    return Json.obj("name", name, "type", type, "displayName", displayName, "settings", settings,
        "nextAction", null);
  }

  /**
   * Validates a step chain as the spec's {@code TriggerStep} (or {@code ActionStep}) describes it
   * and returns a normalized deep copy; errors name the field. Each type's settings are checked
   * for the keys that type reads; other keys are kept as given.
   */
  public static Map<String, Object> normalize(Object raw, String field, boolean trigger) {
    Map<String, Object> out = normalizeStep(raw, field, trigger);
    checkUniqueNames(out, field);
    checkDepth(out, field);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> normalizeStep(Object raw, String field, boolean trigger) {
    if (!(raw instanceof Map)) throw ApiException.field(field, "must be an object");
    Body b = new Body((Map<String, Object>) raw, field + ".");
    String name = b.requiredString("name");
    String type = b.requiredString("type");
    if (trigger && !TRIGGER_TYPES.contains(type)) {
      throw ApiException.field(field + ".type", (ACTION_TYPES.contains(type) ? "'" + type
          + "' is an action type; a trigger" : "unknown trigger type '" + type + "'; a trigger")
          + " is one of " + sorted(TRIGGER_TYPES));
    }
    if (!trigger && !ACTION_TYPES.contains(type)) {
      throw ApiException.field(field + ".type", (TRIGGER_TYPES.contains(type) ? "'" + type
          + "' is a trigger type; an action" : "unknown action type '" + type + "'; an action")
          + " is one of " + sorted(ACTION_TYPES));
    }
    String displayName = b.string("displayName");
    Map<String, Object> settings = b.object("settings");
    settings = settings == null ? new LinkedHashMap<>() : (Map<String, Object>) Json.copy(settings);
    checkSettings(type, settings, field + ".settings");
    Map<String, Object> out = step(name, type, displayName == null ? name : displayName, settings);
    Map<String, Object> next = b.nullableObject("nextAction");
    if (next != null) out.put("nextAction", normalizeStep(next, field + ".nextAction", false));
    return out;
  }

  /** The settings each type reads, checked as its settings schema in the spec has them. */
  private static void checkSettings(String type, Map<String, Object> settings, String field) {
    Body s = new Body(settings, field + ".");
    switch (type) {
      case "SET":
        s.object("values");
        break;
      case "DELAY":
        s.integer("ms", 0, 0, 600_000);
        break;
      case "FAIL":
        s.string("message");
        break;
      case "LLM":
        s.requiredString("text");
        s.integer("tokenDelayMs", 0, 0, 60_000);
        break;
      case "BRANCH": {
        Object condition = settings.get("condition");
        if (!(condition instanceof String) && !(condition instanceof Boolean)) {
          throw ApiException.field(field + ".condition", condition == null && !settings.containsKey("condition")
              ? "required" : "must be a string or a boolean");
        }
        for (String arm : new String[] {"onTrue", "onFalse"}) {
          Map<String, Object> chain = s.nullableObject(arm);
          if (chain != null) settings.put(arm, normalizeStep(chain, field + "." + arm, false));
        }
        break;
      }
      case "HTTP": {
        s.requiredString("url");
        s.oneOf("method", HTTP_METHODS.stream().sorted().toArray(String[]::new));
        Map<String, Object> headers = s.object("headers");
        if (headers != null) {
          for (Map.Entry<String, Object> h : headers.entrySet()) {
            if (!(h.getValue() instanceof String)) {
              throw ApiException.field(field + ".headers." + h.getKey(), "must be a string");
            }
          }
        }
        s.integer("timeoutMs", HttpStep.DEFAULT_TIMEOUT_MS, 1, HttpStep.MAX_TIMEOUT_MS);
        break;
      }
      default: // APPROVAL and the triggers read no settings
        break;
    }
  }

  /**
   * A flow's steps must stay renderable inside every answer that carries them, so the chain may
   * not nest deeper than {@link Json#MAX_DEPTH} (a chain of more than about 90 steps, or branches
   * inside branches that deep).
   */
  public static void checkDepth(Map<String, Object> chain, String field) {
    if (Json.depth(chain) > Json.MAX_DEPTH) {
      throw ApiException.field(field, "steps nest deeper than " + Json.MAX_DEPTH
          + " levels; split the flow or shorten its chain");
    }
  }

  private static String sorted(Set<String> types) {
    return String.join(", ", new java.util.TreeSet<>(types));
  }

  private static void checkUniqueNames(Map<String, Object> chain, String field) {
    Set<String> seen = new LinkedHashSet<>();
    for (String n : allNames(chain)) {
      if (!seen.add(n)) {
        throw new ApiException(409, "CONFLICT", "Step name '" + n + "' is used twice in " + field,
            Json.obj("field", field, "reason", "duplicate step name", "name", n), null, -1);
      }
    }
  }

  /** Every step name in the chain, including branch arms. */
  @SuppressWarnings("unchecked")
  public static List<String> allNames(@Nullable Map<String, Object> step) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> s = step; s != null; s = (Map<String, Object>) s.get("nextAction")) {
      out.add((String) s.get("name"));
      Map<String, Object> settings = (Map<String, Object>) s.get("settings");
      if ("BRANCH".equals(s.get("type")) && settings != null) {
        out.addAll(allNames((Map<String, Object>) settings.get("onTrue")));
        out.addAll(allNames((Map<String, Object>) settings.get("onFalse")));
      }
    }
    return out;
  }

  /** The main chain as a list (each element's nextAction is ignored). */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> chain(Map<String, Object> trigger) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> s = trigger; s != null; s = (Map<String, Object>) s.get("nextAction")) {
      out.add(s);
    }
    return out;
  }

  static Map<String, Object> link(List<Map<String, Object>> steps) {
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).put("nextAction", i + 1 < steps.size() ? steps.get(i + 1) : null);
    }
    return steps.get(0);
  }

  /** Inserts {@code action} after the step named {@code parent}. */
  public static Map<String, Object> insertAfter(Map<String, Object> trigger, String parent,
      Map<String, Object> action) {
    for (String n : allNames(action)) {
      if (allNames(trigger).contains(n)) {
        throw ApiException.conflict("CONFLICT", "A step named '" + n + "' already exists");
      }
    }
    List<Map<String, Object>> steps = chain(trigger);
    List<Map<String, Object>> added = chain(action);
    for (int i = 0; i < steps.size(); i++) {
      if (parent.equals(steps.get(i).get("name"))) {
        steps.addAll(i + 1, added);
        return link(steps);
      }
    }
    throw ApiException.notFound("STEP_NOT_FOUND", "Step", parent);
  }

  /** Replaces the step with the same name, keeping the chain after it. */
  public static Map<String, Object> replace(Map<String, Object> trigger, Map<String, Object> action) {
    List<Map<String, Object>> steps = chain(trigger);
    for (int i = 1; i < steps.size(); i++) {
      if (action.get("name").equals(steps.get(i).get("name"))) {
        action.put("nextAction", null);
        steps.set(i, action);
        return link(steps);
      }
    }
    throw ApiException.notFound("STEP_NOT_FOUND", "Step", String.valueOf(action.get("name")));
  }

  public static Map<String, Object> delete(Map<String, Object> trigger, String name) {
    List<Map<String, Object>> steps = chain(trigger);
    for (int i = 1; i < steps.size(); i++) {
      if (name.equals(steps.get(i).get("name"))) {
        steps.remove(i);
        return link(steps);
      }
    }
    throw ApiException.notFound("STEP_NOT_FOUND", "Step", name);
  }
}
