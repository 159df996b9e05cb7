package dev.flowkit.workflows.internal.flow8;

import com.squareup.moshi.JsonAdapter;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.StreamException;
import dev.flowkit.core.internal.CatchUpHandler;
import dev.flowkit.core.internal.EventChannel;
import dev.flowkit.core.internal.EventSink;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.PushEvents;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.flow8.Play;
import dev.flowkit.workflows.flow8.PlayEvent;
import dev.flowkit.workflows.flow8.PlayEventListener;
import dev.flowkit.workflows.flow8.PlayLayer;
import dev.flowkit.workflows.flow8.PlaySubscription;
import dev.flowkit.workflows.internal.ApiCall;
import dev.flowkit.workflows.internal.FlowCalls;
import dev.flowkit.workflows.internal.Rest;
import dev.flowkit.workflows.internal.RunCalls;
import dev.flowkit.workflows.internal.RunPoller;
import dev.flowkit.workflows.internal.RunStreams;
import dev.flowkit.workflows.internal.SocketRuns;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Wire;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import dev.flowkit.workflows.models.TriggerFlowParams;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * flow8's live events over {@code WS /api/ws?token=…}, on the SDK's event-stream core: one play's
 * events as typed {@link RunEvent}s ({@code streamRun}, {@code streamFlow}, and the waits of
 * {@code waitForRun} and {@code triggerFlowSync}), and every play of the workspace as
 * {@link PlayEvent}s ({@code Flow8.of(client).subscribe}). Messages carry no ids, so after each
 * connection opens what was missed is fetched over REST (the play and its layers) and each event
 * is delivered once ({@link CatchUpHandler}).
 */
public final class Flow8Live implements SocketRuns {
  private static final JsonAdapter<Object> JSON = FlowJson.moshi().adapter(Object.class);

  private final Rest rest;
  private final FlowCalls flows;
  private final RunCalls runs;
  private final Flow8Calls calls;
  private final RunStreams streams;
  private final ExecutorService threads;

  public Flow8Live(Rest rest, FlowCalls flows, RunCalls runs, Flow8Calls calls, RunStreams streams, ExecutorService threads) {
    this.rest = rest;
    this.flows = flows;
    this.runs = runs;
    this.calls = calls;
    this.streams = streams;
    this.threads = threads;
  }

  /** flow8's own calls, which the live feed reads plays and layers with. */
  public Flow8Calls calls() {
    return calls;
  }

  /** The upgrade request, tagged with {@code op}: the API key as {@code ?token=}, or the session cookie. */
  private Request socket(Operation op) {
    Map<String, String> query = new LinkedHashMap<>();
    String key = rest.transport().options().apiKey();
    if (key != null) query.put("token", key);
    return rest.call(op).query(query).request();
  }

  // ---- one play, as run events ----

  @Override public RunSubscription streamRun(String runId, RunEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return streams.subscribe(source(Rest.id(runId, "runId"), Operation.STREAM_RUN), listener);
  }

  @Override public RunStream streamRun(String runId) {
    return streams.open(source(Rest.id(runId, "runId"), Operation.STREAM_RUN));
  }

  @Override public RunSubscription streamFlow(String flowId, @Nullable Object input, TriggerFlowParams params,
      RunEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    String playId = started(flowId, input, params);
    return streams.subscribe(source(playId, Operation.STREAM_RUN), listener);
  }

  @Override public RunStream streamFlow(String flowId, @Nullable Object input, TriggerFlowParams params) {
    String playId = started(flowId, input, params);
    return streams.open(source(playId, Operation.STREAM_RUN));
  }

  private String started(String flowId, @Nullable Object input, TriggerFlowParams params) {
    FlowRun run = flows.triggerForStream(flowId, input, params).execute();
    return Objects.requireNonNull(run.id(), "a started play has an id");
  }

  /** The play's events over the socket (its upgrade tagged {@code op}: a stream's request is the run's). */
  private RunStreams.RunSource source(String playId, Operation op) {
    return streams.webSocket(socket(op), playId, new PlayRunFeed(playId));
  }

