package dev.flowkit.server.internal;

import static dev.flowkit.server.internal.ApErrors.integer;
import static dev.flowkit.server.internal.ApErrors.nullableString;
import static dev.flowkit.server.internal.ApErrors.object;
import static dev.flowkit.server.internal.ApErrors.oneOf;
import static dev.flowkit.server.internal.ApErrors.optString;
import static dev.flowkit.server.internal.ApErrors.schema;
import static dev.flowkit.server.internal.ApErrors.string;
import static dev.flowkit.server.internal.ApErrors.strings;
import static dev.flowkit.server.internal.ApErrors.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Activepieces' flow operations ({@code POST /v1/flows/{id} {type, request}}, its {@code
 * FlowOperationRequest}) on the reference server's flows: the step tree edits of its {@code
 * flows/operations} (add, update, move, duplicate, delete actions; add, duplicate, move, delete
 * router branches; skip), publishing and locking, and the flow's name, status, folder, metadata,
 * owner, notes and sample data. Steps are Activepieces' JSON: {@code {name, valid, displayName,
 * type, settings, nextAction}}, a loop's body in {@code firstLoopAction}, a router's branches in
 * {@code children}.
 */
final class ApFlowOps {
  static final Set<String> TRIGGER_TYPES = new HashSet<>(Arrays.asList("EMPTY", "PIECE_TRIGGER"));
  static final Set<String> ACTION_TYPES = new HashSet<>(Arrays.asList("CODE", "PIECE", "LOOP_ON_ITEMS", "ROUTER"));
  static final List<String> TYPES = Arrays.asList("LOCK_AND_PUBLISH", "CHANGE_STATUS", "LOCK_FLOW", "CHANGE_FOLDER",
      "CHANGE_NAME", "MOVE_ACTION", "IMPORT_FLOW", "UPDATE_TRIGGER", "ADD_ACTION", "UPDATE_ACTION", "DELETE_ACTION",
      "DUPLICATE_ACTION", "USE_AS_DRAFT", "DELETE_BRANCH", "ADD_BRANCH", "DUPLICATE_BRANCH", "SET_SKIP_ACTION",
      "UPDATE_METADATA", "MOVE_BRANCH", "SAVE_SAMPLE_DATA", "UPDATE_MINUTES_SAVED", "UPDATE_OWNER", "UPDATE_NOTE",
      "DELETE_NOTE", "ADD_NOTE", "UPDATE_SAMPLE_DATA_INFO");
  private static final Set<String> FLOW_LEVEL = new HashSet<>(Arrays.asList("CHANGE_STATUS", "CHANGE_FOLDER",
      "UPDATE_METADATA", "UPDATE_MINUTES_SAVED", "UPDATE_OWNER", "LOCK_AND_PUBLISH", "LOCK_FLOW"));

  private final ApStore store;

  ApFlowOps(ApStore store) {
    this.store = store;
  }

