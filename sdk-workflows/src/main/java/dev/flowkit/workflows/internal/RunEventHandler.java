package dev.flowkit.workflows.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.internal.EventSink;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.workflows.models.RunEvent;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Turns a run's raw Server-Sent Events into {@link RunEvent}s for an {@link EventSink} (a
 * listener's, or a pulled stream's pending events), learns the run id (from the {@code
 * Flow-Run-Id} header or the first {@code start} event) so that a dropped stream can resume at
 * {@code /api/runs/{id}/events}, and knows when the run is over.
 */
public final class RunEventHandler implements ResumableEventStream.Handler {
  private final RunCalls runs;
  private final EventSink<RunEvent> sink;
  private volatile @Nullable String runId;
  private volatile boolean finished;

  RunEventHandler(RunCalls runs, EventSink<RunEvent> sink, @Nullable String runId) {
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
    onEvent(id, type, new Buffer().writeUtf8(data));
  }

  /** The data is read as bytes, straight into the typed event. */
  @Override
  public void onEvent(@Nullable String id, @Nullable String type, Buffer data) {
    RunEvent event = RunEventDecoder.decode(id, type, data);
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
}
