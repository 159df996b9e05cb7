package dev.flowkit.server.internal;

import dev.flowkit.server.internal.FlowStore.Flow;
import dev.flowkit.server.internal.FlowStore.Version;
import java.util.Map;

/** {@code POST /api/flows/{id}} operations and {@code PUT /api/flows/{id}}. */
public final class FlowOperations {
  private final FlowStore store;

  public FlowOperations(FlowStore store) {
    this.store = store;
  }

  /** Applies {@code {type, request}} and returns the updated flow. */
  public Map<String, Object> apply(Principal p, String id, Body body) {
    String type = body.requiredString("type");
    Body req = body.has("request") ? body.nested("request") : new Body(new java.util.LinkedHashMap<>(), "request.");
    synchronized (store) {
      Flow f = store.flow(p, id);
      switch (type) {
        case "CHANGE_NAME": {
          String name = req.requiredString("displayName");
          Version d = store.draft(f);
          d.displayName = name;
          store.touch(f, d);
          break;
        }
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
          String folderId = req.string("folderId");
          if (folderId != null) store.folder(p, folderId);
          f.folderId = folderId;
          store.touch(f, null);
          break;
        }
        case "UPDATE_TRIGGER": {
          Map<String, Object> trigger = Steps.normalize(req.requiredObject("trigger"), "request.trigger", true);
          Version d = store.draft(f);
          if (!req.requiredObject("trigger").containsKey("nextAction")) {
            trigger.put("nextAction", d.trigger.get("nextAction"));
          }
          checkNames(trigger);
          d.trigger = trigger;
          store.touch(f, d);
          break;
        }
        case "ADD_ACTION": {
          String parent = req.requiredString("parentStep");
          Map<String, Object> action = Steps.normalize(req.requiredObject("action"), "request.action", false);
          Version d = store.draft(f);
          d.trigger = Steps.insertAfter(FlowStore.asMap(Json.copy(d.trigger)), parent, action);
          store.touch(f, d);
          break;
        }
        case "UPDATE_ACTION": {
          Map<String, Object> action = Steps.normalize(req.requiredObject("action"), "request.action", false);
          Version d = store.draft(f);
          d.trigger = Steps.replace(FlowStore.asMap(Json.copy(d.trigger)), action);
          checkNames(d.trigger);
          store.touch(f, d);
          break;
        }
        case "DELETE_ACTION": {
          String name = req.requiredString("name");
          Version d = store.draft(f);
          d.trigger = Steps.delete(FlowStore.asMap(Json.copy(d.trigger)), name);
          store.touch(f, d);
          break;
        }
        case "LOCK_AND_PUBLISH": {
          Version cur = f.current();
          cur.state = "LOCKED";
          f.publishedVersionId = cur.id;
          f.status = "ENABLED";
          store.touch(f, cur);
          break;
        }
        case "USE_AS_DRAFT": {
          String versionId = req.requiredString("versionId");
          Version source = null;
          for (Version v : f.versions) {
            if (v.id.equals(versionId)) source = v;
          }
          if (source == null) throw ApiException.notFound("VERSION_NOT_FOUND", "Version", versionId);
          Map<String, Object> trigger = FlowStore.asMap(Json.copy(source.trigger));
          String name = source.displayName;
          Version d = store.draft(f);
          d.trigger = trigger;
          d.displayName = name;
          store.touch(f, d);
          break;
        }
        case "IMPORT_FLOW": {
          String name = req.requiredString("displayName");
          Map<String, Object> trigger = Steps.normalize(req.requiredObject("trigger"), "request.trigger", true);
          Version d = store.draft(f);
          d.displayName = name;
          d.trigger = trigger;
          store.touch(f, d);
          break;
        }
        default:
          throw ApiException.field("type", "unknown operation '" + type + "'");
      }
      return store.json(f);
    }
  }

  /** {@code PUT}: replaces the draft's name and/or step chain. */
  public Map<String, Object> replaceDraft(Principal p, String id, Body body) {
    String name = body.requiredString("displayName");
    Map<String, Object> trigger = Steps.normalize(body.requiredObject("trigger"), "trigger", true);
    synchronized (store) {
      Flow f = store.flow(p, id);
      Version d = store.draft(f);
      d.displayName = name;
      d.trigger = trigger;
      if (body.has("folderId")) {
        String folderId = body.string("folderId");
        store.folder(p, folderId);
        f.folderId = folderId;
      }
      store.touch(f, d);
      return store.json(f);
    }
  }

  private static void checkNames(Map<String, Object> trigger) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String n : Steps.allNames(trigger)) {
      if (!seen.add(n)) throw ApiException.conflict("CONFLICT", "Step name '" + n + "' is used twice");
    }
  }
}