  /** Applies {@code body} ({@code {type, request}}) to the flow and returns the updated flow. */
  Map<String, Object> apply(String projectId, String flowId, Map<String, Object> body) {
    String type = oneOf(string(body, "body", "type"), "body/type", TYPES.toArray(new String[0]));
    Map<String, Object> req = object(body.get("request"), "body/request");
    String path = "body/request";
    synchronized (store) {
      StoredDoc flow = store.find(ApStore.FLOW, projectId, flowId);
      Map<String, Object> version = FLOW_LEVEL.contains(type) ? store.current(flowId) : draft(flowId);
      Map<String, Object> trigger = FlowStore.asMap(version.get("trigger"));
      switch (type) {
        case "LOCK_AND_PUBLISH": {
          String status = optString(req, path, "status");
          if (status != null) oneOf(status, path + "/status", "ENABLED", "DISABLED");
          if (!allValid(trigger) || "EMPTY".equals(trigger.get("type"))) {
            throw validation("Flow version " + version.get("id") + " is not valid: every step must be valid and the"
                + " trigger chosen before it is published");
          }
          version.put("state", "LOCKED");
          flow.fields.put("publishedVersionId", version.get("id"));
          flow.fields.put("status", status == null ? "ENABLED" : status);
          break;
        }
        case "CHANGE_STATUS": {
          String status = oneOf(string(req, path, "status"), path + "/status", "ENABLED", "DISABLED");
          if (status.equals("ENABLED") && flow.fields.get("publishedVersionId") == null) {
            throw validation("Flow " + flowId + " has no published version; LOCK_AND_PUBLISH it first");
          }
          flow.fields.put("status", status);
          break;
        }
        case "LOCK_FLOW":
          version.put("state", "LOCKED");
          break;
        case "CHANGE_FOLDER": {
          if (!req.containsKey("folderId")) throw schema(path + " must have required property 'folderId'");
          String folderId = nullableString(req, path, "folderId");
          if (folderId != null) store.find(ApStore.FOLDER, projectId, folderId);
          flow.fields.put("folderId", folderId);
          break;
        }
        case "CHANGE_NAME":
          version.put("displayName", string(req, path, "displayName"));
          break;
        case "IMPORT_FLOW": {
          Map<String, Object> imported = step(req.get("trigger"), path + "/trigger", true, true);
          checkUniqueNames(imported);
          version.put("displayName", string(req, path, "displayName"));
          version.put("trigger", imported);
          version.put("schemaVersion", nullableString(req, path, "schemaVersion"));
          if (req.get("notes") instanceof List) version.put("notes", Json.copy(req.get("notes")));
          break;
        }
        case "UPDATE_TRIGGER": {
          Map<String, Object> next = step(req, path, true, false);
          link(next, "nextAction", trigger.get("nextAction"));
          trigger.clear();
          trigger.putAll(next);
          break;
        }
        case "ADD_ACTION": {
          Map<String, Object> action = step(req.get("action"), path + "/action", false, false);
          String parent = string(req, path, "parentStep");
          if (find(trigger, (String) action.get("name")) != null) {
            throw validation("A step named " + action.get("name") + " already exists in the flow");
          }
          insert(trigger, parent, location(req, path, "stepLocationRelativeToParent"), branchIndex(req, path), action);
          break;
        }
        case "UPDATE_ACTION": {
          Map<String, Object> action = step(req, path, false, false);
          Map<String, Object> old = findAction(trigger, (String) action.get("name"));
          for (String k : new String[] {"type", "displayName", "valid", "settings", "skip"}) {
            if (action.containsKey(k)) old.put(k, action.get(k));
          }
          shape(old);
          break;
        }
        case "DELETE_ACTION": {
          List<String> names = req.containsKey("names") ? strings(req, path, "names")
              : java.util.Collections.singletonList(string(req, path, "names"));
          for (String name : names) detach(trigger, findAction(trigger, name), true);
          break;
        }
        case "MOVE_ACTION": {
          Map<String, Object> moved = findAction(trigger, string(req, path, "name"));
          String parent = string(req, path, "newParentStep");
          if (parent.equals(moved.get("name")) || contains(moved, parent, false)) {
            throw validation("Step " + moved.get("name") + " cannot move into itself");
          }
          detach(trigger, moved, false);
          insert(trigger, parent, location(req, path, "stepLocationRelativeToNewParent"), branchIndex(req, path), moved);
          break;
        }
        case "DUPLICATE_ACTION": {
          Map<String, Object> original = findAction(trigger, string(req, path, "stepName"));
          Map<String, Object> copy = renamed(FlowStore.asMap(Json.copy(original)), trigger);
          link(copy, "nextAction", original.get("nextAction"));
          original.put("nextAction", copy);
          break;
        }
        case "USE_AS_DRAFT": {
          Map<String, Object> source = store.version(flowId, string(req, path, "versionId"));
          version.put("trigger", Json.copy(source.get("trigger")));
          version.put("displayName", source.get("displayName"));
          break;
        }
        case "ADD_BRANCH": {
          Map<String, Object> router = router(trigger, string(req, path, "stepName"));
          int index = integer(req, path, "branchIndex");
          List<Object> branches = branches(router);
          if (index < 0 || index > branches.size()) throw validation("branchIndex " + index + " is out of range");
          Object conditions = req.containsKey("conditions") ? Json.copy(req.get("conditions"))
              : Json.copy(Arrays.asList(Arrays.asList(Json.obj("firstValue", "", "secondValue", "",
                  "operator", "TEXT_CONTAINS", "caseSensitive", false))));
          branches.add(index, Json.obj("conditions", conditions, "branchType", "CONDITION",
              "branchName", string(req, path, "branchName")));
          children(router).add(index, null);
          break;
        }
        case "DELETE_BRANCH": {
          Map<String, Object> router = router(trigger, string(req, path, "stepName"));
          int index = branch(router, integer(req, path, "branchIndex"));
          branches(router).remove(index);
          children(router).remove(index);
          break;
        }
        case "DUPLICATE_BRANCH": {
          Map<String, Object> router = router(trigger, string(req, path, "stepName"));
          int index = branch(router, integer(req, path, "branchIndex"));
          Map<String, Object> copy = FlowStore.asMap(Json.copy(branches(router).get(index)));
          copy.put("branchName", copy.get("branchName") + " Copy");
          copy.put("branchType", "CONDITION");
          Object child = children(router).get(index);
          branches(router).add(index + 1, copy);
          children(router).add(index + 1, child == null ? null : renamed(FlowStore.asMap(Json.copy(child)), trigger));
          break;
        }
        case "MOVE_BRANCH": {
          Map<String, Object> router = router(trigger, string(req, path, "stepName"));
          int from = branch(router, integer(req, path, "sourceBranchIndex"));
          int to = branch(router, integer(req, path, "targetBranchIndex"));
          branches(router).add(to, branches(router).remove(from));
          children(router).add(to, children(router).remove(from));
          break;
        }
        case "SET_SKIP_ACTION": {
          Object skip = req.get("skip");
          if (!(skip instanceof Boolean)) throw schema(path + "/skip must be boolean");
          for (String name : strings(req, path, "names")) findAction(trigger, name).put("skip", skip);
          break;
        }
        case "UPDATE_METADATA":
          if (!req.containsKey("metadata")) throw schema(path + " must have required property 'metadata'");
          flow.fields.put("metadata", req.get("metadata") == null ? null : Json.copy(object(req.get("metadata"), path + "/metadata")));
          break;
        case "UPDATE_MINUTES_SAVED":
          if (!req.containsKey("timeSavedPerRun")) throw schema(path + " must have required property 'timeSavedPerRun'");
          flow.fields.put("timeSavedPerRun", req.get("timeSavedPerRun") == null ? null : integer(req, path, "timeSavedPerRun"));
          break;
        case "UPDATE_OWNER":
          flow.fields.put("ownerId", string(req, path, "ownerId"));
          break;
        case "ADD_NOTE":
        case "UPDATE_NOTE": {
          String id = string(req, path, "id");
          string(req, path, "content");
          oneOf(string(req, path, "color"), path + "/color", "orange", "red", "green", "blue", "purple", "yellow");
          object(req.get("position"), path + "/position");
          object(req.get("size"), path + "/size");
          List<Object> notes = notes(version);
          Map<String, Object> existing = note(notes, id);
          String now = Json.time(store.platform.now());
          Map<String, Object> note = FlowStore.asMap(Json.copy(req));
          note.put("createdAt", existing == null ? now : existing.get("createdAt"));
          note.put("updatedAt", now);
          if (type.equals("ADD_NOTE")) {
            if (existing != null) throw validation("A note with id " + id + " already exists");
            notes.add(note);
          } else {
            if (existing == null) throw ApErrors.notFound("Note", id);
            notes.set(notes.indexOf(existing), note);
          }
          break;
        }
        case "DELETE_NOTE": {
          String id = string(req, path, "id");
          Map<String, Object> existing = note(notes(version), id);
          if (existing == null) throw ApErrors.notFound("Note", id);
          notes(version).remove(existing);
          break;
        }
        case "SAVE_SAMPLE_DATA": {
          Map<String, Object> s = findStep(trigger, string(req, path, "stepName"));
          String fileType = oneOf(string(req, path, "type"), path + "/type", "INPUT", "OUTPUT");
          String fileId = store.platform.id("file");
          Map<String, Object> settings = FlowStore.asMap(s.get("settings"));
          Map<String, Object> sample = settings.get("sampleData") instanceof Map
              ? FlowStore.asMap(settings.get("sampleData")) : new LinkedHashMap<>();
          sample.put(fileType.equals("OUTPUT") ? "sampleDataFileId" : "sampleDataInputFileId", fileId);
          sample.put("lastTestDate", Json.time(store.platform.now()));
          settings.put("sampleData", sample);
          break;
        }
        case "UPDATE_SAMPLE_DATA_INFO": {
          Map<String, Object> s = findStep(trigger, string(req, path, "stepName"));
          Object settings = req.get("sampleDataSettings");
          FlowStore.asMap(s.get("settings")).put("sampleData", settings == null ? null
              : Json.copy(object(settings, path + "/sampleDataSettings")));
          break;
        }
        default:
          throw schema("body/type must be equal to one of the allowed values");
      }
      version.put("updated", Json.time(store.platform.now()));
      store.touch(flow);
      return store.flowJson(flow, null);
    }
  }

