package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.CoreRoutes;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.RunRoutes;
import dev.flowkit.server.internal.Services;
import dev.flowkit.server.internal.SideRoutes;
import java.util.Map;

/** The full Flowkit contract ({@code openapi/flow-api.yaml}): every route, the seeds' aliases and the side surfaces. */
public final class FlowkitDialect implements Dialect {
  @Override public void register(Router router, Services services) {
    CoreRoutes.register(router, services);
    RunRoutes.register(router, services);
    SideRoutes.register(router, services);
  }

  @Override public Principal authenticate(Call call, Services services) {
    return services.auth.authenticate(call);
  }

  @Override public Reply error(ApiException e, String requestId) {
    return Reply.error(e, requestId);
  }

  @Override public String journey(Facts f) {
    StringBuilder out = new StringBuilder();
    out.append("Log in (the session cookie lands in cookies.txt):\n");
    out.append("  curl -c cookies.txt -X POST ").append(f.base).append("/api/auth/login \\\n")
        .append("    -H 'Content-Type: application/json' \\\n")
        .append("    -d '{\"email\":\"").append(f.email)
        .append("\",\"password\":\"").append(f.password).append("\"}'\n");
    out.append("  curl -b cookies.txt ").append(f.base).append("/api/flows\n\n");
    out.append("Demo API key: ").append(f.apiKey).append('\n');
    out.append("  curl -H 'Authorization: Bearer ").append(f.apiKey).append("' ")
        .append(f.base).append("/api/flows\n\n");
    out.append("Seeded flows:\n");
    for (Map.Entry<String, String> e : f.flowIds.entrySet()) {
      out.append(String.format("  %-9s %s%n", e.getKey(), e.getValue()));
    }
    out.append("\nStream the LLM-style flow (FlowAI format):\n");
    out.append("  curl -N -X POST ").append(f.base).append("/v1/api/workflow/run/")
        .append(f.flow("Story")).append(" -H 'X-API-KEY: ").append(f.apiKey)
        .append("' -d '{\"input\":{\"topic\":\"AI trends 2026\"},\"stream\":true}'\n");
    return out.toString();
  }
}
