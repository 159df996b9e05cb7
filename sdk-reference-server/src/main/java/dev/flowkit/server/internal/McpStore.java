package dev.flowkit.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** MCP servers and their bearer tokens; rotating a token invalidates the old one at once. */
public final class McpStore {
  static final class Server implements Pagination.Item {
    final String id;
    final Instant created;
    Instant updated;
    final String workspaceId;
    final String projectId;
    @Nullable String name;
    String token;
    List<Object> tools;

    Server(String id, Instant created, String workspaceId, String projectId, String token) {
      this.id = id;
      this.created = created;
      this.updated = created;
      this.workspaceId = workspaceId;
      this.projectId = projectId;
      this.token = token;
      this.tools = new ArrayList<>();
    }

    @Override public Instant created() {
      return created;
    }

    @Override public String id() {
      return id;
    }

    Map<String, Object> json() {
      return Json.obj("id", id, "created", Json.time(created), "updated", Json.time(updated),
          "projectId", projectId, "name", name, "status", "ENABLED", "token", token,
          "tools", Json.copy(tools));
    }
  }

  private final Platform platform;
  private final Map<String, Server> byId = new LinkedHashMap<>();

  public McpStore(Platform platform) {
    this.platform = platform;
  }

  /** A checked create request: {@code {name?, tools?: [{name, flowId}]}}. */
  public static final class Create {
    final @Nullable String name;
    public final List<Object> tools;

    private Create(@Nullable String name, List<Object> tools) {
      this.name = name;
      this.tools = tools;
    }

    /** Reads and checks the body; the tools' flows are for the caller to look up. */
    public static Create of(Body b) {
      String name = b.nullableString("name");
      List<Object> tools = new ArrayList<>();
      Object raw = b.raw().get("tools");
      if (b.has("tools")) {
        if (!(raw instanceof List)) throw ApiException.field("tools", "must be an array");
        int i = 0;
        for (Object t : (List<?>) raw) {
          if (!(t instanceof Map)) throw ApiException.field("tools[" + i + "]", "must be an object");
          Body tb = new Body(FlowStore.asMap(t), "tools[" + i + "].");
          tools.add(Json.obj("name", tb.requiredString("name"), "flowId", tb.requiredString("flowId")));
          i++;
        }
      }
      return new Create(name, tools);
    }
  }

  public synchronized Map<String, Object> create(Principal p, Create c) {
    Server s = new Server(platform.id("mcp"), platform.now(), p.workspaceId, p.projectId,
        platform.secret("mcpt_"));
    s.name = c.name;
    s.tools = c.tools;
    byId.put(s.id, s);
    return s.json();
  }

  private Server find(Principal p, String id) {
    Server s = byId.get(id);
    if (s == null) throw ApiException.notFound("MCP_SERVER_NOT_FOUND", "MCP server", id);
    if (!s.workspaceId.equals(p.workspaceId)) throw ApiException.forbidden("MCP server", id);
    return s;
  }

  public synchronized Map<String, Object> get(Principal p, String id) {
    return find(p, id).json();
  }

  public synchronized void delete(Principal p, String id) {
    find(p, id);
    byId.remove(id);
  }

  public synchronized Map<String, Object> rotate(Principal p, String id) {
    Server s = find(p, id);
    s.token = platform.secret("mcpt_");
    s.updated = platform.now();
    return s.json();
  }

  public synchronized Map<String, Object> list(Call call, Principal p) {
    List<Server> out = new ArrayList<>();
    for (Server s : byId.values()) {
      if (s.workspaceId.equals(p.workspaceId)) out.add(s);
    }
    return Pagination.page(call, out, Server::json);
  }

  /** The MCP endpoint: the server's tools, for a caller holding its current token. */
  public synchronized Map<String, Object> tools(String id, @Nullable String authorization) {
    Server s = byId.get(id);
    String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).trim() : null;
    if (s == null || token == null || !token.equals(s.token)) {
      throw ApiException.unauthenticated("Unknown MCP server or token (tokens stop working when rotated)");
    }
    return Json.obj("tools", Json.copy(s.tools));
  }
}