  /** The flow's draft: the current version if it is a DRAFT, else a new DRAFT copied from it. */
  private Map<String, Object> draft(String flowId) {
    Map<String, Object> current = store.current(flowId);
    if ("DRAFT".equals(current.get("state"))) return current;
    Map<String, Object> copy = store.newVersion(flowId, (String) current.get("displayName"),
        FlowStore.asMap(Json.copy(current.get("trigger"))));
    copy.put("notes", Json.copy(current.get("notes")));
    store.versions.get(flowId).add(copy);
    return copy;
  }

  // ---- steps ----

  /**
   * A validated copy of the step at {@code path}: a trigger ({@code EMPTY}, {@code PIECE_TRIGGER})
   * or an action ({@code CODE}, {@code PIECE}, {@code LOOP_ON_ITEMS}, {@code ROUTER}); with {@code
   * deep}, what follows it too.
   */
  static Map<String, Object> step(@Nullable Object raw, String path, boolean trigger, boolean deep) {
    Map<String, Object> in = object(raw, path);
    String name = string(in, path, "name");
    String type = string(in, path, "type");
    if (trigger ? !TRIGGER_TYPES.contains(type) : !ACTION_TYPES.contains(type)) {
      throw schema(path + "/type must be equal to one of the allowed values: "
          + String.join(", ", trigger ? TRIGGER_TYPES : ACTION_TYPES));
    }
    string(in, path, "displayName");
    if (!(in.get("valid") instanceof Boolean)) {
      throw schema(in.containsKey("valid") ? path + "/valid must be boolean" : path + " must have required property 'valid'");
    }
    Map<String, Object> settings = FlowStore.asMap(Json.copy(in.containsKey("settings") || type.equals("EMPTY")
        ? (in.get("settings") == null ? Json.obj() : object(in.get("settings"), path + "/settings"))
        : object(null, path + "/settings")));
    String sp = path + "/settings";
    switch (type) {
      case "PIECE_TRIGGER":
      case "PIECE":
        string(settings, sp, "pieceName");
        string(settings, sp, "pieceVersion");
        object(settings.get("input"), sp + "/input");
        if (type.equals("PIECE_TRIGGER")) string(settings, sp, "triggerName");
        break;
      case "CODE":
        Map<String, Object> source = object(settings.get("sourceCode"), sp + "/sourceCode");
        string(source, sp + "/sourceCode", "code");
        string(source, sp + "/sourceCode", "packageJson");
        object(settings.get("input"), sp + "/input");
        break;
      case "LOOP_ON_ITEMS":
        string(settings, sp, "items");
        break;
      case "ROUTER": {
        oneOf(string(settings, sp, "executionType"), sp + "/executionType", "EXECUTE_FIRST_MATCH", "EXECUTE_ALL_MATCH");
        Object branches = settings.get("branches");
        if (!(branches instanceof List)) throw schema(sp + " must have required property 'branches'");
        int i = 0;
        for (Object b : (List<?>) branches) {
          Map<String, Object> branch = object(b, sp + "/branches/" + i);
          string(branch, sp + "/branches/" + i, "branchName");
          String kind = oneOf(string(branch, sp + "/branches/" + i, "branchType"), sp + "/branches/" + i + "/branchType",
              "CONDITION", "FALLBACK");
          if (kind.equals("CONDITION") && !(branch.get("conditions") instanceof List)) {
            throw schema(sp + "/branches/" + i + " must have required property 'conditions'");
          }
          i++;
        }
        break;
      }
      default:
        break;
    }
    Map<String, Object> out = Json.obj("name", name, "valid", in.get("valid"), "displayName", in.get("displayName"),
        "type", type, "settings", settings);
    if (in.get("skip") instanceof Boolean) out.put("skip", in.get("skip"));
    if (deep) {
      if (in.get("nextAction") != null) out.put("nextAction", step(in.get("nextAction"), path + "/nextAction", false, true));
      if (type.equals("LOOP_ON_ITEMS") && in.get("firstLoopAction") != null) {
        out.put("firstLoopAction", step(in.get("firstLoopAction"), path + "/firstLoopAction", false, true));
      }
      if (type.equals("ROUTER") && in.get("children") instanceof List) {
        List<Object> children = new ArrayList<>();
        int i = 0;
        for (Object c : (List<?>) in.get("children")) {
          children.add(c == null ? null : step(c, path + "/children/" + i, false, true));
          i++;
        }
        out.put("children", children);
      }
    }
    shape(out);
    return out;
  }

