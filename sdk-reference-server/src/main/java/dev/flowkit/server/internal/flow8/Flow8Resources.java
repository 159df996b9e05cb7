package dev.flowkit.server.internal.flow8;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Body;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Platform;
import dev.flowkit.server.internal.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * flow8's workspace resources: groups ({@code {id, name, index}}), KV entries ({@code {id, key,
 * value, scope, scopeKey, companyId}} in scopes {@code global}, {@code flow_group}, {@code flow})
 * and channels ({@code {id, name, kind, authMode, enabled, port, routes}}; the auth token is
 * write-only). Thread-safe.
 */
public final class Flow8Resources {
  static final List<String> KV_SCOPES = List.of("global", "flow_group", "flow");
  static final int FIRST_CHANNEL_PORT = 7701;
  static final int LAST_CHANNEL_PORT = 7799;
  private static final String[] CHANNEL_FIELDS = {"name", "kind", "authMode", "authToken", "enabled"};

  private final Platform platform;
  private final Map<String, Entry> groups = new LinkedHashMap<>();
  private final Map<String, Entry> kv = new LinkedHashMap<>();
  private final Map<String, Entry> channels = new LinkedHashMap<>();

  /** A resource and its workspace. */
  static final class Entry {
    final String workspaceId;
    final Map<String, Object> json;
    @Nullable String secret;

    Entry(String workspaceId, Map<String, Object> json) {
      this.workspaceId = workspaceId;
      this.json = json;
    }
  }

  public Flow8Resources(Platform platform) {
    this.platform = platform;
  }

  // ---- groups ----

  /** Groups ordered by {@code index}, then name. */
  public synchronized List<Map<String, Object>> groups(Principal p) {
    List<Map<String, Object>> out = all(groups, p);
    out.sort(Comparator.comparingLong((Map<String, Object> g) -> (Long) g.get("index"))
        .thenComparing(g -> String.valueOf(g.get("name"))));
    return out;
  }

  public synchronized Map<String, Object> createGroup(Principal p, Body b) {
    Flow8Bodies.only(b, "a group", "name", "index");
    String now = Json.time(platform.now());
    Map<String, Object> g = Json.obj("id", platform.id("group"), "name", b.requiredString("name"),
        "index", b.integer("index", 0, 0, 1_000_000), "createdAt", now, "updatedAt", now);
    groups.put((String) g.get("id"), new Entry(p.workspaceId, g));
    return Flow8Flows.copy(g);
  }

  public synchronized Map<String, Object> updateGroup(Principal p, String id, Body b) {
    Map<String, Object> g = one(groups, p, id, "GROUP_NOT_FOUND", "Group").json;
    Flow8Bodies.only(b, "a group", "name", "index");
    String name = b.has("name") ? b.requiredString("name") : null;
    long index = b.integer("index", (Long) g.get("index"), 0, 1_000_000);
    if (name != null) g.put("name", name);
    g.put("index", index);
    g.put("updatedAt", Json.time(platform.now()));
    return Flow8Flows.copy(g);
  }

  public synchronized void deleteGroup(Principal p, String id) {
    one(groups, p, id, "GROUP_NOT_FOUND", "Group");
    groups.remove(id);
  }

  // ---- KV ----

