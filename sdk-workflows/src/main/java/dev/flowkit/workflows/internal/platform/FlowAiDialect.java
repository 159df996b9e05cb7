package dev.flowkit.workflows.internal.platform;

import static dev.flowkit.workflows.internal.platform.Dialect.obj;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.InvalidResponseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * FlowAI (its workflow API guide): one route, {@code POST /v1/api/workflow/run/{id}} with an
 * {@code X-API-KEY} header. {@code {"input":{…}}} answers {@code {"output":…,"total_time":s}} when
 * the workflow ends ({@code triggerFlowSync}); with {@code "stream":true} it streams {@code msg},
 * {@code stream}, {@code output} and {@code error} events ({@code streamFlow}). Nothing else: no
 * login, no listing, no run to read later.
 */
public final class FlowAiDialect {
  private static final String NAME = "FLOWAI";

  private FlowAiDialect() {}

  public static Dialect create() {
    return Dialect.builder(NAME, "v1/api/")
        .apiKeyHeader(ApiKeyHeader.X_API_KEY)
        .map(Operation.TRIGGER_FLOW_SYNC, Endpoint.of("POST", "v1/api/workflow/run/{id}")
            .body(x -> obj("input", Trigger.of(x).noTags(x).input))
            .answer(FlowAiDialect::result))
        .map(Operation.STREAM_FLOW, Endpoint.of("POST", "v1/api/workflow/run/{id}")
            .body(x -> obj("input", Trigger.of(x).noTags(x).input, "stream", true)))
        .errors(FlowAiDialect::error)
        .build();
  }

  /**
   * {@code {output, total_time}} → a finished run: SUCCEEDED with its output and duration, or
   * FAILED with the {@code error} text when the workflow failed.
   */
  static Map<String, Object> result(@Nullable Object answer, Exchange x) {
    Map<String, Object> json = Wire.object(answer, "FlowAI's {\"output\":…,\"total_time\":…}");
    if (!json.containsKey("total_time") && !json.containsKey("output")) {
      throw new InvalidResponseException("Expected FlowAI's {\"output\":…,\"total_time\":…} but got "
          + json.keySet(), null);
    }
    Object seconds = json.get("total_time");
    Long millis = seconds instanceof Number ? Long.valueOf(Math.round(((Number) seconds).doubleValue() * 1000)) : null;
    Object error = json.get("error");
    String status = json.get("status") instanceof String ? (String) json.get("status")
        : error == null ? "SUCCEEDED" : "FAILED";
    return Wire.compact(obj("id", json.get("runId"), "flowId", x.param("id"), "status", status,
        "output", json.get("output"), "durationMs", millis, "triggeredBy", "api",
        "error", error == null ? null : obj("message", String.valueOf(error), "step", null)));
  }

  /** FlowAI names the HTTP status; a body of {@code {error, message}} or text is kept as the message. */
  static @Nullable Map<String, Object> error(int status, @Nullable Object body) {
    if (body instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) body;
      Object code = m.get("error");
      Object message = m.get("message");
      if (code instanceof String && message instanceof String) return null; // already the contract's
      if (code instanceof String) return Wire.error(status, Wire.codeFor(status), (String) code);
      if (message instanceof String) return Wire.error(status, Wire.codeFor(status), (String) message);
    }
    return null;
  }
}
