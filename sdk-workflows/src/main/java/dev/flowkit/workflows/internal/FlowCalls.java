package dev.flowkit.workflows.internal;

import static dev.flowkit.workflows.internal.Rest.id;

import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.CallTimeouts;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.FlowOperationType;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowVersion;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.TriggerFlowParams;
import dev.flowkit.workflows.models.UpdateFlowParams;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Request;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** The calls of flows, versions, operations and triggers, shared by both facades. */
public final class FlowCalls {
  /** The most a synchronous trigger may wait, as the API allows. */
  public static final Duration MAX_SYNC_TIMEOUT = Duration.ofMinutes(2);

  private final Rest rest;

  public FlowCalls(Rest rest) {
    this.rest = rest;
  }

  public ApiCall<PageEnvelope<Flow>> list(ListFlowsParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.list(Flow.class, Queries.of(params), "api", "flows");
  }

  public ApiCall<Flow> get(String flowId) {
    return rest.get(Flow.class, "api", "flows", id(flowId, "flowId"));
  }

  public ApiCall<Flow> create(CreateFlowParams params) {
    return rest.send("POST", Flow.class, Objects.requireNonNull(params, "params == null"), "api", "flows");
  }

  public ApiCall<Flow> update(String flowId, UpdateFlowParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.send("PUT", Flow.class, params, "api", "flows", id(flowId, "flowId"));
  }

  public ApiCall<@Nullable Void> delete(String flowId) {
    return rest.delete("api", "flows", id(flowId, "flowId"));
  }

  public ApiCall<Flow> apply(String flowId, FlowOperation operation) {
    Objects.requireNonNull(operation, "operation == null");
    return rest.sendJson("POST", Flow.class, operationJson(operation), "api", "flows", id(flowId, "flowId"));
  }

  /**
   * {@code {"type": …, "request": {…}}}. A null in the request is meant and written ({"folderId":
   * null} takes a flow out of its folder); nulls deeper down (a step's absent fields) are left out.
   */
  static String operationJson(FlowOperation operation) {
    Moshi moshi = FlowJson.moshi();
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("type");
      moshi.adapter(FlowOperationType.class).toJson(writer, operation.type());
      writer.name("request").beginObject();
      for (Map.Entry<String, @Nullable Object> field : operation.request().entrySet()) {
        writer.name(field.getKey());
        Object value = field.getValue();
        if (value == null) {
          writer.setSerializeNulls(true);
          writer.nullValue();
          writer.setSerializeNulls(false);
        } else {
          moshi.adapter(Object.class).toJson(writer, value);
        }
      }
      writer.endObject().endObject();
    } catch (IOException e) {
      throw new AssertionError(e); // a Buffer does not fail
    }
    return buffer.readUtf8();
  }

  public ApiCall<PageEnvelope<FlowVersion>> listVersions(String flowId, ListParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.list(FlowVersion.class, Queries.of(params), "api", "flows", id(flowId, "flowId"), "versions");
  }

  public ApiCall<FlowVersion> getVersion(String flowId, String versionId) {
    return rest.get(
        FlowVersion.class, "api", "flows", id(flowId, "flowId"), "versions", id(versionId, "versionId"));
  }

  public ApiCall<FlowRun> trigger(String flowId, @Nullable Object input, TriggerFlowParams options) {
    return withKey(
        rest.send("POST", FlowRun.class, body(input, options), "api", "flows", id(flowId, "flowId"), "run"),
        options);
  }

  public ApiCall<FlowRun> triggerSync(String flowId, @Nullable Object input, Duration timeout, TriggerFlowParams options) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_SYNC_TIMEOUT) > 0) {
      throw new IllegalArgumentException("timeout must be in (0, 2 min] but was " + timeout);
    }
    Map<String, Object> body = body(input, options);
    body.put("sync", true);
    body.put("timeoutMs", timeout.toMillis());
    ApiCall<FlowRun> call =
        withKey(rest.send("POST", FlowRun.class, body, "api", "flows", id(flowId, "flowId"), "run"), options);
    // The server holds the answer up to the timeout; the read must outwait it.
    Duration read = timeout.plus(rest.transport().options().readTimeout());
    return call.withRequest(CallTimeouts.withReadTimeout(call.request(), read));
  }

  /** The streaming trigger's request: {@code stream: true} and {@code Accept: text/event-stream}. */
  public Request streamRequest(String flowId, @Nullable Object input, TriggerFlowParams options) {
    Map<String, Object> body = body(input, options);
    body.put("stream", true);
    Request request =
        rest.request("POST", body, "api", "flows", id(flowId, "flowId"), "run")
            .newBuilder()
            .header("Accept", "text/event-stream")
            .build();
    request = withKey(request, options);
    // Another platform documents no Idempotency-Key, so its trigger gets none of ours: a key it
    // ignores would make a repeat look safe when it runs the flow twice.
    return rest.profile().isContract() ? Rest.idempotent(request) : request;
  }

  private static Map<String, Object> body(@Nullable Object input, TriggerFlowParams options) {
    Objects.requireNonNull(options, "options == null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("input", input == null ? new LinkedHashMap<String, Object>() : jsonObject(input));
    if (!options.tags().isEmpty()) body.put("tags", options.tags());
    return body;
  }

  /**
   * The input as a JSON object, checked before sending: the API takes only an object (a list or
   * a string would come back as a 400 after the round trip).
   */
  private static Object jsonObject(Object input) {
    if (input instanceof Map) return input; // a Map always encodes to an object; no copy needed
    Object json = FlowJson.moshi().adapter(Object.class).toJsonValue(input);
    if (!(json instanceof Map)) {
      String kind = json == null ? "null" : json instanceof List ? "an array" : "a " + json.getClass().getSimpleName();
      throw new IllegalArgumentException(
          "input must encode to a JSON object (a Map or a class with fields) but encodes to " + kind);
    }
    return json;
  }

  private static <T> ApiCall<T> withKey(ApiCall<T> call, TriggerFlowParams options) {
    return options.idempotencyKey() == null ? call : call.withRequest(withKey(call.request(), options));
  }

  private static Request withKey(Request request, TriggerFlowParams options) {
    String key = options.idempotencyKey();
    return key == null ? request : request.newBuilder().header(Rest.IDEMPOTENCY_KEY, key).build();
  }
}