  /**
   * Entries of the workspace, optionally of one scope (and scope key), sorted by key; a
   * {@code companyId} must be the caller's.
   */
  public synchronized List<Map<String, Object>> kv(Principal p, @Nullable String scope, @Nullable String scopeKey,
      @Nullable String companyId) {
    if (scope != null && !KV_SCOPES.contains(scope)) throw ApiException.field("scope", "must be one of " + KV_SCOPES);
    checkCompany(p, companyId);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> e : all(kv, p)) {
      if (scope != null && !scope.equals(e.get("scope"))) continue;
      if (scopeKey != null && !scopeKey.equals(e.get("scopeKey"))) continue;
      out.add(e);
    }
    out.sort(Comparator.comparing((Map<String, Object> e) -> String.valueOf(e.get("key"))));
    return out;
  }

  /**
   * {@code POST /api/kv {key, value, scope?, scopeKey?, companyId?}}: sets the value of the key in
   * its scope, creating the entry (true) or replacing its value (false). {@code scopeKey} (the flow
   * or group id) goes with the {@code flow} and {@code flow_group} scopes only; a {@code companyId}
   * must be the caller's (403 otherwise).
   */
  public synchronized Map.Entry<Boolean, Map<String, Object>> setKv(Principal p, Body b) {
    Flow8Bodies.only(b, "a KV entry", "key", "value", "scope", "scopeKey", "companyId");
    String key = b.requiredString("key");
    if (!b.has("value")) throw ApiException.field("value", "required");
    String scope = b.oneOf("scope", "global", "flow_group", "flow");
    if (scope == null) scope = "global";
    String scopeKey;
    if (scope.equals("global")) {
      if (b.has("scopeKey")) {
        throw ApiException.field("scopeKey", "is only for the flow and flow_group scopes; a global entry has none");
      }
      scopeKey = null;
    } else {
      if (!b.has("scopeKey")) {
        throw ApiException.field("scopeKey", "required for scope " + scope + " (the " + (scope.equals("flow")
            ? "flow id" : "group id") + ")");
      }
      scopeKey = b.requiredString("scopeKey");
    }
    checkCompany(p, b.string("companyId"));
    String now = Json.time(platform.now());
    for (Map<String, Object> e : all(kv, p)) {
      if (key.equals(e.get("key")) && scope.equals(e.get("scope")) && java.util.Objects.equals(scopeKey, e.get("scopeKey"))) {
        Map<String, Object> stored = kv.get((String) e.get("id")).json;
        stored.put("value", Json.copy(b.raw().get("value")));
        stored.put("updatedAt", now);
        return new java.util.AbstractMap.SimpleEntry<>(false, Flow8Flows.copy(stored));
      }
    }
    Map<String, Object> e = Json.obj("id", platform.id("kv"), "key", key, "value", Json.copy(b.raw().get("value")),
        "scope", scope, "scopeKey", scopeKey, "companyId", p.workspaceId, "createdAt", now, "updatedAt", now);
    kv.put((String) e.get("id"), new Entry(p.workspaceId, e));
    return new java.util.AbstractMap.SimpleEntry<>(true, Flow8Flows.copy(e));
  }

  /** A {@code companyId} a caller sends must name its own company (its workspace): 403 otherwise. */
  private static void checkCompany(Principal p, @Nullable String companyId) {
    if (companyId != null && !companyId.equals(p.workspaceId)) {
      throw new ApiException(403, "FORBIDDEN", "companyId '" + companyId + "' is not your company; send "
          + p.workspaceId + " or leave companyId out", Json.obj("field", "companyId", "reason", "not your company"), null, -1);
    }
  }

  public synchronized void deleteKv(Principal p, String id) {
    one(kv, p, id, "KV_NOT_FOUND", "KV entry");
    kv.remove(id);
  }

  // ---- channels ----

  public synchronized List<Map<String, Object>> channels(Principal p) {
    return all(channels, p);
  }

  public synchronized Map<String, Object> channel(Principal p, String id) {
    return Flow8Flows.copy(one(channels, p, id, "CHANNEL_NOT_FOUND", "Channel").json);
  }

  /** {@code POST /api/channels {name, kind, authMode, authToken?, enabled}}: allocates a port. */
  public synchronized Map<String, Object> createChannel(Principal p, Body b) {
    Flow8Bodies.only(b, "a channel", CHANNEL_FIELDS);
    String name = b.requiredString("name");
    String kind = b.oneOf("kind", "http", "mcp", "websocket");
    String authMode = b.oneOf("authMode", "public", "header_token");
    if (authMode == null) authMode = "public";
    String token = token(b, authMode.equals("header_token"));
    boolean enabled = b.bool("enabled", true);
    String now = Json.time(platform.now());
    Map<String, Object> c = Json.obj("id", platform.id("chan"), "name", name, "kind", kind == null ? "http" : kind,
        "authMode", authMode, "enabled", enabled, "port", (long) freePort(),
        "routes", new ArrayList<Object>(), "createdAt", now, "updatedAt", now);
    Entry e = new Entry(p.workspaceId, c);
    e.secret = token;
    channels.put((String) c.get("id"), e);
    return Flow8Flows.copy(c);
  }

  public synchronized Map<String, Object> updateChannel(Principal p, String id, Body b) {
    Entry e = one(channels, p, id, "CHANNEL_NOT_FOUND", "Channel");
    Map<String, Object> c = e.json;
    Flow8Bodies.only(b, "a channel", CHANNEL_FIELDS);
    String name = b.has("name") ? b.requiredString("name") : null;
    String kind = b.oneOf("kind", "http", "mcp", "websocket");
    String authMode = b.oneOf("authMode", "public", "header_token");
    String token = token(b, "header_token".equals(authMode));
    boolean enabled = b.bool("enabled", Boolean.TRUE.equals(c.get("enabled")));
    if (name != null) c.put("name", name);
    if (kind != null) c.put("kind", kind);
    if (authMode != null) c.put("authMode", authMode);
    if (token != null) e.secret = token;
    c.put("enabled", enabled);
    c.put("updatedAt", Json.time(platform.now()));
    return Flow8Flows.copy(c);
  }

  /**
   * The {@code authToken} of a channel request: not blank when sent, and required in a request
   * that sets {@code authMode: header_token} (the token travels with the mode that needs it).
   */
  private static @Nullable String token(Body b, boolean headerToken) {
    if (headerToken && !b.has("authToken")) {
      throw ApiException.field("authToken", "required when authMode is header_token");
    }
    return b.has("authToken") ? b.requiredString("authToken") : null;
  }

  public synchronized void deleteChannel(Principal p, String id) {
    one(channels, p, id, "CHANNEL_NOT_FOUND", "Channel");
    channels.remove(id);
  }

  /**
   * {@code POST /api/channels/{id}/routes {name, httpMethod?, path?, toolName?, targetFlowIds,
   * responseMode, timeoutSeconds?}}.
   */
  @SuppressWarnings("unchecked")
  public synchronized Map<String, Object> addRoute(Principal p, String channelId, Body b) {
    Map<String, Object> c = one(channels, p, channelId, "CHANNEL_NOT_FOUND", "Channel").json;
    Flow8Bodies.only(b, "a route", "name", "httpMethod", "path", "toolName", "targetFlowIds", "responseMode",
        "timeoutSeconds");
    String name = b.requiredString("name");
    boolean tool = b.has("toolName");
    if (tool && (b.has("path") || b.has("httpMethod"))) {
      throw ApiException.field("toolName", "an mcp route names a toolName, an http route an httpMethod and path; not both");
    }
    String toolName = tool ? b.requiredString("toolName") : null;
    String method = b.oneOf("httpMethod", "GET", "POST", "PUT", "PATCH", "DELETE");
    String path = null;
    if (!tool) {
      path = b.requiredString("path");
      if (!path.startsWith("/")) throw ApiException.field("path", "must start with /");
    }
    List<String> targets = b.strings("targetFlowIds");
    if (targets.isEmpty()) throw ApiException.field("targetFlowIds", "required: at least one flow id");
    String mode = b.oneOf("responseMode", "sync", "async");
    long timeout = b.integer("timeoutSeconds", 30, 1, 3600);
    boolean mcp = "mcp".equals(c.get("kind"));
    if (mcp != tool) {
      throw new ApiException(409, "CONFLICT", "Channel " + channelId + " is a " + c.get("kind") + " channel: its routes "
          + (mcp ? "name a toolName" : "take an httpMethod and a path") + ", not " + (tool ? "a toolName" : "a path"),
          Json.obj("field", tool ? "toolName" : "path", "reason", "does not fit the channel's kind"), null, -1);
    }
    Map<String, Object> route = Json.obj("id", platform.id("route"), "name", name);
    if (mcp) {
      route.put("toolName", toolName);
    } else {
      route.put("httpMethod", method == null ? "POST" : method);
      route.put("path", path);
    }
    route.put("targetFlowIds", new ArrayList<>(targets));
    route.put("responseMode", mode == null ? "async" : mode);
    route.put("timeoutSeconds", timeout);
    ((List<Object>) c.get("routes")).add(route);
    c.put("updatedAt", Json.time(platform.now()));
    return Flow8Flows.copy(route);
  }

  // ---- helpers ----

  private int freePort() {
    for (int port = FIRST_CHANNEL_PORT; port <= LAST_CHANNEL_PORT; port++) {
      boolean used = false;
      for (Entry e : channels.values()) used |= ((Long) e.json.get("port")) == port;
      if (!used) return port;
    }
    throw new ApiException(409, "CONFLICT", "Every channel port from " + FIRST_CHANNEL_PORT + " to "
        + LAST_CHANNEL_PORT + " is allocated; delete a channel first");
  }

  private static List<Map<String, Object>> all(Map<String, Entry> store, Principal p) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entry e : store.values()) {
      if (e.workspaceId.equals(p.workspaceId)) out.add(Flow8Flows.copy(e.json));
    }
    return out;
  }

  private static Entry one(Map<String, Entry> store, Principal p, String id, String code, String what) {
    Entry e = store.get(id);
    if (e == null || !e.workspaceId.equals(p.workspaceId)) throw ApiException.notFound(code, what, id);
    return e;
  }
}
