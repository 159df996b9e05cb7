package dev.flowkit.workflows.internal.platform;

import static dev.flowkit.workflows.internal.platform.Dialect.obj;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * flow8 (its API overview): base URL {@code http://host:4454/api/}; a session cookie from
 * {@code POST /api/auth/login} or {@code Authorization: Bearer} API keys; lists by
 * {@code ?page=0&size=25} answering {@code {data,total,page,size,pages}}; {@code GET /api/auth/me}
 * and {@code POST /api/auth/logout}; runs are plays under {@code /api/plays} (layers are step
 * results, cancel is {@code DELETE}); errors {@code {error,message,statusCode}}. Flows and plays
 * have the contract's shapes (the overview shows none of its own). Execution events go over a
 * WebSocket, so there are no event streams; no versions, flow operations, latest runs, folders,
 * app connections or MCP servers.
 */
public final class Flow8Dialect {
  private static final String NAME = "FLOW8";

  private Flow8Dialect() {}

  public static Dialect create() {
    Endpoint.AnswerMap page = Paging::toCursorPage;
    Dialect contract = FlowkitDialect.create();
    return Dialect.builder(NAME, "api/")
        .as(contract, Operation.LOGIN, Operation.CREATE_API_KEY, Operation.REVOKE_API_KEY,
            Operation.CREATE_FLOW, Operation.GET_FLOW, Operation.UPDATE_FLOW, Operation.DELETE_FLOW,
            Operation.TRIGGER_FLOW, Operation.TRIGGER_FLOW_SYNC)
        .map(Operation.GET_SESSION, Endpoint.of("GET", "api/auth/me"))
        .map(Operation.LOGOUT, Endpoint.of("POST", "api/auth/logout").body(x -> obj()))
        .map(Operation.LIST_API_KEYS, Endpoint.of("GET", "api/auth/api-keys").query(Paging::pageAndSize).answer(page))
        .map(Operation.LIST_FLOWS, Endpoint.of("GET", "api/flows").query(Paging::pageAndSize).answer(page))
        .map(Operation.LIST_RUNS, Endpoint.of("GET", "api/plays").query(Paging::pageAndSize).answer(page))
        .map(Operation.GET_RUN, Endpoint.of("GET", "api/plays/{id}"))
        .map(Operation.LIST_RUN_STEPS, Endpoint.of("GET", "api/plays/{id}/layers")
            .query(x -> {
              Map<String, String> all = new LinkedHashMap<>();
              all.put("size", "100"); // every layer of a play on one page
              return all;
            })
            .answer(page))
        .map(Operation.APPROVE_RUN, Endpoint.of("POST", "api/plays/{id}/approve"))
        .map(Operation.CANCEL_RUN, Endpoint.of("DELETE", "api/plays/{id}").body(x -> null))
        .build();
  }
}
