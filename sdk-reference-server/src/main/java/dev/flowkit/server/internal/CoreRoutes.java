package dev.flowkit.server.internal;

import java.util.Map;

/** Auth, flows, versions, folders, connections and MCP server routes. */
public final class CoreRoutes {
  private CoreRoutes() {}

  public static void register(Router r, Services s) {
    AuthStore auth = s.auth;
    // auth
    r.addPublic("POST", "/api/auth/login", call -> {
      Body b = call.body();
      String email = b.requiredString("email");
      String password = b.requiredString("password");
      String token = auth.login(email, password);
      AuthStore.User u = auth.user(auth.userForSession(token));
      return Reply.json(200, auth.sessionJson(u)).header("Set-Cookie", cookie(s, token, false));
    });
    Router.Handler session = call -> Reply.json(200, auth.sessionJson(auth.user(call.principal().userId)));
    r.add("GET", "/api/auth/session", session);
    r.add("GET", "/api/auth/me", session);
    Router.Handler logout = call -> {
      call.body().requireEmpty();
      if (!call.principal().credentialId.startsWith("session:")) {
        throw ApiException.unauthenticated("Logout needs the iai_session cookie, not an API key");
      }
      auth.logout(AuthStore.sessionToken(call));
      Reply reply = Reply.noContent();
      reply.headers.add("Set-Cookie", cookie(s, "", true));
      return reply;
    };
    r.add("DELETE", "/api/auth/session", logout);
    r.add("POST", "/api/auth/logout", logout);
    r.add("POST", "/api/auth/api-keys", call -> {
      String name = call.body().requiredString("name");
      return Reply.json(201, auth.createKey(call.principal().userId, name).json(true));
    });
    r.add("GET", "/api/auth/api-keys", call ->
        Reply.json(200, Pagination.page(call, auth.keys(call.principal().workspaceId), k -> k.json(false))));
    r.add("DELETE", "/api/auth/api-keys/{id}", call -> {
      auth.revokeKey(call.principal(), call.param("id"));
      return Reply.noContent();
    });

    // flows (and the seeds' /api/workflows aliases)
    FlowStore flows = s.flows;
    r.add("GET", "/api/flows", call -> Reply.json(200, flows.list(call, call.principal())));
    r.add("POST", "/api/flows", call -> {
      Body b = call.body();
      String name = b.requiredString("displayName");
      FlowStore.checkProject(call.principal(), b.string("projectId"));
      Map<String, Object> trigger = b.nullableObject("trigger");
      return Reply.json(201, flows.create(call.principal(), name, b.nullableString("folderId"),
          trigger == null ? null : Steps.normalize(trigger, "trigger", true), b.string("externalId")));
    });
    for (String base : new String[] {"/api/flows/{id}", "/api/workflows/{id}"}) {
      r.add("GET", base, call -> Reply.json(200, flows.get(call.principal(), call.param("id"))));
      r.add("PUT", base, call ->
          Reply.json(200, s.operations.replaceDraft(call.principal(), call.param("id"), call.body())));
      r.add("DELETE", base, call -> {
        String id = call.param("id");
        flows.get(call.principal(), id);
        if (s.engine.hasActiveRun(id)) {
          throw ApiException.conflict("FLOW_IN_USE", "Flow " + id + " has an active run; cancel it or wait");
        }
        flows.delete(call.principal(), id);
        return Reply.noContent();
      });
    }
    r.add("POST", "/api/flows/{id}", call ->
        Reply.json(200, s.operations.apply(call.principal(), call.param("id"), call.body())));
    r.add("GET", "/api/flows/{id}/versions", call ->
        Reply.json(200, flows.versions(call, call.principal(), call.param("id"))));
    r.add("GET", "/api/flows/{id}/versions/{versionId}", call ->
        Reply.json(200, flows.version(call.principal(), call.param("id"), call.param("versionId"))));

    // folders
    r.add("GET", "/api/folders", call -> Reply.json(200, flows.listFolders(call, call.principal())));
    r.add("POST", "/api/folders", call -> {
      Body b = call.body();
      return Reply.json(201, flows.createFolder(call.principal(), b.requiredString("displayName"),
          b.integer("displayOrder", 0, Integer.MIN_VALUE, Integer.MAX_VALUE), b.string("projectId")));
    });
    r.add("GET", "/api/folders/{id}", call -> Reply.json(200, flows.getFolder(call.principal(), call.param("id"))));
    r.add("PUT", "/api/folders/{id}", call -> {
      Body b = call.body();
      String name = b.requiredString("displayName");
      Long order = b.has("displayOrder") ? b.integer("displayOrder", 0, Integer.MIN_VALUE, Integer.MAX_VALUE) : null;
      return Reply.json(200, flows.updateFolder(call.principal(), call.param("id"), name, order));
    });
    r.add("DELETE", "/api/folders/{id}", call -> {
      flows.deleteFolder(call.principal(), call.param("id"));
      return Reply.noContent();
    });

    // app connections
    r.add("GET", "/api/app-connections", call -> Reply.json(200, s.connections.list(call, call.principal())));
    r.add("POST", "/api/app-connections", call -> s.connections.upsert(call.principal(), call.body()));
    r.add("GET", "/api/app-connections/{id}", call ->
        Reply.json(200, s.connections.get(call.principal(), call.param("id"))));
    r.add("DELETE", "/api/app-connections/{id}", call -> {
      s.connections.delete(call.principal(), call.param("id"));
      return Reply.noContent();
    });

    // MCP servers
    r.add("GET", "/api/mcp-servers", call -> Reply.json(200, s.mcp.list(call, call.principal())));
    r.add("POST", "/api/mcp-servers", call -> {
      McpStore.Create create = McpStore.Create.of(call.body());
      for (Object t : create.tools) flows.get(call.principal(), (String) FlowStore.asMap(t).get("flowId"));
      return Reply.json(201, s.mcp.create(call.principal(), create));
    });
    r.add("GET", "/api/mcp-servers/{id}", call -> Reply.json(200, s.mcp.get(call.principal(), call.param("id"))));
    r.add("DELETE", "/api/mcp-servers/{id}", call -> {
      s.mcp.delete(call.principal(), call.param("id"));
      return Reply.noContent();
    });
    r.add("POST", "/api/mcp-servers/{id}/rotate", call -> {
      call.body().requireEmpty();
      return Reply.json(200, s.mcp.rotate(call.principal(), call.param("id")));
    });
    r.addPublic("GET", "/api/mcp/{serverId}/tools", call ->
        Reply.json(200, s.mcp.tools(call.param("serverId"), call.header("Authorization"))));
  }

  public static String cookie(Services s, String token, boolean expire) {
    StringBuilder sb = new StringBuilder("iai_session=").append(token).append("; Path=/; HttpOnly");
    sb.append(s.platform.tls ? "; SameSite=None; Secure" : "; SameSite=Lax");
    if (expire) sb.append("; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    return sb.toString();
  }
}
