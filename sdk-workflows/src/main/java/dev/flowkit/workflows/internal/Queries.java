package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Encodes the list params as query parameters (the set ones, in a stable order). */
public final class Queries {
  private Queries() {}

  public static Map<String, String> of(ListParams params) {
    Objects.requireNonNull(params, "params == null");
    return page(new LinkedHashMap<String, String>(), params.limit(), params.cursor());
  }

  public static Map<String, String> of(ListFlowsParams params) {
    Objects.requireNonNull(params, "params == null");
    Map<String, String> query = new LinkedHashMap<>();
    if (params.limit() != null) query.put("limit", String.valueOf(params.limit()));
    if (params.status() != null) query.put("status", params.status().name());
    put(query, "folderId", params.folderId());
    put(query, "name", params.name());
    put(query, "cursor", params.cursor());
    return query;
  }

  public static Map<String, String> of(ListRunsParams params) {
    Objects.requireNonNull(params, "params == null");
    Map<String, String> query = new LinkedHashMap<>();
    put(query, "flowId", params.flowId());
    if (params.status() != null) query.put("status", params.status().name());
    return page(query, params.limit(), params.cursor());
  }

  public static Map<String, String> of(ListConnectionsParams params) {
    Objects.requireNonNull(params, "params == null");
    Map<String, String> query = new LinkedHashMap<>();
    put(query, "pieceName", params.pieceName());
    return page(query, params.limit(), params.cursor());
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
