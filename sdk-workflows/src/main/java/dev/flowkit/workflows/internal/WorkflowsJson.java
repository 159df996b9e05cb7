package dev.flowkit.workflows.internal;

import static dev.flowkit.core.internal.RequiredFields.firstNull;

import com.squareup.moshi.Moshi;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.NonNullElementsFactory;
import dev.flowkit.core.internal.RequiredFields;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowVersion;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.McpTool;
import dev.flowkit.workflows.models.RunError;
import dev.flowkit.workflows.models.Step;
import dev.flowkit.workflows.models.StepResult;
import dev.flowkit.workflows.models.User;
import dev.flowkit.workflows.models.Workspace;

/**
 * The Moshi every response of the Flow API is decoded with: {@link FlowJson#moshi()} plus a
 * check of the fields {@code openapi/flow-api.yaml} marks required (for every response model)
 * and of null elements in typed lists. A violation is an {@code InvalidResponseException}
 * naming the JSON path. One explicit check per type: no reflection, nothing for R8 to keep.
 */
public final class WorkflowsJson {
  private static final String[] RESOURCE = {"id", "created", "updated", "projectId"};
  // The names each check reports, in the order it tests the fields (allocated once).
  private static final String[] FLOW = names(RESOURCE, "status", "operationStatus", "version");
  private static final String[] STEP = new String[] {"name", "type"};
  private static final String[] RUN = names(RESOURCE, "flowId", "flowVersionId", "status", "environment");
  private static final String[] FOLDER = names(RESOURCE, "displayName");
  // Required as both the contract and the Imbrace page (seed 003) mark them: a field only the
  // contract lists (a version's state, a connection's or server's status, a server's token)
  // may be absent and reads as UNKNOWN or null.
  private static final String[] MCP_SERVER = RESOURCE;
  private static final String[] MCP_TOOL = new String[] {"name", "flowId"};
  private static final String[] API_KEY = new String[] {"id", "created", "name"};
  private static final String[] CREATED_API_KEY = new String[] {"id", "created", "name", "key"};
  private static final String[] USER = new String[] {"id", "email"};
  private static final String[] WORKSPACE = new String[] {"workspaceId", "name"};
  private static final String[] VERSION = {"id", "created", "updated", "flowId", "displayName", "trigger"};
  private static final String[] CONNECTION = names(RESOURCE, "externalId", "displayName", "pieceName", "type");

  private static final RequiredFields REQUIRED =
      RequiredFields.builder()
          .on(Flow.class, f -> firstNull(FLOW,
              f.id(), f.created(), f.updated(), f.projectId(), f.status(), f.operationStatus(), f.version()))
          .on(FlowVersion.class, v -> firstNull(VERSION,
              v.id(), v.created(), v.updated(), v.flowId(), v.displayName(), v.trigger()))
          .on(Step.class, s -> firstNull(STEP, s.name(), s.type()))
          .on(FlowRun.class, r -> firstNull(RUN,
              r.id(), r.created(), r.updated(), r.projectId(), r.flowId(), r.flowVersionId(), r.status(),
              r.environment()))
          .on(RunError.class, e -> e.message() == null ? "message" : null)
          .on(StepResult.class, s -> s.status() == null ? "status" : null)
          .on(Folder.class, f -> firstNull(FOLDER,
              f.id(), f.created(), f.updated(), f.projectId(), f.displayName()))
          .on(AppConnection.class, c -> firstNull(CONNECTION,
              c.id(), c.created(), c.updated(), c.projectId(), c.externalId(), c.displayName(), c.pieceName(),
              c.type()))
          .on(McpServer.class, m -> firstNull(MCP_SERVER,
              m.id(), m.created(), m.updated(), m.projectId()))
          .on(McpTool.class, t -> firstNull(MCP_TOOL, t.name(), t.flowId()))
          .on(ApiKey.class, k -> firstNull(API_KEY, k.id(), k.created(), k.name()))
          .on(CreatedApiKey.class, k -> firstNull(CREATED_API_KEY,
              k.id(), k.created(), k.name(), k.key()))
          .on(User.class, u -> firstNull(USER, u.id(), u.email()))
          .on(Workspace.class, w -> firstNull(WORKSPACE, w.workspaceId(), w.name()))
          .on(PageEnvelope.class, p -> p.hasData() ? null : "data")
          .build();

  private static final Moshi MOSHI =
      FlowJson.moshi().newBuilder().add(NonNullElementsFactory.INSTANCE).add(REQUIRED).build();

  private WorkflowsJson() {}

  /** The checking Moshi. */
  public static Moshi moshi() {
    return MOSHI;
  }

  private static String[] names(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
