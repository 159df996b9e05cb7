package dev.flowkit.server.internal.flow8;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Platform;
import dev.flowkit.server.internal.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Plays: one execution of a flow's flowlets in index order (flow8's "Execution &amp; Plays"
 * page). A flowlet whose filters fail is {@code FILTERED}; one with {@code needsApproval} puts
 * the play in {@code WAIT} until {@code approve}; a failing one is retried by its {@code retry}
 * policy, then fails the play. Every change is published as a live event. Modules: {@code delay}
 * ({@code args.ms}), {@code fail} ({@code args.message}), {@code flaky} (fails its first
 * {@code args.failures} attempts); any other module answers its rendered args.
 */
public final class Flow8Plays {
  static final String NEW = "NEW";
  static final String RUN = "RUN";
  static final String DONE = "DONE";
  static final String FAIL = "FAIL";
  static final String FILTERED = "FILTERED";
  static final String WAIT = "WAIT";

  /** One play; guarded by its own monitor. */
  public static final class Play {
    final String id;
    final String flowId;
    final String workspaceId;
    final Instant created;
    final Map<String, Object> args;
    final List<Map<String, Object>> flowlets;
    final List<Map<String, Object>> layers = new ArrayList<>();
    String state = RUN;
    Instant startedAt;
    @Nullable Instant completedAt;
    @Nullable Map<String, Object> error;
    @Nullable Map<String, Object> waiting;
    @Nullable String decision;

    Play(String id, String flowId, String workspaceId, Instant now, Map<String, Object> args,
        List<Map<String, Object>> flowlets) {
      this.id = id;
      this.flowId = flowId;
      this.workspaceId = workspaceId;
      this.created = now;
      this.startedAt = now;
      this.args = args;
      this.flowlets = flowlets;
    }

    boolean ended() {
      return state.equals(DONE) || state.equals(FAIL);
    }

    /** {@code {id, flowId, state, startedAt, completedAt, duration, args, error?}}. */
    public synchronized Map<String, Object> json() {
      Long duration = completedAt == null ? null : Duration.between(startedAt, completedAt).toMillis();
      Map<String, Object> out = Json.obj("id", id, "flowId", flowId, "state", state,
          "startedAt", Json.time(startedAt), "completedAt", completedAt == null ? null : Json.time(completedAt),
          "duration", duration, "args", Json.copy(args));
      if (error != null) out.put("error", Json.copy(error));
      return out;
    }

    /** The layers that began, in order: {@code [{id, flowletId, ref, state, startedAt, completedAt, out}]}. */
    public synchronized List<Object> layersJson() {
      List<Object> out = new ArrayList<>();
      for (Map<String, Object> l : layers) out.add(Json.copy(l));
      return out;
    }
  }

  private final Platform platform;
  private final Flow8Hub hub;
  private final Map<String, Play> plays = new LinkedHashMap<>();
  private final Map<String, String> idempotent = new LinkedHashMap<>();
  private final ExecutorService executor;

  public Flow8Plays(Platform platform, Flow8Hub hub) {
    this.platform = platform;
    this.hub = hub;
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "flowkit-flow8-play-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Starts a play of {@code flow} (a snapshot with its ordered {@code layers}) and answers
   * {@code {playId, state, startedAt}}; with an idempotency key already used for this flow, the
   * first play's answer, without a new play.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> trigger(String workspaceId, Map<String, Object> flow, Map<String, Object> args,
      @Nullable String idempotencyKey) {
    String flowId = (String) flow.get("id");
    Play play;
    synchronized (plays) {
      String scoped = idempotencyKey == null ? null : workspaceId + "\n" + flowId + "\n" + idempotencyKey;
      if (scoped != null && idempotent.containsKey(scoped)) {
        Play first = plays.get(idempotent.get(scoped));
        synchronized (first) {
          return Json.obj("playId", first.id, "state", first.state, "startedAt", Json.time(first.startedAt));
        }
      }
      List<Map<String, Object>> flowlets = new ArrayList<>();
      for (Object o : (List<Object>) flow.get("layers")) flowlets.add((Map<String, Object>) o);
      play = new Play(platform.id("play"), flowId, workspaceId, platform.now(), args, flowlets);
      plays.put(play.id, play);
      if (scoped != null) idempotent.put(scoped, play.id);
    }
    Map<String, Object> answer = Json.obj("playId", play.id, "state", RUN, "startedAt", Json.time(play.startedAt));
    try {
      executor.execute(() -> execute(play));
    } catch (RejectedExecutionException closing) {
      // the server is closing
    }
    return answer;
  }

  public Play play(Principal p, String id) {
    Play play;
    synchronized (plays) {
      play = plays.get(id);
    }
    if (play == null || !play.workspaceId.equals(p.workspaceId)) {
      throw ApiException.notFound("PLAY_NOT_FOUND", "Play", id);
    }
    return play;
  }

