package dev.flowkit.workflows.internal;

import static dev.flowkit.workflows.internal.Rest.id;

import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.flowkit.core.internal.CallTimeouts;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.workflows.internal.platform.JsonText;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Trigger;
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

  /**
   * Whether a synchronous trigger answers a started run that the SDK waits for, the platform
   * having no synchronous mode (flow8).
   */
  public boolean syncByWaiting() {
    return rest.dialect().syncByWaiting();
  }

  /** What is left of {@code timeout} since {@code startNanos}, never negative. */
  public static Duration left(Duration timeout, long startNanos) {
    Duration left = timeout.minusNanos(System.nanoTime() - startNanos);
    return left.isNegative() ? Duration.ZERO : left;
  }

  public ApiCall<PageEnvelope<Flow>> list(ListFlowsParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.LIST_FLOWS).query(Queries.of(params)).page(Flow.class);
  }

  public ApiCall<Flow> get(String flowId) {
    return rest.call(Operation.GET_FLOW).param("id", id(flowId, "flowId")).returning(Flow.class);
  }

  public ApiCall<Flow> create(CreateFlowParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.CREATE_FLOW).body(params).returning(Flow.class);
  }

  public ApiCall<Flow> update(String flowId, UpdateFlowParams params) {
    Objects.requireNonNull(params, "params == null");
    return rest.call(Operation.UPDATE_FLOW).param("id", id(flowId, "flowId")).body(params).returning(Flow.class);
  }

  public ApiCall<@Nullable Void> delete(String flowId) {
    return rest.call(Operation.DELETE_FLOW).param("id", id(flowId, "flowId")).noContent();
  }

  public ApiCall<Flow> apply(String flowId, FlowOperation operation) {
    Objects.requireNonNull(operation, "operation == null");
    return rest.call(Operation.APPLY_FLOW_OPERATION).param("id", id(flowId, "flowId"))
        .body(new JsonText(operationJson(operation))).returning(Flow.class);
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
    return rest.call(Operation.LIST_VERSIONS).param("id", id(flowId, "flowId")).query(Queries.of(params))
        .page(FlowVersion.class);
  }

  public ApiCall<FlowVersion> getVersion(String flowId, String versionId) {
    return rest.call(Operation.GET_VERSION).param("id", id(flowId, "flowId"))
        .param("versionId", id(versionId, "versionId")).returning(FlowVersion.class);
  }

  public ApiCall<FlowRun> trigger(String flowId, @Nullable Object input, TriggerFlowParams options) {
    return trigger(Operation.TRIGGER_FLOW, flowId, input, options, null).returning(FlowRun.class);
  }

  public ApiCall<FlowRun> triggerSync(String flowId, @Nullable Object input, Duration timeout, TriggerFlowParams options) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_SYNC_TIMEOUT) > 0) {
      throw new IllegalArgumentException("timeout must be in (0, 2 min] but was " + timeout);
    }
    ApiCall<FlowRun> call = trigger(Operation.TRIGGER_FLOW_SYNC, flowId, input, options, timeout).returning(FlowRun.class);
    // The server holds the answer up to the timeout; the read must outwait it.
    Duration read = timeout.plus(rest.transport().options().readTimeout());
    return call.withRequest(CallTimeouts.withReadTimeout(call.request(), read));
  }

  /** A trigger tagged as {@code streamFlow}'s, answering the new run (its events then come another way). */
  public ApiCall<FlowRun> triggerForStream(String flowId, @Nullable Object input, TriggerFlowParams options) {
    return trigger(Operation.STREAM_FLOW, flowId, input, options, null).returning(FlowRun.class);
  }

  /** The streaming trigger's request, asking for {@code text/event-stream}. */
  public Request streamRequest(String flowId, @Nullable Object input, TriggerFlowParams options) {
    return trigger(Operation.STREAM_FLOW, flowId, input, options, null).request()
        .newBuilder()
        .header("Accept", "text/event-stream")
        .build();
  }

  private Rest.Call trigger(
      Operation operation, String flowId, @Nullable Object input, TriggerFlowParams options, @Nullable Duration timeout) {
    Objects.requireNonNull(options, "options == null");
    Object json = input == null ? new LinkedHashMap<String, Object>() : jsonObject(input);
    return rest.call(operation)
        .param("id", id(flowId, "flowId"))
        .body(new Trigger(json, options.tags(), timeout))
        .idempotencyKey(options.idempotencyKey());
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
}