  /**
   * Waits on the play's events; if the socket fails (refused, or out of reconnects) the rest of
   * the time is spent polling. The play as it is then is the answer.
   */
  @Override public FlowRun waitForRun(String runId, Duration timeout) {
    long start = System.nanoTime();
    ApiCall<FlowRun> get = runs.get(runId);
    FlowRun run = get.execute();
    if (run.isTerminal() || timeout.isZero()) return run;
    try (RunSubscription events = streamRun(runId, new RunEventListener() {})) {
      events.awaitCompletion(FlowCalls.left(timeout, start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return run;
    }
    return RunPoller.waitFor(get, FlowCalls.left(timeout, start));
  }

  @Override public CompletableFuture<FlowRun> waitForRunAsync(String runId, Duration timeout) {
    Rest.id(runId, "runId");
    Objects.requireNonNull(timeout, "timeout == null");
    CompletableFuture<FlowRun> result = new CompletableFuture<>();
    threads.execute(() -> {
      try {
        result.complete(waitForRun(runId, timeout));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /** One play's messages and its REST record as run events, identified by kind and layer. */
  private final class PlayRunFeed implements CatchUpHandler.Feed<RunEvent> {
    private final String playId;
    private @Nullable Object lastOut;

    PlayRunFeed(String playId) {
      this.playId = playId;
    }

    @Override public List<RunEvent> decode(String text) {
      Map<String, Object> m = message(text);
      if (!playId.equals(m.get("playId"))) return Collections.emptyList();
      RunEvent e = runEvent(m);
      return e == null ? Collections.<RunEvent>emptyList() : Collections.singletonList(e);
    }

    private @Nullable RunEvent runEvent(Map<String, Object> m) {
      String ref = m.get("ref") == null ? "" : String.valueOf(m.get("ref"));
      Map<String, Object> data = new LinkedHashMap<>();
      if (m.get("layerId") != null) data.put("layerId", m.get("layerId"));
      if (m.get("state") != null) data.put("state", m.get("state"));
      switch (String.valueOf(m.get("type"))) {
        case "play:started":
          data.put("runId", playId);
          return new RunEvent.Message(null, ref, "play started", RunEvent.MessageType.START, data);
        case "play:layer:started":
          return new RunEvent.Message(null, ref, "layer started", RunEvent.MessageType.START_STEP, data);
        case "play:layer:completed":
          if (m.get("out") != null) {
            data.put("output", m.get("out"));
            lastOut = m.get("out");
          }
          return new RunEvent.Message(null, ref, "layer completed", RunEvent.MessageType.FINISH_STEP, data);
        case "play:layer:failed":
          if (m.get("error") != null) data.put("error", m.get("error"));
          return new RunEvent.Message(null, ref, "layer failed", RunEvent.MessageType.FINISH_STEP, data);
        case "play:waiting":
          return new RunEvent.Message(null, ref, "waiting for approval", RunEvent.MessageType.PAUSE, data);
        case "play:completed": {
          Long ms = Wire.whole(m.get("duration"));
          return new RunEvent.Output(null, lastOut, Duration.ofMillis(ms == null ? 0 : ms), playId, RunStatus.SUCCEEDED);
        }
        case "play:failed": {
          Object error = m.get("error");
          Object message = error instanceof Map ? ((Map<?, ?>) error).get("message") : error;
          return new RunEvent.Failure(null, "PLAY_FAILED", message == null ? "the play failed" : String.valueOf(message),
              m.get("ref") == null ? null : ref, playId);
        }
        default:
          return null; // a type this SDK does not know
      }
    }

    @Override public Object identity(RunEvent event) {
      if (event instanceof RunEvent.Message) {
        RunEvent.Message m = (RunEvent.Message) event;
        return m.type() + "/" + m.step();
      }
      return "end";
    }

    @Override public boolean isFinal(RunEvent event) {
      return event.isFinal();
    }

    /** The play's record as the events it would have sent, oldest first. */
    @Override public List<RunEvent> missed(boolean reconnected) {
      Play play = calls.play(playId).execute();
      List<PlayLayer> layers = calls.layers(playId).execute();
      List<RunEvent> out = new ArrayList<>();
      for (Map<String, Object> m : recorded(play, layers)) {
        RunEvent e = runEvent(m);
        if (e != null) out.add(e);
      }
      return out;
    }
  }

  /**
   * The messages a play's record stands for: started; per layer waiting, started, completed or
   * failed as far as it got; completed or failed when the play ended.
   */
  static List<Map<String, Object>> recorded(Play play, List<PlayLayer> layers) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(msg("play:started", play, null));
    for (PlayLayer l : layers) {
      String state = l.json().get("state") == null ? "" : String.valueOf(l.json().get("state"));
      Object approval = l.json().get("approval");
      boolean declined = approval instanceof Map && "declined".equals(((Map<?, ?>) approval).get("decision"));
      if (state.equals("FILTERED")) {
        out.add(msg("play:layer:completed", play, l));
        continue;
      }
      if (state.equals("WAIT") || approval != null) out.add(msg("play:waiting", play, l));
      if (state.equals("WAIT")) continue;
      if (!declined) out.add(msg("play:layer:started", play, l));
      if (state.equals("DONE") || state.equals("SKIP")) out.add(msg("play:layer:completed", play, l));
      if (state.equals("FAIL")) out.add(msg("play:layer:failed", play, l));
    }
    String state = play.stateAsString();
    if ("DONE".equals(state)) out.add(msg("play:completed", play, null));
    if ("FAIL".equals(state)) out.add(msg("play:failed", play, null));
    return out;
  }

  private static Map<String, Object> msg(String type, Play play, @Nullable PlayLayer layer) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("playId", play.id());
    m.put("flowId", play.flowId());
    if (layer != null) {
      m.put("layerId", layer.id());
      m.put("ref", layer.ref());
      m.put("state", layer.json().get("state"));
      if (layer.out() != null) m.put("out", layer.out());
      if (layer.json().get("error") != null) m.put("error", layer.json().get("error"));
      if (layer.completedAt() != null) m.put("timestamp", layer.json().get("completedAt"));
    } else {
      m.put("state", play.stateAsString());
      if (play.duration() != null) m.put("duration", play.duration());
      Object error = play.json().get("error");
      if (error != null) {
        m.put("error", error);
        if (error instanceof Map && ((Map<?, ?>) error).get("ref") != null) m.put("ref", ((Map<?, ?>) error).get("ref"));
      }
      Object at = type.equals("play:started") ? play.json().get("startedAt") : play.json().get("completedAt");
      if (at != null) m.put("timestamp", at);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> message(String text) {
    try {
      Object parsed = JSON.fromJson(text);
      if (parsed instanceof Map) return (Map<String, Object>) parsed;
    } catch (IOException | RuntimeException notJson) {
      throw new StreamException("flow8 sent a WebSocket message that is not a JSON object: "
          + (text.length() > 200 ? text.substring(0, 200) + "…" : text), notJson);
    }
    throw new StreamException("flow8 sent a WebSocket message that is not a JSON object: " + text, null);
  }

  // ---- every play of the workspace ----

  /** Every play's events to {@code listener}; after a reconnect, the plays seen running and those started since are caught up. */
  public PlaySubscription subscribe(PlayEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    SubscriptionImpl subscription = new SubscriptionImpl(listener);
    WorkspaceFeed feed = new WorkspaceFeed();
    EventChannel channel = streams.socket(socket(Operation.FLOW8_SUBSCRIBE),
        new CatchUpHandler<>(feed, subscription.events));
    streams.start(subscription.events, channel);
    return subscription;
  }

  /** Every message as a {@link PlayEvent}; a catch-up fetches the plays that may have moved while disconnected. */
  private final class WorkspaceFeed implements CatchUpHandler.Feed<PlayEvent> {
    private final Set<String> running = new LinkedHashSet<>();
    private @Nullable Instant lastSeen;

    @Override public List<PlayEvent> decode(String text) {
      PlayEvent e = new PlayEvent(message(text));
      seen(e);
      return Collections.singletonList(e);
    }

    private void seen(PlayEvent e) {
      String playId = e.playId();
      if (playId != null) {
        if (e.endsPlay()) {
          running.remove(playId);
        } else {
          running.add(playId);
        }
      }
      Instant at = e.timestamp();
      if (at != null && (lastSeen == null || at.isAfter(lastSeen))) lastSeen = at;
    }

    @Override public Object identity(PlayEvent event) {
      return event.type() + "/" + event.playId() + "/" + event.ref();
    }

    @Override public boolean isFinal(PlayEvent event) {
      return false; // a workspace has no last event
    }

    @Override public List<PlayEvent> missed(boolean reconnected) {
      if (!reconnected) return Collections.emptyList(); // a new subscription starts now
      Set<String> ids = new LinkedHashSet<>(running);
      Instant since = lastSeen;
      if (since != null) {
        for (Play p : calls.plays(dev.flowkit.workflows.flow8.Flow8Query.builder()
            .from(since.atZone(java.time.ZoneOffset.UTC).toLocalDate()).size(100).build()).execute().items) {
          Instant started = p.startedAt();
          if (started == null || !started.isBefore(since.minusSeconds(1))) ids.add(p.id());
        }
      }
      List<PlayEvent> out = new ArrayList<>();
      for (String id : ids) {
        Play play = calls.play(id).execute();
        for (Map<String, Object> m : recorded(play, calls.layers(id).execute())) {
          PlayEvent e = new PlayEvent(m);
          seen(e);
          out.add(e);
        }
      }
      return out;
    }
  }

  /** The workspace subscription: its listener on the stream's thread, and its handle. */
  private static final class SubscriptionImpl implements PlaySubscription {
    final PushEvents<PlayEvent, Object> events;

    SubscriptionImpl(PlayEventListener listener) {
      PlaySubscription self = this;
      this.events = new PushEvents<>(new EventSink<PlayEvent>() {
        @Override public void event(PlayEvent event) {
          listener.onEvent(self, event);
        }

        @Override public void reconnect(int attempt, @Nullable String lastEventId) {
          listener.onReconnect(self, attempt);
        }

        @Override public void failure(FlowException error) {
          listener.onFailure(self, error);
        }

        @Override public void closed() {
          listener.onClosed(self);
        }
      }, new PushEvents.Outcome<PlayEvent, Object>() {
        @Override public @Nullable Object result(PlayEvent event) {
          return null;
        }

        @Override public @Nullable Throwable failure(PlayEvent event) {
          return null;
        }
      });
    }

    @Override public void cancel() {
      events.cancel();
    }

    @Override public boolean isCanceled() {
      return events.isCanceled();
    }

    @Override public void close() {
      cancel();
    }

    @Override public boolean awaitCompletion(Duration timeout) throws InterruptedException {
      return events.awaitCompletion(timeout);
    }
  }
}
