package dev.flowkit.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** App connections, upserted by externalId. The secret {@code value} is kept, never returned. */
public final class ConnectionStore {
  static final String[] TYPES = {"SECRET_TEXT", "BASIC_AUTH", "OAUTH2", "CLOUD_OAUTH2",
      "PLATFORM_OAUTH2", "CUSTOM_AUTH", "NO_AUTH"};

  static final class Connection implements Pagination.Item {
    final String id;
    final Instant created;
    Instant updated;
    final String workspaceId;
    String projectId;
    final String externalId;
    String displayName;
    String pieceName;
    String type;
    @Nullable Map<String, Object> value; // never leaves the server

    Connection(String id, Instant created, String workspaceId, String externalId) {
      this.id = id;
      this.created = created;
      this.updated = created;
      this.workspaceId = workspaceId;
      this.externalId = externalId;
    }

    @Override public Instant created() {
      return created;
    }

    @Override public String id() {
      return id;
    }

    Map<String, Object> json() {
      return Json.obj("id", id, "created", Json.time(created), "updated", Json.time(updated),
          "externalId", externalId, "displayName", displayName, "pieceName", pieceName,
          "projectId", projectId, "type", type, "status", "ACTIVE");
    }

    @Override public String toString() {
      return "Connection{" + id + ", value=<redacted>}";
    }
  }

  private final Platform platform;
  private final Map<String, Connection> byId = new LinkedHashMap<>();

  public ConnectionStore(Platform platform) {
    this.platform = platform;
  }

  /** Creates or updates; the reply's status is 201 on create, 200 on update. */
  public synchronized Reply upsert(Principal p, Body b) {
    String displayName = b.requiredString("displayName");
    String pieceName = b.requiredString("pieceName");
    String type = b.oneOf("type", TYPES);
    if (type == null) throw ApiException.field("type", "required");
    Map<String, Object> value = b.object("value");
    if (value == null && !type.equals("NO_AUTH")) {
      throw ApiException.field("value", "required for every type but NO_AUTH");
    }
    String projectId = b.string("projectId");
    FlowStore.checkProject(p, projectId);
    String externalId = b.string("externalId");
    Connection c = null;
    if (externalId != null) {
      for (Connection x : byId.values()) {
        if (x.workspaceId.equals(p.workspaceId) && x.externalId.equals(externalId)) c = x;
      }
    }
    boolean created = c == null;
    if (created) {
      String id = platform.id("conn");
      c = new Connection(id, platform.now(), p.workspaceId, externalId == null ? id : externalId);
      byId.put(id, c);
    }
    c.displayName = displayName;
    c.pieceName = pieceName;
    c.type = type;
    c.projectId = projectId == null ? p.projectId : projectId;
    c.value = value == null ? null : FlowStore.asMap(Json.copy(value));
    c.updated = platform.now();
    return Reply.json(created ? 201 : 200, c.json());
  }

  private Connection find(Principal p, String id) {
    Connection c = byId.get(id);
    if (c == null) throw ApiException.notFound("CONNECTION_NOT_FOUND", "Connection", id);
    if (!c.workspaceId.equals(p.workspaceId)) throw ApiException.forbidden("Connection", id);
    return c;
  }

  public synchronized Map<String, Object> get(Principal p, String id) {
    return find(p, id).json();
  }

  public synchronized void delete(Principal p, String id) {
    find(p, id);
    byId.remove(id);
  }

  public synchronized Map<String, Object> list(Call call, Principal p) {
    String piece = call.query("pieceName");
    List<Connection> out = new ArrayList<>();
    for (Connection c : byId.values()) {
      if (c.workspaceId.equals(p.workspaceId) && (piece == null || piece.equals(c.pieceName))) out.add(c);
    }
    return Pagination.page(call, out, Connection::json);
  }
}
