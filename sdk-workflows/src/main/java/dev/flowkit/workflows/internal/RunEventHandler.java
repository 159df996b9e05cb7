package dev.flowkit.workflows.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.FlowJson;
import dev.flowkit.core.StreamException;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Turns a run's raw Server-Sent Events into {@link RunEvent}s for a {@link Sink}, learns the
 * run id (from the {@code Flow-Run-Id} header or the first {@code start} event) so that a
 * dropped stream can resume at {@code /api/runs/{id}/events}, and knows when the run is over.
 */
public final class RunEventHandler implements ResumableEventStream.Handler {
  /** Where decoded events go: a listener, or a {@link RunStream}'s buffer. */
  interface Sink {
    void event(RunEvent event);

    void reconnect(int attempt, @Nullable String lastEventId);

    void failure(FlowException error);

    void closed();
  }

  private static final JsonAdapter<Map<String, Object>> MAP =
      FlowJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final RunCalls runs;
  private final Sink sink;
  private volatile @Nullable String runId;
  private volatile boolean finished;

  RunEventHandler(RunCalls runs, Sink sink, @Nullable String runId) {
    this.runs = runs;
    this.sink = sink;
    this.runId = runId;
  }

  /** The run's id once known. */
  @Nullable String runId() {
    return runId;
  }

  @Override
  public void onOpen(Response response) {
    String header = response.header("Flow-Run-Id");
    if (runId == null && header != null) runId = header;
  }

  @Override
  public void onEvent(@Nullable String id, @Nullable String type, String data) {
    RunEvent event = decode(id, type, data);
    if (event instanceof RunEvent.Message) {
      RunEvent.Message message = (RunEvent.Message) event;
      Object started = message.data().get("runId");
      if (runId == null && message.type() == RunEvent.MessageType.START && started instanceof String) {
        runId = (String) started;
      }
    }
    if (event.isFinal()) finished = true;
    sink.event(event);
  }

  @Override
  public void onReconnect(int attempt, @Nullable String lastEventId, Throwable cause) {
    sink.reconnect(attempt, lastEventId);
  }

  @Override
  public boolean isFinished() {
    return finished;
  }

  @Override
  public @Nullable Request resumeRequest(@Nullable String lastEventId) {
    String id = runId;
    return id == null ? null : runs.resumeRequest(id, lastEventId);
  }

  @Override
  public void onFailure(FlowException error) {
    sink.failure(error);
  }

  @Override
  public void onClosed() {
    sink.closed();
  }

  /** Decodes one event; a payload that is not the JSON its type promises is a stream error. */
  static RunEvent decode(@Nullable String id, @Nullable String type, String data) {
    if (type == null || !(type.equals("msg") || type.equals("stream") || type.equals("output") || type.equals("error"))) {
      return new RunEvent.Other(id, type, data);
    }
    Map<String, Object> json;
    try {
      json = MAP.fromJson(data);
    } catch (IOException | RuntimeException e) {
      throw new StreamException("Event " + id + " (" + type + ") is not valid JSON: " + e.getMessage(), e);
    }
    if (json == null) json = Collections.emptyMap();
    switch (type) {
      case "msg":
        return new RunEvent.Message(
            id, text(json, "Node"), text(json, "Msg"), messageType(text(json, "Type")), object(json.get("Data")));
      case "stream":
        return new RunEvent.Token(id, text(json, "Content"), text(json, "Node"), nullableText(json, "Reasoning"));
      case "output":
        Object seconds = json.get("total_time");
        Duration total = seconds instanceof Number ? Models.seconds((Number) seconds) : Duration.ZERO;
        return new RunEvent.Output(id, json.get("output"), total, nullableText(json, "runId"), status(json));
      default:
        return new RunEvent.Failure(
            id, text(json, "error"), text(json, "message"), nullableText(json, "Node"), nullableText(json, "runId"));
    }
  }

  private static RunStatus status(Map<String, Object> json) {
    Object status = json.get("status");
    if (!(status instanceof String)) return RunStatus.SUCCEEDED;
    try {
      return RunStatus.valueOf((String) status);
    } catch (IllegalArgumentException unknown) {
      return RunStatus.UNKNOWN;
    }
  }

  private static RunEvent.MessageType messageType(String type) {
    switch (type) {
      case "start":
        return RunEvent.MessageType.START;
      case "start_node":
        return RunEvent.MessageType.START_STEP;
      case "finish_node":
        return RunEvent.MessageType.FINISH_STEP;
      case "pause":
        return RunEvent.MessageType.PAUSE;
      case "resume":
        return RunEvent.MessageType.RESUME;
      default:
        return RunEvent.MessageType.UNKNOWN;
    }
  }

  private static String text(Map<String, Object> json, String name) {
    Object value = json.get(name);
    return value == null ? "" : String.valueOf(value);
  }

  private static @Nullable String nullableText(Map<String, Object> json, String name) {
    Object value = json.get(name);
    return value == null ? null : String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Collections.<String, Object>emptyMap();
  }
}
