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
      Set.of("SET", "DELAY", "FAIL", "LLM", "APPROVAL", "BRANCH");

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

  /** Validates a step chain and returns a normalized deep copy; errors name the field. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> normalize(Object raw, String field, boolean trigger) {
    if (!(raw instanceof Map)) throw ApiException.field(field, "must be an object");
    Body b = new Body((Map<String, Object>) raw, field + ".");
    String name = b.requiredString("name");
    String type = b.requiredString("type");
    if (trigger ? !TRIGGER_TYPES.contains(type) : !ACTION_TYPES.contains(type)) {
      throw ApiException.field(field + ".type", "unknown " + (trigger ? "trigger" : "action")
          + " type '" + type + "'");
    }
    String displayName = b.string("displayName");
    Map<String, Object> settings = b.object("settings");
    settings = settings == null ? new LinkedHashMap<>() : (Map<String, Object>) Json.copy(settings);
    Body s = new Body(settings, field + ".settings.");
    switch (type) {
      case "DELAY":
        s.integer("ms", 0, 0, 600_000);
        break;
      case "LLM":
        s.requiredString("text");
        s.integer("tokenDelayMs", 0, 0, 60_000);
        break;
      case "FAIL":
        s.string("message");
        break;
      case "SET":
        s.object("values");
        break;
      case "BRANCH":
        s.requiredString("condition");
        for (String arm : new String[] {"onTrue", "onFalse"}) {
          if (settings.get(arm) != null) {
            settings.put(arm, normalize(settings.get(arm), field + ".settings." + arm, false));
          }
        }
        break;
      default:
        break;
    }
    Map<String, Object> out = step(name, type, displayName == null ? name : displayName, settings);
    if (b.raw().get("nextAction") != null) {
      out.put("nextAction", normalize(b.raw().get("nextAction"), field + ".nextAction", false));
    }
    if (field.indexOf('.') < 0) checkUniqueNames(out, field);
    return out;
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
