package dev.flowkit.workflows.internal.platform;

import static dev.flowkit.workflows.internal.platform.Profile.obj;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.InvalidResponseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * FlowAI (its workflow API guide): one route, {@code POST /v1/api/workflow/run/{id}} with an
 * {@code X-API-KEY} header. {@code {"input":{…}}} answers {@code {"output":…,"total_time":s}} when
 * the workflow ends ({@code triggerFlowSync}); with {@code "stream":true} it streams {@code msg},
 * {@code stream}, {@code output} and {@code error} events ({@code streamFlow}). Nothing else: no
 * login, no listing, no run to read later.
 */
public final class FlowAiProfile {
  private static final String NAME = "FLOWAI";

  private FlowAiProfile() {}

  public static Profile create() {
    return Profile.builder(NAME, "v1/api/")
        .apiKeyHeader(ApiKeyHeader.X_API_KEY)
        .map(Operation.TRIGGER_FLOW_SYNC, Endpoint.of("POST", "v1/api/workflow/run/{id}")
            .body(x -> {
              checkNoTags(x);
              return obj("input", x.field("input"));
            })
            .answer(FlowAiProfile::result))
        .map(Operation.STREAM_FLOW, Endpoint.of("POST", "v1/api/workflow/run/{id}")
            .body(x -> {
              checkNoTags(x);
              return obj("input", x.field("input"), "stream", true);
            }))
        .errors(FlowAiProfile::error)
        .build();
  }

  private static void checkNoTags(Exchange x) {
    Object tags = x.field("tags");
    if (tags instanceof List && !((List<?>) tags).isEmpty()) throw x.unsupported("tags");
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
