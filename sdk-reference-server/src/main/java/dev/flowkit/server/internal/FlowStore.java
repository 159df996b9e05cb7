package dev.flowkit.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Flows, their versions, and folders. Thread-safe: every method locks the store. */
public final class FlowStore {
  /** A flow; the last version is the current one. */
  public static final class Flow implements Pagination.Item {
    final String id;
    final Instant created;
    Instant updated;
    final String workspaceId;
    final String projectId;
    @Nullable String externalId;
    @Nullable String folderId;
    String status = "DISABLED";
    @Nullable String publishedVersionId;
    final List<Version> versions = new ArrayList<>();

    Flow(String id, Instant created, String workspaceId, String projectId) {
      this.id = id;
      this.created = created;
      this.updated = created;
      this.workspaceId = workspaceId;
      this.projectId = projectId;
    }

    @Override public Instant created() {
      return created;
    }

    @Override public String id() {
      return id;
    }

    Version current() {
      return versions.get(versions.size() - 1);
    }
  }

  /** A version of a flow: DRAFT (editable) or LOCKED. */
  public static final class Version implements Pagination.Item {
    final String id;
    final Instant created;
    Instant updated;
    final String flowId;
    String displayName;
    String state = "DRAFT";
    Map<String, Object> trigger;

    Version(String id, Instant created, String flowId, String displayName, Map<String, Object> trigger) {
      this.id = id;
      this.created = created;
      this.updated = created;
      this.flowId = flowId;
      this.displayName = displayName;
      this.trigger = trigger;
    }

    @Override public Instant created() {
      return created;
    }

    @Override public String id() {
      return id;
    }

    Map<String, Object> json() {
      return Json.obj("id", id, "created", Json.time(created), "updated", Json.time(updated),
          "flowId", flowId, "displayName", displayName, "state", state, "valid", true,
          "trigger", Json.copy(trigger));
    }
  }

  /** A folder of flows. */
  public static final class Folder implements Pagination.Item {
    final String id;
    final Instant created;
    Instant updated;
    final String workspaceId;
    final String projectId;
    String displayName;
    long displayOrder;

    Folder(String id, Instant created, String workspaceId, String projectId, String displayName) {
      this.id = id;
      this.created = created;
      this.updated = created;
      this.workspaceId = workspaceId;
      this.projectId = projectId;
      this.displayName = displayName;
    }

    @Override public Instant created() {
      return created;
    }

    @Override public String id() {
      return id;
    }
  }

  /** What a run needs from a flow at trigger time. */
  public static final class Runnable {
    public final String flowId;
    public final String versionId;
    public final String projectId;
    public final String workspaceId;
    public final String displayName;
    public final Map<String, Object> trigger;

    Runnable(Flow f, Version v) {
      this(f.id, v.id, f.projectId, f.workspaceId, v.displayName, asMap(Json.copy(v.trigger)));
    }

    /** A flow version of a platform's own store, to run on the shared engine. */
    Runnable(String flowId, String versionId, String projectId, String workspaceId, String displayName,
        Map<String, Object> trigger) {
      this.flowId = flowId;
      this.versionId = versionId;
      this.projectId = projectId;
      this.workspaceId = workspaceId;
      this.displayName = displayName;
      this.trigger = trigger;
    }
  }

  final Platform platform;
  final Map<String, Flow> flows = new LinkedHashMap<>();
  final Map<String, Folder> folders = new LinkedHashMap<>();

