package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Body;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.FlowStore;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Run;
import dev.flowkit.server.internal.Services;
import java.util.ArrayList;
import java.util.Map;

/**
 * FlowAI's workflow API: one route, {@code POST /v1/api/workflow/run/{id}} with an
 * {@code X-API-KEY} header and {@code {"input":{…}}}, answering {@code {"output":…,"total_time":s}}
 * once the run ends, or with {@code "stream":true} the run's {@code msg}/{@code stream}/
 * {@code output}/{@code error} events. A published (enabled) flow is a callable workflow.
 */
public final class FlowAiDialect implements Dialect {
  /** How long a standard call waits for its run before answering 504. */
  static final long WAIT_MILLIS = 120_000;

  @Override public void register(Router r, Services s) {
    s.engine.startDataIsTheInput(); // seed 001: the start event's Data is the input as sent
    r.add("POST", "/v1/api/workflow/run/{id}", call -> run(s, call));
  }

  private static Reply run(Services s, Call call) {
    Body b = call.body();
    Map<String, Object> input = b.object("input");
    boolean stream = b.bool("stream", false);
    Principal p = call.principal();
    FlowStore.Runnable flow;
    try {
      flow = s.flows.runnable(p, call.param("id"));
    } catch (ApiException e) {
      if (e.status != 409) throw e;
      throw new ApiException(404, "WORKFLOW_NOT_PUBLISHED", "Workflow " + call.param("id")
          + " is not published; publish it before calling it");
    }
    Run run = s.engine.trigger(flow, input == null ? Json.obj() : FlowStore.asMap(Json.copy(input)),
        new ArrayList<>(), "api");
    if (stream) return Reply.stream(run.events(), 0, run.id());
    try {
      s.engine.awaitEnd(run, s.platform.runWait(WAIT_MILLIS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Map<String, Object> json = run.json();
    if (!run.terminal()) {
      throw new ApiException(504, "TIMEOUT", "Workflow " + flow.flowId + " did not finish within "
          + s.platform.runWait(WAIT_MILLIS) / 1000.0 + " s; call it with \"stream\":true to follow long runs");
    }
    Object millis = json.get("durationMs");
    double total = millis == null ? 0 : ((Long) millis) / 1000.0;
    if ("SUCCEEDED".equals(json.get("status"))) {
      return Reply.json(200, Json.obj("output", json.get("output"), "total_time", total));
    }
    Object error = json.get("error");
    String message = error == null ? String.valueOf(json.get("status"))
        : String.valueOf(FlowStore.asMap(error).get("message"));
    return Reply.json(200, Json.obj("output", null, "total_time", total, "error", message));
  }

  @Override public Principal authenticate(Call call, Services s) {
    String key = call.header("X-API-KEY");
    if (key == null || key.isBlank()) {
      throw ApiException.unauthenticated("Missing X-API-KEY header; create a key on the API Management page");
    }
    return s.auth.authenticateKey(key);
  }

  @Override public Reply error(ApiException e, String requestId) {
    return Dialect.errorReply(e, Json.obj("error", e.code, "message", e.getMessage()));
  }

  @Override public String journey(Facts f) {
    String url = f.base + "/v1/api/workflow/run/";
    StringBuilder out = new StringBuilder();
    out.append("Standard call (answers {\"output\":…,\"total_time\":…} when the workflow ends):\n");
    out.append("  curl -X POST ").append(url).append(f.flow("Hello")).append(" -H 'X-API-KEY: ")
        .append(f.apiKey).append("' -d '{\"input\":{\"name\":\"Are you there?\"}}'\n\n");
    out.append("Streaming call (Server-Sent Events: msg, stream, output, error):\n");
    out.append("  curl -N -X POST ").append(url).append(f.flow("Story")).append(" -H 'X-API-KEY: ")
        .append(f.apiKey).append("' -d '{\"input\":{\"topic\":\"Are you there?\"},\"stream\":true}'\n");
    return out.toString();
  }
}