  /** Plays of the workspace, newest first, filtered as {@code GET /api/plays} documents. */
  public List<Map<String, Object>> list(Principal p, @Nullable String flowId, @Nullable Instant from,
      @Nullable Instant to, @Nullable String state) {
    List<Play> all;
    synchronized (plays) {
      all = new ArrayList<>(plays.values());
    }
    all.sort(Comparator.comparing((Play x) -> x.created).thenComparing(x -> x.id).reversed());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Play play : all) {
      if (!play.workspaceId.equals(p.workspaceId)) continue;
      if (flowId != null && !flowId.equals(play.flowId)) continue;
      if (from != null && play.created.isBefore(from)) continue;
      if (to != null && !play.created.isBefore(to)) continue;
      Map<String, Object> json = play.json();
      if (state != null && !state.equals(json.get("state"))) continue;
      out.add(json);
    }
    return out;
  }

  /**
   * Records the decision on the waiting layer ({@code layerId} is the play layer's id or its
   * flowlet's): approved runs it, declined fails it and the play.
   */
  public Map<String, Object> decide(Play play, @Nullable String layerId, String decision, @Nullable String note) {
    synchronized (play) {
      if (!play.state.equals(WAIT) || play.waiting == null) {
        throw ApiException.conflict("PLAY_NOT_WAITING", "Play " + play.id + " is " + play.state
            + ", not WAIT; only a waiting play takes a decision");
      }
      Map<String, Object> w = play.waiting;
      if (layerId != null && !layerId.equals(w.get("id")) && !layerId.equals(w.get("flowletId"))) {
        throw new ApiException(409, "PLAY_NOT_WAITING", "Play " + play.id + " waits at layer " + w.get("id")
            + " (flowlet " + w.get("flowletId") + ", " + w.get("ref") + "), not at " + layerId,
            Json.obj("field", "layerId", "reason", "not the layer the play waits at"), null, -1);
      }
      w.put("approval", Json.obj("decision", decision, "note", note));
      play.waiting = null;
      if (decision.equals("declined")) {
        String message = "Declined" + (note == null ? "" : ": " + note);
        w.put("state", FAIL);
        w.put("completedAt", Json.time(platform.now()));
        w.put("error", Json.obj("message", message));
        publish(play, "play:layer:failed", w, null);
        fail(play, w, message);
      } else {
        w.put("state", RUN);
        play.state = RUN;
        play.decision = decision;
      }
      play.notifyAll();
    }
    return play.json();
  }

  /** {@code DELETE /api/plays/{id}}: a play that has not ended fails as canceled. */
  public Map<String, Object> cancel(Play play) {
    synchronized (play) {
      if (play.ended()) {
        throw ApiException.conflict("PLAY_ENDED", "Play " + play.id + " already ended (" + play.state + ")");
      }
      Map<String, Object> current = play.waiting != null ? play.waiting : last(play);
      if (current != null && !current.get("state").equals(DONE) && !current.get("state").equals(FILTERED)) {
        current.put("state", FAIL);
        current.put("completedAt", Json.time(platform.now()));
        current.put("error", Json.obj("message", "Play was canceled"));
      }
      fail(play, current, "Play was canceled");
      play.notifyAll();
    }
    return play.json();
  }

  public void close() {
    executor.shutdownNow();
  }

  // ---- execution ----

  private void execute(Play play) {
    publish(play, "play:started", null, null);
    try {
      for (Map<String, Object> flowlet : play.flowlets) {
        if (!layer(play, flowlet)) return;
      }
      synchronized (play) {
        if (play.ended()) return;
        play.state = DONE;
        play.completedAt = platform.now();
        Map<String, Object> e = event(play, "play:completed", null, null);
        e.put("duration", Duration.between(play.startedAt, play.completedAt).toMillis());
        hub.publish(play.workspaceId, e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs one flowlet; false when the play ended. */
  private boolean layer(Play play, Map<String, Object> flowlet) throws InterruptedException {
    Map<String, Object> layer;
    Flow8Expressions ctx;
    synchronized (play) {
      if (play.ended()) return false;
      layer = Json.obj("id", platform.id("pl"), "flowletId", flowlet.get("id"), "ref", flowlet.get("ref"),
          "state", RUN, "startedAt", Json.time(platform.now()), "completedAt", null, "out", null);
      play.layers.add(layer);
      ctx = new Flow8Expressions(play.id, play.flowId, play.args, outputs(play));
      if (!Flow8Expressions.filtersPass(flowlet.get("filters"), ctx)) {
        layer.put("state", FILTERED);
        layer.put("completedAt", Json.time(platform.now()));
        publish(play, "play:layer:completed", layer, null);
        return true;
      }
      if (Boolean.TRUE.equals(flowlet.get("needsApproval"))) {
        layer.put("state", WAIT);
        play.state = WAIT;
        play.waiting = layer;
        publish(play, "play:waiting", layer, null);
        while (play.decision == null && !play.ended() && !platform.closed()) play.wait(1000);
        if (play.ended() || platform.closed()) return false;
        play.decision = null; // approved: the layer runs
      }
      publish(play, "play:layer:started", layer, null);
    }
    Object args = Flow8Expressions.render(flowlet.get("args"), ctx);
    Map<?, ?> retry = flowlet.get("retry") instanceof Map ? (Map<?, ?>) flowlet.get("retry") : null;
    long retries = retry == null ? 0 : ((Number) retry.get("count")).longValue();
    double delay = retry == null ? 0 : ((Number) retry.get("delayMs")).doubleValue();
    double multiplier = retry == null ? 1 : ((Number) retry.get("backoffMultiplier")).doubleValue();
    String failure = null;
    Object out = null;
    for (long attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        if (!sleep(play, Math.round(delay))) return false;
        delay *= multiplier;
      }
      try {
        out = run(play, String.valueOf(flowlet.get("appId")), args, flowlet.get("timeout"), attempt);
        failure = null;
        break;
      } catch (ModuleFailure e) {
        failure = e.getMessage();
      }
    }
    synchronized (play) {
      if (play.ended()) return false;
      layer.put("completedAt", Json.time(platform.now()));
      if (failure == null) {
        layer.put("state", DONE);
        layer.put("out", Json.copy(out));
        publish(play, "play:layer:completed", layer, null);
        return true;
      }
      layer.put("state", FAIL);
      layer.put("error", Json.obj("message", failure));
      publish(play, "play:layer:failed", layer, null);
      fail(play, layer, failure);
      return false;
    }
  }

  /** Thrown by a module that fails (and may be retried). */
  private static final class ModuleFailure extends Exception {
    ModuleFailure(String message) {
      super(message, null, false, false);
    }
  }

  private @Nullable Object run(Play play, String appId, @Nullable Object args, @Nullable Object timeout, long attempt)
      throws ModuleFailure, InterruptedException {
    Map<?, ?> a = args instanceof Map ? (Map<?, ?>) args : new LinkedHashMap<>();
    switch (appId) {
      case "delay": {
        long ms = a.get("ms") instanceof Number ? Math.max(0, ((Number) a.get("ms")).longValue()) : 0;
        long limit = timeout instanceof Number ? ((Number) timeout).longValue() * 1000 : Long.MAX_VALUE;
        if (!sleep(play, Math.min(ms, limit))) throw new InterruptedException();
        if (ms > limit) throw new ModuleFailure("timed out after " + timeout + " s");
        return Json.obj("delayedMs", ms);
      }
      case "fail":
        throw new ModuleFailure(a.get("message") == null ? "the module failed" : String.valueOf(a.get("message")));
      case "flaky": {
        long failures = a.get("failures") instanceof Number ? ((Number) a.get("failures")).longValue() : 1;
        if (attempt < failures) throw new ModuleFailure("attempt " + (attempt + 1) + " failed");
        return Json.obj("attempts", attempt + 1);
      }
      default:
        return args;
    }
  }

  /** Sleeps unless the play ends; false if it ended. */
  private boolean sleep(Play play, long ms) throws InterruptedException {
    long deadline = System.nanoTime() + ms * 1_000_000L;
    synchronized (play) {
      while (!play.ended() && !platform.closed()) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) return true;
        play.wait(left);
      }
      return false;
    }
  }

  /** Ends the play as FAIL at {@code layer}. Caller holds the play. */
  private void fail(Play play, @Nullable Map<String, Object> layer, String message) {
    play.state = FAIL;
    play.waiting = null;
    play.completedAt = platform.now();
    play.error = Json.obj("message", message, "ref", layer == null ? null : layer.get("ref"));
    Map<String, Object> e = event(play, "play:failed", layer, null);
    e.put("error", Json.obj("message", message));
    e.put("duration", Duration.between(play.startedAt, play.completedAt).toMillis());
    hub.publish(play.workspaceId, e);
  }

  private static @Nullable Map<String, Object> last(Play play) {
    return play.layers.isEmpty() ? null : play.layers.get(play.layers.size() - 1);
  }

  private static Map<String, Object> outputs(Play play) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map<String, Object> l : play.layers) out.put(String.valueOf(l.get("ref")), l.get("out"));
    return out;
  }

  private void publish(Play play, String type, @Nullable Map<String, Object> layer, @Nullable Object extra) {
    hub.publish(play.workspaceId, event(play, type, layer, extra));
  }

  /** {@code {type, playId, flowId, layerId, ref, state, out, timestamp}} as the WebSocket page shows. */
  private Map<String, Object> event(Play play, String type, @Nullable Map<String, Object> layer, @Nullable Object extra) {
    Map<String, Object> e = Json.obj("type", type, "playId", play.id, "flowId", play.flowId);
    if (layer != null) {
      e.put("layerId", layer.get("id"));
      e.put("ref", layer.get("ref"));
      e.put("state", layer.get("state"));
      if (layer.get("out") != null) e.put("out", Json.copy(layer.get("out")));
      if (layer.get("error") != null) e.put("error", Json.copy(layer.get("error")));
    } else {
      e.put("state", play.state);
    }
    e.put("timestamp", Json.time(platform.now()));
    return e;
  }
}
