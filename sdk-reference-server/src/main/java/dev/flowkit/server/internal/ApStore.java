package dev.flowkit.server.internal;

import static dev.flowkit.server.internal.ApErrors.notFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Activepieces' resources for the reference server, in its shapes: flows and their versions,
 * folders, app connections, MCP servers, tables with fields and records, user invitations and
 * the events triggers received. Each resource is its JSON object; lists are Activepieces' seek
 * pages ({@code {data, next, previous}}, 10 by default, newest first). Thread-safe: every method
 * locks the store.
 */
public final class ApStore {
  /** The kinds of resource, each its own id space. */
  static final String FLOW = "Flow";
  static final String FOLDER = "Folder";
  static final String CONNECTION = "AppConnection";
  static final String MCP = "McpServer";
  static final String TABLE = "Table";
  static final String FIELD = "Field";
  static final String RECORD = "Record";
  static final String INVITATION = "UserInvitation";
  static final String TRIGGER_EVENT = "TriggerEvent";

  final Platform platform;
  private final Map<String, Map<String, StoredDoc>> kinds = new LinkedHashMap<>();
  /** Flow id to its versions, oldest first; the last is the current one. */
  final Map<String, List<Map<String, Object>>> versions = new LinkedHashMap<>();

  public ApStore(Platform platform) {
    this.platform = platform;
  }

  Map<String, StoredDoc> kind(String kind) {
    return kinds.computeIfAbsent(kind, k -> new LinkedHashMap<>());
  }

  /** A new resource of {@code kind} in {@code projectId}: {@code fields} plus id, created, updated. */
  synchronized StoredDoc add(String kind, String prefix, String projectId, Map<String, Object> fields) {
    Instant now = platform.now();
    String id = platform.id(prefix);
    Map<String, Object> all = Json.obj("id", id, "created", Json.time(now), "updated", Json.time(now));
    all.putAll(fields);
    StoredDoc d = new StoredDoc(id, now, projectId, all);
    kind(kind).put(id, d);
    return d;
  }

  /** The resource {@code id} of {@code kind} in the caller's project, or 404 ENTITY_NOT_FOUND. */
  synchronized StoredDoc find(String kind, String projectId, String id) {
    StoredDoc d = kind(kind).get(id);
    if (d == null || !d.owner.equals(projectId)) throw notFound(kind, id);
    return d;
  }

  synchronized Map<String, Object> get(String kind, String projectId, String id) {
    return find(kind, projectId, id).json();
  }

  synchronized void touch(StoredDoc d) {
    d.fields.put("updated", Json.time(platform.now()));
  }

  synchronized StoredDoc remove(String kind, String projectId, String id) {
    StoredDoc d = find(kind, projectId, id);
    kind(kind).remove(id);
    return d;
  }

  /** The resources of {@code kind} in {@code projectId} that {@code filter} keeps, newest first. */
  synchronized List<StoredDoc> all(String kind, String projectId, Predicate<StoredDoc> filter) {
    List<StoredDoc> out = new ArrayList<>();
    for (StoredDoc d : kind(kind).values()) {
      if (d.owner.equals(projectId) && filter.test(d)) out.add(d);
    }
    return out;
  }

  /** A seek page of {@code items}: {@code ?limit=} (10 by default) and the opaque {@code ?cursor=}. */
  static <T extends Pagination.Item> Map<String, Object> page(Call call, List<T> items,
      java.util.function.Function<T, Object> render) {
    String raw = call.url.queryParameter("limit");
    if (raw != null && !raw.isEmpty()) {
      try {
        double limit = Double.parseDouble(raw);
        if (!(limit >= 1) || limit != Math.rint(limit)) throw ApErrors.schema("querystring/limit must be >= 1");
      } catch (NumberFormatException e) {
        throw ApErrors.schema("querystring/limit must be number");
      }
    }
    String cursor = call.url.queryParameter("cursor");
    if (cursor != null && !cursor.isEmpty()) {
      try {
        Pagination.decode(cursor);
      } catch (ApiException e) {
        throw ApErrors.schema("querystring/cursor is not a cursor of this list");
      }
    }
    int limit = raw == null || raw.isEmpty() ? 10 : (int) Math.min(Double.parseDouble(raw), 10_000);
    return Pagination.pageOf(call, items, render, limit);
  }

