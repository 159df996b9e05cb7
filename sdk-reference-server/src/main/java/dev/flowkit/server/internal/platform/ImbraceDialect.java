package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Services;

/**
 * Imbrace's workflows API (the Imbrace SDK page): the resource shapes, statuses and cursor pages
 * of {@code API.md}, which were taken from it. Its page shows SDK calls, not HTTP, so the journey
 * prints the requests those calls make.
 */
public final class ImbraceDialect implements Dialect {
  private final FlowkitDialect contract = new FlowkitDialect();

  @Override public void register(Router router, Services services) {
    contract.register(router, services);
  }

  @Override public Principal authenticate(Call call, Services services) {
    return contract.authenticate(call, services);
  }

  @Override public Reply error(ApiException e, String requestId) {
    return contract.error(e, requestId);
  }

  @Override public String journey(Facts f) {
    String auth = " -H 'Authorization: Bearer " + f.apiKey + "'";
    StringBuilder out = new StringBuilder();
    out.append("client.workflows.listFlows({limit: 10, status: \"ENABLED\"}):\n");
    out.append("  curl").append(auth).append(" '").append(f.base).append("/api/flows?limit=10&status=ENABLED'\n\n");
    out.append("client.workflows.createFlow({displayName: \"New Lead Notification\"}):\n");
    out.append("  curl").append(auth).append(" -X POST ").append(f.base).append("/api/flows \\\n")
        .append("    -H 'Content-Type: application/json' -d '{\"displayName\":\"New Lead Notification\"}'\n\n");
    out.append("client.workflows.triggerFlow(\"").append(f.flow("Hello")).append("\", {contact_id: \"contact_123\"}):\n");
    out.append("  curl").append(auth).append(" -X POST ").append(f.base).append("/api/flows/")
        .append(f.flow("Hello")).append("/run \\\n")
        .append("    -H 'Content-Type: application/json' -d '{\"input\":{\"contact_id\":\"contact_123\",\"event\":\"lead_created\"}}'\n\n");
    out.append("client.workflows.listRuns({flowId, status: \"FAILED\", limit: 20}):\n");
    out.append("  curl").append(auth).append(" '").append(f.base).append("/api/runs?flowId=")
        .append(f.flow("Failing")).append("&status=FAILED&limit=20'\n");
    return out.toString();
  }
}
