package dev.flowkit.server.internal;

import dev.flowkit.server.internal.FlowStore.Flow;
import dev.flowkit.server.internal.FlowStore.Version;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/flows/{id}} operations and {@code PUT /api/flows/{id}}. Each edit is worked
 * out and checked in full before anything changes: a refused edit leaves the flow, its versions
 * and its timestamps exactly as they were.
 */
public final class FlowOperations {
  private final FlowStore store;

  public FlowOperations(FlowStore store) {
    this.store = store;
  }

  /** Applies {@code {type, request}} and returns the updated flow. */
  public Map<String, Object> apply(Principal p, String id, Body body) {
    String type = body.requiredString("type");
    Body req = body.has("request") ? body.nested("request") : new Body(new LinkedHashMap<>(), "request.");
    synchronized (store) {
      Flow f = store.flow(p, id);
      Version cur = f.current();
      switch (type) {
        case "CHANGE_NAME":
          edit(f, req.requiredString("displayName"), null);
          break;
        case "CHANGE_STATUS": {
          String status = req.oneOf("status", "ENABLED", "DISABLED");
          if (status == null) throw ApiException.field("request.status", "required");
          if (status.equals("ENABLED") && f.publishedVersionId == null) {
            throw ApiException.conflict("CONFLICT", "Flow " + id + " has no published version; "
                + "LOCK_AND_PUBLISH it first");
          }
          f.status = status;
          store.touch(f, null);
          break;
        }
        case "CHANGE_FOLDER": {
          if (!req.has("folderId")) throw ApiException.field("request.folderId", "required (null un-files the flow)");
          String folderId = req.nullableString("folderId");
          if (folderId != null) store.folder(p, folderId);
          f.folderId = folderId;
          store.touch(f, null);
          break;
        }
        case "UPDATE_TRIGGER": {
          Map<String, Object> sent = req.requiredObject("trigger");
          Map<String, Object> trigger = Steps.normalize(sent, "request.trigger", true);
          if (!sent.containsKey("nextAction")) {
            trigger.put("nextAction", Json.copy(cur.trigger.get("nextAction")));
          }
          edit(f, null, checked(trigger, "request.trigger"));
          break;
        }
        case "ADD_ACTION": {
          String parent = req.requiredString("parentStep");
          Map<String, Object> action = Steps.normalize(req.requiredObject("action"), "request.action", false);
          edit(f, null, checked(Steps.insertAfter(copy(cur.trigger), parent, action), "request.action"));
          break;
        }
        case "UPDATE_ACTION": {
          Map<String, Object> action = Steps.normalize(req.requiredObject("action"), "request.action", false);
          edit(f, null, checked(Steps.replace(copy(cur.trigger), action), "request.action"));
          break;
        }
        case "DELETE_ACTION":
          edit(f, null, Steps.delete(copy(cur.trigger), req.requiredString("name")));
          break;
        case "LOCK_AND_PUBLISH":
          cur.state = "LOCKED";
          f.publishedVersionId = cur.id;
          f.status = "ENABLED";
          store.touch(f, cur);
          break;
        case "USE_AS_DRAFT": {
          String versionId = req.requiredString("versionId");
          Version source = null;
          for (Version v : f.versions) {
            if (v.id.equals(versionId)) source = v;
          }
          if (source == null) throw ApiException.notFound("VERSION_NOT_FOUND", "Version", versionId);
          edit(f, source.displayName, copy(source.trigger));
          break;
        }
        case "IMPORT_FLOW": {
          String name = req.requiredString("displayName");
          edit(f, name, Steps.normalize(req.requiredObject("trigger"), "request.trigger", true));
          break;
        }
        default:
          throw ApiException.field("type", "unknown operation '" + type + "'; use one of CHANGE_NAME, "
              + "CHANGE_STATUS, CHANGE_FOLDER, UPDATE_TRIGGER, ADD_ACTION, UPDATE_ACTION, DELETE_ACTION, "
              + "LOCK_AND_PUBLISH, USE_AS_DRAFT, IMPORT_FLOW");
      }
      return store.json(f);
    }
  }

  /** {@code PUT}: replaces the draft's name and step chain. */
  public Map<String, Object> replaceDraft(Principal p, String id, Body body) {
    String name = body.requiredString("displayName");
    Map<String, Object> trigger = Steps.normalize(body.requiredObject("trigger"), "trigger", true);
    synchronized (store) {
      Flow f = store.flow(p, id);
      edit(f, name, trigger);
      return store.json(f);
    }
  }

  /**
   * The one place a draft changes: the current version if it is a DRAFT, else a new DRAFT copied
   * from it (a LOCKED version never changes). Callers have checked everything before.
   */
  private void edit(Flow f, @Nullable String displayName, @Nullable Map<String, Object> trigger) {
    Version d = store.draft(f);
    if (displayName != null) d.displayName = displayName;
    if (trigger != null) d.trigger = trigger;
    store.touch(f, d);
  }

  private static Map<String, Object> copy(Map<String, Object> trigger) {
    return FlowStore.asMap(Json.copy(trigger));
  }

  /** Step names stay unique across the whole flow, and the chain renderable. */
  private static Map<String, Object> checked(Map<String, Object> trigger, String field) {
    Set<String> seen = new HashSet<>();
    for (String n : Steps.allNames(trigger)) {
      if (!seen.add(n)) throw ApiException.conflict("CONFLICT", "Step name '" + n + "' is used twice");
    }
    Steps.checkDepth(trigger, field);
    return trigger;
  }
}
