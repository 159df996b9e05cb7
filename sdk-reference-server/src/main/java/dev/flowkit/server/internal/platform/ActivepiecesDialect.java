package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.ApRoutes;
import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.DemoData;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Services;
import java.util.Map;

/**
 * Activepieces v1 ({@code packages/server/api}'s controllers), as Activepieces itself serves it
 * under {@code /api/v1} with {@code Authorization: Bearer <API key>}, or as Imbrace serves it
 * behind its gateway under {@code /activepieces/v1} with {@code x-api-key} or {@code
 * x-access-token} + {@code x-organization-id} (the official Imbrace SDK's transport), plus
 * Imbrace's channel automations. Flows run for real on the shared engine ({@link ApRoutes}).
 */
public final class ActivepiecesDialect implements Dialect {
  private final boolean imbrace;
  private final String root;
  private ApRoutes routes;
  private String accessToken = "<access_token>";
  private String organization = "<organization_id>";

  /** Imbrace ({@code /activepieces/v1}) when {@code imbrace}, else Activepieces ({@code /api/v1}). */
  public ActivepiecesDialect(boolean imbrace) {
    this.imbrace = imbrace;
    this.root = imbrace ? "/activepieces/v1" : "/api/v1";
  }

  @Override public void register(Router router, Services services) {
    routes = new ApRoutes(services, root, imbrace);
    routes.register(router);
  }

  @Override public DemoData.Seeded seed(Services services, DemoData.Seeded seeded, boolean demoFlows) {
    Principal demo = seeded.owner();
    Map<String, String> flows = routes.seed(demo, demoFlows);
    if (imbrace) {
      accessToken = routes.issueAccessToken(demo);
      organization = demo.workspaceId;
    }
    return seeded.withFlowIds(flows);
  }

  @Override public Principal authenticate(Call call, Services services) {
    return routes.authenticate(call);
  }

  @Override public Reply error(ApiException e, String requestId) {
    return routes.error(e);
  }

  /** The demo access token (Imbrace's {@code x-access-token}) and its organization, for the banner and tests. */
  public String[] accessToken() {
    return new String[] {accessToken, organization};
  }

  @Override public String journey(Facts f) {
    String api = f.base + root;
    String auth = imbrace ? " -H 'x-api-key: " + f.apiKey + "'" : " -H 'Authorization: Bearer " + f.apiKey + "'";
    String project = imbrace ? "" : "projectId=" + routes.demoProject() + "&";
    String hello = f.flow("Hello");
    StringBuilder out = new StringBuilder();
    out.append(imbrace ? "Imbrace gateway; its workflow engine is Activepieces v1 under /activepieces/v1.\n"
        : "Activepieces v1 under /api/v1.\n");
    out.append("API key: ").append(f.apiKey).append("\n\n");
    out.append("List flows:\n  curl").append(auth).append(" '").append(api).append("/flows?").append(project)
        .append("limit=10'\n\n");
    out.append("Trigger Hello (the webhook answers 200 {} and an x-webhook-id, no run id):\n")
        .append("  curl -i -X POST ").append(api).append("/webhooks/").append(hello)
        .append(" -H 'Content-Type: application/json' -d '{\"name\":\"Ada\"}'\n\n");
    out.append("Trigger and wait for the flow's Return Response:\n")
        .append("  curl -i -X POST ").append(api).append("/webhooks/").append(hello)
        .append("/sync -H 'Content-Type: application/json' -d '{\"name\":\"Ada\"}'\n\n");
    out.append("Find the run it started:\n  curl").append(auth).append(" '").append(api).append("/flow-runs?")
        .append(project).append("flowId=").append(hello).append("&limit=5'\n\n");
    if (imbrace) {
      out.append("The same with an access token:\n  curl -H 'x-access-token: ").append(accessToken)
          .append("' -H 'x-organization-id: ").append(organization).append("' '").append(api).append("/flows'\n\n");
    }
    out.append("Seeded flows:\n");
    for (Map.Entry<String, String> e : f.flowIds.entrySet()) {
      out.append(String.format("  %-9s %s%n", e.getKey(), e.getValue()));
    }
    return out.toString();
  }
}
