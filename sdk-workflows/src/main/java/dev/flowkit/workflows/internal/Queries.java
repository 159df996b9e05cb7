package dev.flowkit.workflows.internal;

import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.workflows.internal.platform.Endpoint;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Encodes the list params as query parameters (the set ones, in a stable order). The filters only
 * some platforms have ({@link Endpoint#SCOPED_FILTERS}) are refused by every endpoint that does
 * not accept them.
 */
public final class Queries {
  private Queries() {}

  public static Map<String, String> of(ListParams params) {
    Objects.requireNonNull(params, "params == null");
    Map<String, String> query = page(new LinkedHashMap<String, String>(), params.limit(), params.cursor());
    put(query, "projectId", params.projectId());
    return query;
  }

  public static Map<String, String> of(ListFlowsParams params) {
    Objects.requireNonNull(params, "params == null");
    Map<String, String> query = new LinkedHashMap<>();
    if (params.limit() != null) query.put("limit", String.valueOf(params.limit()));
    if (params.status() != null) query.put("status", params.status().name());
    put(query, "folderId", params.folderId());
    put(query, "name", params.name());
    put(query, "cursor", params.cursor());
    put(query, "projectId", params.projectId());
    return query;
  }

  public static Map<String, String> of(ListRunsParams params) {
    Objects.requireNonNull(params, "params == null");
    Map<String, String> query = new LinkedHashMap<>();
    put(query, "flowId", params.flowId());
    if (params.status() != null) query.put("status", params.status().name());
    page(query, params.limit(), params.cursor());
    put(query, "projectId", params.projectId());
    if (params.createdAfter() != null) query.put("createdAfter", String.valueOf(params.createdAfter()));
    if (params.createdBefore() != null) query.put("createdBefore", String.valueOf(params.createdBefore()));
    // Several values under one name: a JSON array, which the platform's query map spreads.
    if (!params.tags().isEmpty()) query.put("tags", FlowJson.moshi().adapter(Object.class).toJson(params.tags()));
    return query;
  }

  public static Map<String, String> of(ListConnectionsParams params) {
    Objects.requireNonNull(params, "params == null");
    Map<String, String> query = new LinkedHashMap<>();
    put(query, "pieceName", params.pieceName());
    page(query, params.limit(), params.cursor());
    put(query, "projectId", params.projectId());
    return query;
  }

  private static Map<String, String> page(
      Map<String, String> query, @Nullable Integer limit, @Nullable String cursor) {
    if (limit != null) query.put("limit", String.valueOf(limit));
    put(query, "cursor", cursor);
    return query;
  }

  private static void put(Map<String, String> query, String name, @Nullable String value) {
    if (value != null) query.put(name, value);
  }
}