  // ---- flows ----

  /** The empty trigger of a new flow, as Activepieces creates it. */
  static Map<String, Object> emptyTrigger() {
    return Json.obj("name", "trigger", "valid", false, "displayName", "Select Trigger", "type", "EMPTY",
        "settings", Json.obj());
  }

  synchronized StoredDoc createFlow(String projectId, String displayName, @Nullable String folderId,
      @Nullable Map<String, Object> metadata) {
    if (folderId != null) find(FOLDER, projectId, folderId);
    StoredDoc flow = add(FLOW, "flow", projectId, Json.obj("projectId", projectId, "externalId", null,
        "folderId", folderId, "status", "DISABLED", "publishedVersionId", null, "metadata", metadata,
        "operationStatus", "NONE"));
    flow.fields.put("externalId", flow.id);
    List<Map<String, Object>> list = new ArrayList<>();
    list.add(newVersion(flow.id, displayName, emptyTrigger()));
    versions.put(flow.id, list);
    return flow;
  }

  Map<String, Object> newVersion(String flowId, String displayName, Map<String, Object> trigger) {
    String now = Json.time(platform.now());
    return Json.obj("id", platform.id("fv"), "created", now, "updated", now, "flowId", flowId,
        "displayName", displayName, "trigger", trigger, "updatedBy", null, "valid", false, "schemaVersion", null,
        "agentIds", new ArrayList<>(), "state", "DRAFT", "connectionIds", new ArrayList<>(), "backupFiles", null,
        "notes", new ArrayList<>());
  }

  /** The flow's current version. */
  synchronized Map<String, Object> current(String flowId) {
    List<Map<String, Object>> list = versions.get(flowId);
    return list.get(list.size() - 1);
  }

  /** The flow's version {@code versionId}, or 404. */
  synchronized Map<String, Object> version(String flowId, String versionId) {
    for (Map<String, Object> v : versions.get(flowId)) {
      if (versionId.equals(v.get("id"))) return v;
    }
    throw notFound("FlowVersion", versionId);
  }

  /** A flow with its current (or given) version, as Activepieces' {@code PopulatedFlow}. */
  synchronized Map<String, Object> flowJson(StoredDoc flow, @Nullable String versionId) {
    Map<String, Object> json = flow.json();
    Map<String, Object> v = FlowStore.asMap(Json.copy(versionId == null ? current(flow.id) : version(flow.id, versionId)));
    v.put("valid", ApFlowOps.allValid(FlowStore.asMap(v.get("trigger"))));
    json.put("version", v);
    return json;
  }

  synchronized Map<String, Object> listFlows(Call call, String projectId) {
    List<String> statuses = call.url.queryParameterValues("status");
    for (String s : statuses) ApErrors.oneOf(s, "querystring/status", "ENABLED", "DISABLED");
    String folderId = call.query("folderId");
    String name = call.query("name");
    List<StoredDoc> flows = all(FLOW, projectId, d -> (statuses.isEmpty() || statuses.contains(d.fields.get("status")))
        && (folderId == null || folderId.equals(d.fields.get("folderId")))
        && (name == null || String.valueOf(current(d.id).get("displayName")).toLowerCase(Locale.ROOT)
            .contains(name.toLowerCase(Locale.ROOT))));
    return page(call, flows, d -> flowJson(d, null));
  }

  synchronized void deleteFlow(String projectId, String id) {
    remove(FLOW, projectId, id);
    versions.remove(id);
  }

  // ---- folders ----

  synchronized Map<String, Object> folderJson(StoredDoc folder) {
    Map<String, Object> json = folder.json();
    json.put("numberOfFlows", all(FLOW, folder.owner, f -> folder.id.equals(f.fields.get("folderId"))).size());
    return json;
  }