  /** Gives a router one child slot per branch, and drops what its type cannot have. */
  private static void shape(Map<String, Object> step) {
    String type = String.valueOf(step.get("type"));
    if (!type.equals("LOOP_ON_ITEMS")) step.remove("firstLoopAction");
    if (type.equals("ROUTER")) {
      int n = FlowStore.asMap(step.get("settings")).get("branches") instanceof List
          ? ((List<?>) FlowStore.asMap(step.get("settings")).get("branches")).size() : 0;
      List<Object> children = step.get("children") instanceof List ? new ArrayList<>((List<?>) step.get("children"))
          : new ArrayList<>();
      while (children.size() < n) children.add(null);
      while (children.size() > n) children.remove(children.size() - 1);
      step.put("children", children);
    } else {
      step.remove("children");
    }
  }

  /** Whether every step of the tree is valid, as Activepieces computes a version's {@code valid}. */
  static boolean allValid(@Nullable Map<String, Object> step) {
    if (step == null) return true;
    if (!Boolean.TRUE.equals(step.get("valid"))) return false;
    for (Map<String, Object> child : inside(step)) {
      if (!allValid(child)) return false;
    }
    return allValid(next(step));
  }

  /** The steps directly inside a step: a loop's first action, a router's children. */
  static List<Map<String, Object>> inside(Map<String, Object> step) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (step.get("firstLoopAction") instanceof Map) out.add(FlowStore.asMap(step.get("firstLoopAction")));
    if (step.get("children") instanceof List) {
      for (Object c : (List<?>) step.get("children")) {
        if (c instanceof Map) out.add(FlowStore.asMap(c));
      }
    }
    return out;
  }

  static @Nullable Map<String, Object> next(Map<String, Object> step) {
    Object n = step.get("nextAction");
    return n instanceof Map ? FlowStore.asMap(n) : null;
  }

  /** The step named {@code name} anywhere in the tree under (and after) {@code step}, or null. */
  static @Nullable Map<String, Object> find(@Nullable Map<String, Object> step, String name) {
    for (Map<String, Object> s = step; s != null; s = next(s)) {
      if (name.equals(s.get("name"))) return s;
      for (Map<String, Object> child : inside(s)) {
        Map<String, Object> found = find(child, name);
        if (found != null) return found;
      }
    }
    return null;
  }

  private static boolean contains(Map<String, Object> step, String name, boolean withNext) {
    for (Map<String, Object> child : inside(step)) {
      if (find(child, name) != null) return true;
    }
    return withNext && find(next(step), name) != null;
  }

  private static Map<String, Object> findStep(Map<String, Object> trigger, String name) {
    Map<String, Object> s = find(trigger, name);
    if (s == null) throw ApErrors.notFound("Step", name);
    return s;
  }

  private static Map<String, Object> findAction(Map<String, Object> trigger, String name) {
    Map<String, Object> s = findStep(trigger, name);
    if (s == trigger) throw validation("The trigger is not an action: " + name);
    return s;
  }

  private static Map<String, Object> router(Map<String, Object> trigger, String name) {
    Map<String, Object> s = findAction(trigger, name);
    if (!"ROUTER".equals(s.get("type"))) throw validation("Step " + name + " is not a router");
    return s;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> branches(Map<String, Object> router) {
    return (List<Object>) FlowStore.asMap(router.get("settings")).get("branches");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> children(Map<String, Object> router) {
    return (List<Object>) router.get("children");
  }

  private static int branch(Map<String, Object> router, int index) {
    if (index < 0 || index >= branches(router).size()) throw validation("branchIndex " + index + " is out of range");
    return index;
  }

  private static String location(Map<String, Object> req, String path, String field) {
    String l = optString(req, path, field);
    return l == null ? "AFTER" : oneOf(l, path + "/" + field, "AFTER", "INSIDE_LOOP", "INSIDE_BRANCH");
  }

  private static @Nullable Integer branchIndex(Map<String, Object> req, String path) {
    return req.containsKey("branchIndex") ? integer(req, path, "branchIndex") : null;
  }

  /** Puts {@code action} (alone, its old successors dropped) at {@code location} of {@code parentName}. */
  private static void insert(Map<String, Object> trigger, String parentName, String location,
      @Nullable Integer branchIndex, Map<String, Object> action) {
    Map<String, Object> parent = findStep(trigger, parentName);
    switch (location) {
      case "INSIDE_LOOP":
        if (!"LOOP_ON_ITEMS".equals(parent.get("type"))) throw validation("Step " + parentName + " is not a loop");
        link(action, "nextAction", parent.get("firstLoopAction"));
        parent.put("firstLoopAction", action);
        break;
      case "INSIDE_BRANCH": {
        if (!"ROUTER".equals(parent.get("type"))) throw validation("Step " + parentName + " is not a router");
        if (branchIndex == null) throw validation("branchIndex is required to add inside a branch");
        int i = branch(parent, branchIndex);
        link(action, "nextAction", children(parent).get(i));
        children(parent).set(i, action);
        break;
      }
      default:
        link(action, "nextAction", parent.get("nextAction"));
        parent.put("nextAction", action);
        break;
    }
  }

  /**
   * Takes {@code step} out of the tree; what followed it follows its predecessor. With {@code
   * dropInside} its loop body or branches go too (a delete); else they move with it.
   */
  private static void detach(Map<String, Object> trigger, Map<String, Object> step, boolean dropInside) {
    Object after = step.get("nextAction");
    if (!replaceLink(trigger, step, after)) throw ApErrors.notFound("Step", String.valueOf(step.get("name")));
    step.remove("nextAction");
    if (dropInside) {
      step.remove("firstLoopAction");
      step.remove("children");
    }
  }

  /** Links {@code step}'s {@code key} to {@code next}; with none the key is left out, as Activepieces leaves it. */
  private static void link(Map<String, Object> step, String key, @Nullable Object next) {
    if (next == null) {
      step.remove(key);
    } else {
      step.put(key, next);
    }
  }

  /** Replaces the link to {@code target} (a nextAction, firstLoopAction or child) with {@code replacement}. */
  private static boolean replaceLink(@Nullable Map<String, Object> from, Map<String, Object> target,
      @Nullable Object replacement) {
    for (Map<String, Object> s = from; s != null; s = next(s)) {
      if (s.get("nextAction") == target) {
        link(s, "nextAction", replacement);
        return true;
      }
      if (s.get("firstLoopAction") == target) {
        link(s, "firstLoopAction", replacement);
        return true;
      }
      if (s.get("children") instanceof List) {
        List<Object> children = children(s);
        for (int i = 0; i < children.size(); i++) {
          if (children.get(i) == target) {
            children.set(i, replacement);
            return true;
          }
        }
      }
      for (Map<String, Object> child : inside(s)) {
        if (replaceLink(child, target, replacement)) return true;
      }
    }
    return false;
  }

  /** {@code copy} with fresh {@code step_N} names throughout (its own tree, not what follows it). */
  private static Map<String, Object> renamed(Map<String, Object> copy, Map<String, Object> trigger) {
    copy.remove("nextAction");
    Set<String> taken = new HashSet<>(names(trigger));
    rename(copy, taken);
    return copy;
  }

  private static void rename(@Nullable Map<String, Object> step, Set<String> taken) {
    for (Map<String, Object> s = step; s != null; s = next(s)) {
      int n = 1;
      while (taken.contains("step_" + n)) n++;
      s.put("name", "step_" + n);
      taken.add("step_" + n);
      for (Map<String, Object> child : inside(s)) rename(child, taken);
    }
  }

  static List<String> names(@Nullable Map<String, Object> step) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> s = step; s != null; s = next(s)) {
      out.add(String.valueOf(s.get("name")));
      for (Map<String, Object> child : inside(s)) out.addAll(names(child));
    }
    return out;
  }

  private static void checkUniqueNames(Map<String, Object> trigger) {
    Set<String> seen = new HashSet<>();
    for (String n : names(trigger)) {
      if (!seen.add(n)) throw validation("Step name " + n + " is used twice in the flow");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> notes(Map<String, Object> version) {
    if (!(version.get("notes") instanceof List)) version.put("notes", new ArrayList<>());
    return (List<Object>) version.get("notes");
  }

  private static @Nullable Map<String, Object> note(List<Object> notes, String id) {
    for (Object n : notes) {
      if (n instanceof Map && id.equals(((Map<?, ?>) n).get("id"))) return FlowStore.asMap(n);
    }
    return null;
  }
}
