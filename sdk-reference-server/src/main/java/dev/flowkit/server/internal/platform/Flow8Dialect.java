package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.AuthStore;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.FlowStore;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Pagination;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Run;
import dev.flowkit.server.internal.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * flow8 as its API overview shows it: base URL {@code http://host:4454/api/}, lists paged by
 * {@code ?page=0&size=25} into {@code {data,total,page,size,pages}}, {@code /api/auth/me} and
 * {@code POST /api/auth/logout}, runs as "plays" under {@code /api/plays} (cancel is
 * {@code DELETE /api/plays/{id}}), a session cookie or {@code Authorization: Bearer} API key, and
 * errors {@code {error,message,statusCode}} with {@code UNAUTHORIZED}. Where the overview shows no
 * body (a flow, a play) the resource shapes of {@code API.md} are used.
 */
public final class Flow8Dialect implements Dialect {
  static final int DEFAULT_SIZE = 25;
  static final int MAX_SIZE = 100;

  @Override public void register(Router r, Services s) {
    // The contract's handlers do the work; this dialect chooses which exist and under what path.
    Router contract = new Router();
    new FlowkitDialect().register(contract, s);
    AuthStore auth = s.auth;

    r.addPublic("POST", "/api/auth/login", contract.handler("POST", "/api/auth/login"));
    r.add("POST", "/api/auth/logout", contract.handler("POST", "/api/auth/logout"));
    r.add("GET", "/api/auth/me", contract.handler("GET", "/api/auth/me"));
    r.add("POST", "/api/auth/api-keys", contract.handler("POST", "/api/auth/api-keys"));
    r.add("GET", "/api/auth/api-keys", call ->
        Reply.json(200, page(call, Pagination.renderAll(auth.keys(call.principal().workspaceId), k -> k.json(false)))));
    r.add("DELETE", "/api/auth/api-keys/{id}", contract.handler("DELETE", "/api/auth/api-keys/{id}"));

    r.add("GET", "/api/flows", call -> Reply.json(200, page(call, s.flows.listAll(call, call.principal()))));
    r.add("POST", "/api/flows", contract.handler("POST", "/api/flows"));
    r.add("GET", "/api/flows/{id}", contract.handler("GET", "/api/flows/{id}"));
    r.add("PUT", "/api/flows/{id}", contract.handler("PUT", "/api/flows/{id}"));
    r.add("DELETE", "/api/flows/{id}", contract.handler("DELETE", "/api/flows/{id}"));
    Router.Handler trigger = contract.handler("POST", "/api/flows/{id}/run");
    r.add("POST", "/api/flows/{id}/run", call -> {
      String accept = call.header("Accept");
      if (call.body().bool("stream", false) || (accept != null && accept.contains("text/event-stream"))) {
        throw ApiException.field("stream", "flow8 sends execution events over the WebSocket /api/ws, not on this route");
      }
      return trigger.handle(call);
    });

    r.add("GET", "/api/plays", call -> {
      String flowId = call.query("flowId");
      String status = call.query("status");
      if (status != null && !Run.isStatus(status)) {
        throw ApiException.field("status", "unknown play status '" + status + "'; use one of QUEUED, RUNNING, "
            + "PAUSED, SUCCEEDED, FAILED, TIMEOUT, STOPPED, CANCELED, INTERNAL_ERROR");
      }
      List<Map<String, Object>> out = new ArrayList<>();
      for (Run run : Dialects.newestFirst(s.engine.runs(call.principal().workspaceId))) {
        Map<String, Object> json = run.json();
        if (flowId != null && !flowId.equals(json.get("flowId"))) continue;
        if (status != null && !status.equals(json.get("status"))) continue;
        out.add(json);
      }
      return Reply.json(200, page(call, out));
    });
    r.add("GET", "/api/plays/{id}", contract.handler("GET", "/api/runs/{id}"));
    r.add("GET", "/api/plays/{id}/layers", call -> {
      List<Map<String, Object>> steps = new ArrayList<>();
      for (Object o : s.engine.run(call.principal(), call.param("id")).stepsJson()) steps.add(FlowStore.asMap(o));
      return Reply.json(200, page(call, steps));
    });
    r.add("POST", "/api/plays/{id}/approve", contract.handler("POST", "/api/runs/{id}/approve"));
    r.add("DELETE", "/api/plays/{id}", contract.handler("POST", "/api/runs/{id}/cancel"));
  }

  /** {@code {data,total,page,size,pages}} of {@code all} for {@code ?page=&size=}. */
  static Map<String, Object> page(Call call, List<Map<String, Object>> all) {
    long page = number(call.query("page"), "page", 0, 0, Integer.MAX_VALUE);
    long size = number(call.query("size"), "size", DEFAULT_SIZE, 1, MAX_SIZE);
    List<Object> data = new ArrayList<>();
    long from = page * size;
    for (long i = from; i < all.size() && i < from + size; i++) data.add(all.get((int) i));
    long total = all.size();
    return Json.obj("data", data, "total", total, "page", page, "size", size,
        "pages", (total + size - 1) / size);
  }

  private static long number(@Nullable String raw, String name, long def, long min, long max) {
    if (raw == null) return def;
    try {
      long n = Long.parseLong(raw);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException ignored) {
      // fall through
    }
    throw ApiException.field(name, max == Integer.MAX_VALUE ? "must be an integer from " + min
        : "must be an integer between " + min + " and " + max);
  }

  @Override public Principal authenticate(Call call, Services s) {
    String auth = call.header("Authorization");
    if (auth != null) {
      if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw ApiException.unauthenticated("Authorization must be 'Bearer <api key>'");
      }
      return s.auth.authenticateKey(auth.substring(7));
    }
    return s.auth.authenticateSession(call,
        "Log in with POST /api/auth/login or send Authorization: Bearer <api key>");
  }

  @Override public Reply error(ApiException e, String requestId) {
    String code = e.code;
    if (code.equals("UNAUTHENTICATED")) code = "UNAUTHORIZED";
    if (code.equals("RUN_NOT_FOUND")) code = "PLAY_NOT_FOUND";
    String message = e.getMessage() == null ? "" : e.getMessage().replace("Run run_", "Play run_");
    return Dialect.errorReply(e, Json.obj("error", code, "message", message, "statusCode", (long) e.status));
  }

  @Override public String journey(Facts f) {
    String api = f.base + "/api";
    StringBuilder out = new StringBuilder();
    out.append("Base URL: ").append(api).append("/\n\n");
    out.append("Session cookie (for browser clients):\n");
    out.append("  curl -c cookies.txt -X POST ").append(api).append("/auth/login \\\n")
        .append("    -d '{\"email\":\"").append(f.email).append("\",\"password\":\"").append(f.password).append("\"}'\n");
    out.append("  curl -b cookies.txt ").append(api).append("/auth/me\n\n");
    out.append("API key (for programmatic access):\n");
    out.append("  curl -H \"Authorization: Bearer ").append(f.apiKey).append("\" ").append(api).append("/flows\n\n");
    out.append("Pagination:\n  curl -b cookies.txt '").append(api).append("/flows?page=0&size=25'\n\n");
    out.append("Trigger execution, then follow the play:\n");
    out.append("  curl -b cookies.txt -X POST ").append(api).append("/flows/").append(f.flow("Hello"))
        .append("/run -H 'Content-Type: application/json' -d '{\"input\":{\"name\":\"Ada\"}}'\n");
    out.append("  curl -b cookies.txt ").append(api).append("/plays/<play_id>\n");
    out.append("  curl -b cookies.txt -X DELETE ").append(api).append("/plays/<play_id>\n\n");
    out.append("End session:\n  curl -b cookies.txt -X POST ").append(api).append("/auth/logout\n");
    return out.toString();
  }
}