  synchronized void deleteFolder(String projectId, String id) {
    remove(FOLDER, projectId, id);
    for (StoredDoc f : all(FLOW, projectId, f -> id.equals(f.fields.get("folderId")))) f.fields.put("folderId", null);
  }

  // ---- app connections ----

  /**
   * Creates the connection, or updates the one with the same {@code externalId}; its {@code value}
   * is kept apart and never answered.
   */
  synchronized StoredDoc upsertConnection(String projectId, String platformId, Map<String, Object> body) {
    String externalId = (String) body.get("externalId");
    for (StoredDoc d : all(CONNECTION, projectId, d -> externalId.equals(d.fields.get("externalId")))) {
      d.fields.put("displayName", body.get("displayName"));
      d.fields.put("type", body.get("type"));
      d.fields.put("status", "ACTIVE");
      touch(d);
      return d;
    }
    List<Object> projects = new ArrayList<>();
    projects.add(projectId);
    return add(CONNECTION, "conn", projectId, Json.obj("externalId", externalId, "displayName", body.get("displayName"),
        "type", body.get("type"), "pieceName", body.get("pieceName"), "projectIds", projects, "platformId", platformId,
        "scope", "PROJECT", "status", "ACTIVE", "ownerId", null, "owner", null, "metadata", null, "flowIds",
        new ArrayList<>()));
  }

  // ---- MCP servers ----

  synchronized StoredDoc createMcp(String projectId, @Nullable String name) {
    return add(MCP, "mcp", projectId, Json.obj("name", name == null ? "MCP Server" : name, "projectId", projectId,
        "token", platform.secret("mcpt"), "externalId", platform.id("mcpx"), "tools", new ArrayList<>()));
  }

  synchronized Map<String, Object> rotateMcp(String projectId, String id) {
    StoredDoc d = find(MCP, projectId, id);
    d.fields.put("token", platform.secret("mcpt"));
    touch(d);
    return d.json();
  }

  // ---- tables, fields and records ----

  synchronized void deleteTable(String projectId, String id) {
    remove(TABLE, projectId, id);
    for (StoredDoc f : all(FIELD, projectId, f -> id.equals(f.fields.get("tableId")))) kind(FIELD).remove(f.id);
    for (StoredDoc r : all(RECORD, projectId, r -> id.equals(r.fields.get("tableId")))) kind(RECORD).remove(r.id);
  }

  /** A record with its cells by field id, each {@code {value, fieldName, created, updated}}. */
  synchronized Map<String, Object> recordJson(StoredDoc record) {
    Map<String, Object> json = record.json();
    Map<String, Object> cells = new LinkedHashMap<>();
    Map<String, Object> values = FlowStore.asMap(json.remove("values"));
    for (Map.Entry<String, Object> e : values.entrySet()) {
      StoredDoc field = kind(FIELD).get(e.getKey());
      if (field == null) continue; // the field was deleted
      cells.put(e.getKey(), Json.obj("updated", json.get("updated"), "created", json.get("created"),
          "value", e.getValue(), "fieldName", field.fields.get("name")));
    }
    json.put("cells", cells);
    return json;
  }

  /** Sets the record's cells ({@code [{fieldId, value}]}), checking every field is the table's. */
  synchronized void setCells(StoredDoc record, String projectId, String tableId, List<?> cells, String path) {
    Map<String, Object> values = FlowStore.asMap(record.fields.get("values"));
    int i = 0;
    for (Object c : cells) {
      Map<String, Object> cell = ApErrors.object(c, path + "/" + i);
      String fieldId = ApErrors.string(cell, path + "/" + i, "fieldId");
      Object value = cell.get("value");
      StoredDoc field = kind(FIELD).get(fieldId);
      if (field == null || !field.owner.equals(projectId) || !tableId.equals(field.fields.get("tableId"))) {
        throw notFound(FIELD, fieldId);
      }
      values.put(fieldId, value == null ? null : value instanceof String ? value : Json.write(value));
      i++;
    }
  }
}