  public FlowStore(Platform platform) {
    this.platform = platform;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> asMap(@Nullable Object o) {
    return (Map<String, Object>) o;
  }

  /** A project other than the caller's own is another workspace's: 403. */
  public static void checkProject(Principal p, @Nullable String projectId) {
    if (projectId != null && !projectId.equals(p.projectId)) throw ApiException.forbidden("Project", projectId);
  }

  // ---- flows ----

  public synchronized Map<String, Object> create(Principal p, String displayName,
      @Nullable String folderId, @Nullable Map<String, Object> trigger, @Nullable String externalId) {
    if (folderId != null) folder(p, folderId);
    Instant now = platform.now();
    Flow f = new Flow(platform.id("flow"), now, p.workspaceId, p.projectId);
    f.folderId = folderId;
    f.externalId = externalId;
    f.versions.add(new Version(platform.id("fv"), now, f.id, displayName,
        trigger == null ? Steps.defaultTrigger() : trigger));
    flows.put(f.id, f);
    return json(f);
  }

  /** Seeds a published, enabled flow; returns its id. */
  public synchronized String seedPublished(Principal p, String displayName, Map<String, Object> trigger) {
    String id = (String) create(p, displayName, null, trigger, null).get("id");
    Flow f = flows.get(id);
    f.current().state = "LOCKED";
    f.publishedVersionId = f.current().id;
    f.status = "ENABLED";
    return id;
  }

  synchronized Flow flow(Principal p, String id) {
    Flow f = flows.get(id);
    if (f == null) throw ApiException.notFound("FLOW_NOT_FOUND", "Flow", id);
    if (!f.workspaceId.equals(p.workspaceId)) throw ApiException.forbidden("Flow", id);
    return f;
  }

  public synchronized Map<String, Object> get(Principal p, String id) {
    return json(flow(p, id));
  }

  public synchronized Map<String, Object> list(Call call, Principal p) {
    return Pagination.page(call, filtered(call, p), this::json);
  }

  /** Every flow {@link #list} would find (same filters), newest first, without paging. */
  public synchronized List<Map<String, Object>> listAll(Call call, Principal p) {
    return Pagination.renderAll(filtered(call, p), this::json);
  }

  private List<Flow> filtered(Call call, Principal p) {
    String status = call.query("status");
    if (status != null && !status.equals("ENABLED") && !status.equals("DISABLED")) {
      throw ApiException.field("status", "must be ENABLED or DISABLED");
    }
    String folderId = call.query("folderId");
    String name = call.query("name");
    List<Flow> out = new ArrayList<>();
    for (Flow f : flows.values()) {
      if (!f.workspaceId.equals(p.workspaceId)) continue;
      if (status != null && !status.equals(f.status)) continue;
      if (folderId != null && !folderId.equals(f.folderId)) continue;
      if (name != null && !f.current().displayName.toLowerCase(Locale.ROOT)
          .contains(name.toLowerCase(Locale.ROOT))) continue;
      out.add(f);
    }
    return out;
  }


  /** The 1-based number of the flow's current version. */
  public synchronized int versionNumber(Principal p, String id) {
    return flow(p, id).versions.size();
  }

  public synchronized void delete(Principal p, String id) {
    flow(p, id);
    flows.remove(id);
  }

  public synchronized Map<String, Object> versions(Call call, Principal p, String id) {
    return Pagination.page(call, flow(p, id).versions, Version::json);
  }

  public synchronized Map<String, Object> version(Principal p, String id, String versionId) {
    for (Version v : flow(p, id).versions) {
      if (v.id.equals(versionId)) return v.json();
    }
    throw ApiException.notFound("VERSION_NOT_FOUND", "Version", versionId);
  }

  /** The published version to run; 409 when the flow is disabled or unpublished. */
  public synchronized Runnable runnable(Principal p, String id) {
    Flow f = flow(p, id);
    if (!"ENABLED".equals(f.status) || f.publishedVersionId == null) {
      throw ApiException.conflict("CONFLICT", "Flow " + id + " is disabled; enable it before triggering");
    }
    for (Version v : f.versions) {
      if (v.id.equals(f.publishedVersionId)) return new Runnable(f, v);
    }
    throw new IllegalStateException("published version missing");
  }

  /** The current version if it is a DRAFT, else a new DRAFT copied from it. */
  Version draft(Flow f) {
    Version cur = f.current();
    if (cur.state.equals("DRAFT")) return cur;
    Version copy = new Version(platform.id("fv"), platform.now(), f.id, cur.displayName,
        asMap(Json.copy(cur.trigger)));
    f.versions.add(copy);
    return copy;
  }

  void touch(Flow f, @Nullable Version v) {
    Instant now = platform.now();
    f.updated = now;
    if (v != null) v.updated = now;
  }

  Map<String, Object> json(Flow f) {
    return Json.obj("id", f.id, "created", Json.time(f.created), "updated", Json.time(f.updated),
        "projectId", f.projectId, "externalId", f.externalId, "folderId", f.folderId,
        "status", f.status, "operationStatus", "NONE", "publishedVersionId", f.publishedVersionId,
        "version", f.current().json());
  }

  // ---- folders ----

  synchronized Folder folder(Principal p, String id) {
    Folder f = folders.get(id);
    if (f == null) throw ApiException.notFound("FOLDER_NOT_FOUND", "Folder", id);
    if (!f.workspaceId.equals(p.workspaceId)) throw ApiException.forbidden("Folder", id);
    return f;
  }

  public synchronized Map<String, Object> createFolder(Principal p, String displayName, long order,
      @Nullable String projectId) {
    checkProject(p, projectId);
    Folder f = new Folder(platform.id("fld"), platform.now(), p.workspaceId, p.projectId, displayName);
    f.displayOrder = order;
    folders.put(f.id, f);
    return json(f);
  }

  public synchronized Map<String, Object> getFolder(Principal p, String id) {
    return json(folder(p, id));
  }

  public synchronized Map<String, Object> updateFolder(Principal p, String id,
      @Nullable String displayName, @Nullable Long order) {
    Folder f = folder(p, id);
    if (displayName != null) f.displayName = displayName;
    if (order != null) f.displayOrder = order;
    f.updated = platform.now();
    return json(f);
  }

  public synchronized void deleteFolder(Principal p, String id) {
    folder(p, id);
    folders.remove(id);
    for (Flow f : flows.values()) {
      if (id.equals(f.folderId)) {
        f.folderId = null;
        touch(f, null);
      }
    }
  }

  public synchronized Map<String, Object> listFolders(Call call, Principal p) {
    List<Folder> out = new ArrayList<>();
    for (Folder f : folders.values()) {
      if (f.workspaceId.equals(p.workspaceId)) out.add(f);
    }
    return Pagination.page(call, out, this::json);
  }

  Map<String, Object> json(Folder f) {
    long n = flows.values().stream().filter(fl -> f.id.equals(fl.folderId)).count();
    return Json.obj("id", f.id, "created", Json.time(f.created), "updated", Json.time(f.updated),
        "projectId", f.projectId, "displayName", f.displayName, "displayOrder", f.displayOrder,
        "numberOfFlows", n);
  }
}
