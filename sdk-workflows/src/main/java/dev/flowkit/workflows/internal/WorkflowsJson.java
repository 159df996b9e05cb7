package dev.flowkit.workflows.internal;

import com.squareup.moshi.Moshi;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.ModelAdapterFactory;
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
import dev.flowkit.workflows.models.User;
import dev.flowkit.workflows.models.Workspace;
import java.util.HashMap;
import java.util.Map;

/**
 * The Moshi every response of the Flow API is decoded with: {@link FlowJson}'s adapters, plus a
 * check at decode of each resource's id and of a page's {@code data}, and of null elements in typed
 * lists. A violation is an {@code InvalidResponseException} naming the JSON path.
 *
 * <p>Only ids are checked here: every other value the contract promises is checked when it is
 * read (its getter throws), so a server that leaves out one field, or sends it as null, never
 * makes a whole answer unreadable.
 */
public final class WorkflowsJson {
  private static final Moshi MOSHI;

  static {
    Map<Class<?>, String> ids = new HashMap<>();
    ids.put(Flow.class, "id");
    ids.put(FlowVersion.class, "id");
    ids.put(FlowRun.class, "id");
    ids.put(Folder.class, "id");
    ids.put(AppConnection.class, "id");
    ids.put(McpServer.class, "id");
    ids.put(ApiKey.class, "id");
    ids.put(CreatedApiKey.class, "id");
    ids.put(User.class, "id");
    ids.put(Workspace.class, "workspaceId");
    MOSHI = FlowJson.builder(ModelAdapterFactory.requiring(ids))
        .add(NonNullElementsFactory.INSTANCE)
        .add(RequiredFields.builder().on(PageEnvelope.class, p -> p.hasData() ? null : "data").build())
        .build();
  }

  private WorkflowsJson() {}

  /** The checking Moshi. */
  public static Moshi moshi() {
    return MOSHI;
  }
}
