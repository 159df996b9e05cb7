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
    String now = Json.time(platform.now());
    Map<String, Object> g = Json.obj("id", platform.id("group"), "name", b.requiredString("name"),
        "index", b.integer("index", 0, 0, 1_000_000), "createdAt", now, "updatedAt", now);
    groups.put((String) g.get("id"), new Entry(p.workspaceId, g));
    return Flow8Flows.copy(g);
  }

  public synchronized Map<String, Object> updateGroup(Principal p, String id, Body b) {
    Map<String, Object> g = one(groups, p, id, "GROUP_NOT_FOUND", "Group").json;
    if (b.raw().containsKey("name")) g.put("name", b.requiredString("name"));
    if (b.raw().containsKey("index")) g.put("index", b.integer("index", 0, 0, 1_000_000));
    g.put("updatedAt", Json.time(platform.now()));
    return Flow8Flows.copy(g);
  }

  public synchronized void deleteGroup(Principal p, String id) {
    one(groups, p, id, "GROUP_NOT_FOUND", "Group");
    groups.remove(id);
  }

  // ---- KV ----

  /** Entries of the workspace, optionally of one scope (and scope key), sorted by key. */
  public synchronized List<Map<String, Object>> kv(Principal p, @Nullable String scope, @Nullable String scopeKey) {
    if (scope != null && !KV_SCOPES.contains(scope)) throw ApiException.field("scope", "must be one of " + KV_SCOPES);
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
   * {@code POST /api/kv {key, value, scope, scopeKey?, companyId?}}: sets the value of the key in
   * its scope, creating the entry (true) or replacing its value (false).
   */
  public synchronized Map.Entry<Boolean, Map<String, Object>> setKv(Principal p, Body b) {
    String key = b.requiredString("key");
    if (!b.raw().containsKey("value")) throw ApiException.field("value", "required");
    String scope = b.oneOf("scope", "global", "flow_group", "flow");
    if (scope == null) scope = "global";
    String scopeKey = b.string("scopeKey");
    if (!scope.equals("global") && (scopeKey == null || scopeKey.isBlank())) {
      throw ApiException.field("scopeKey", "required for scope " + scope + " (the " + (scope.equals("flow")
          ? "flow id" : "group id") + ")");
    }
    if (scope.equals("global")) scopeKey = null;
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
    String name = b.requiredString("name");
    String kind = b.oneOf("kind", "http", "mcp", "websocket");
    String authMode = b.oneOf("authMode", "public", "header_token");
    if (authMode == null) authMode = "public";
    String token = b.string("authToken");
    if (authMode.equals("header_token") && (token == null || token.isBlank())) {
      throw ApiException.field("authToken", "required when authMode is header_token");
    }
    String now = Json.time(platform.now());
    Map<String, Object> c = Json.obj("id", platform.id("chan"), "name", name, "kind", kind == null ? "http" : kind,
        "authMode", authMode, "enabled", b.bool("enabled", true), "port", (long) freePort(),
        "routes", new ArrayList<Object>(), "createdAt", now, "updatedAt", now);
    Entry e = new Entry(p.workspaceId, c);
    e.secret = token;
    channels.put((String) c.get("id"), e);
    return Flow8Flows.copy(c);
  }

  public synchronized Map<String, Object> updateChannel(Principal p, String id, Body b) {
    Entry e = one(channels, p, id, "CHANNEL_NOT_FOUND", "Channel");
    Map<String, Object> c = e.json;
    if (b.raw().containsKey("name")) c.put("name", b.requiredString("name"));
    if (b.raw().containsKey("kind")) c.put("kind", b.oneOf("kind", "http", "mcp", "websocket"));
    if (b.raw().containsKey("authMode")) c.put("authMode", b.oneOf("authMode", "public", "header_token"));
    if (b.raw().containsKey("authToken")) e.secret = b.string("authToken");
    if (b.raw().containsKey("enabled")) c.put("enabled", b.bool("enabled", true));
    if ("header_token".equals(c.get("authMode")) && (e.secret == null || e.secret.isBlank())) {
      throw ApiException.field("authToken", "required when authMode is header_token");
    }
    c.put("updatedAt", Json.time(platform.now()));
    return Flow8Flows.copy(c);
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
    List<String> targets = b.strings("targetFlowIds");
    if (targets.isEmpty()) throw ApiException.field("targetFlowIds", "required: at least one flow id");
    boolean mcp = "mcp".equals(c.get("kind"));
    Map<String, Object> route = Json.obj("id", platform.id("route"), "name", b.requiredString("name"));
    if (mcp) {
      route.put("toolName", b.requiredString("toolName"));
    } else {
      route.put("httpMethod", b.oneOf("httpMethod", "GET", "POST", "PUT", "PATCH", "DELETE"));
      if (route.get("httpMethod") == null) route.put("httpMethod", "POST");
      String path = b.requiredString("path");
      if (!path.startsWith("/")) throw ApiException.field("path", "must start with /");
      route.put("path", path);
    }
    route.put("targetFlowIds", new ArrayList<>(targets));
    String mode = b.oneOf("responseMode", "sync", "async");
    route.put("responseMode", mode == null ? "async" : mode);
    route.put("timeoutSeconds", b.integer("timeoutSeconds", 30, 1, 3600));
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
