package dev.flowkit.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Creates runs and executes them step by step on a bounded executor. */
public final class RunEngine {
  /**
   * How a run executes when it is not a step chain (IAI Flow's node graphs): called on an engine
   * thread, it moves the run to its end with the engine's helpers.
   */
  public interface Program {
    void execute(Run run) throws InterruptedException;
  }

  private static final Pattern TOKEN = Pattern.compile("\\s*\\S+");

  private final Platform platform;
  private final ExecutorService executor;
  private final okhttp3.OkHttpClient http = HttpStep.newClient();
  private final HttpStep httpStep = new HttpStep(http);
  private final Map<String, Run> runs = new LinkedHashMap<>();
  private final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();

  private volatile boolean startData; // see startDataIsTheInput()

  public RunEngine(Platform platform, int threads) {
    this.platform = platform;
    AtomicInteger n = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "flowkit-run-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Makes the first {@code start} event's {@code Data} the run's input itself, as FlowAI's guide
   * (seed 001) shows it, instead of the contract's {@code {runId, input}}.
   */
  public void startDataIsTheInput() {
    startData = true;
  }

  /** Creates a QUEUED run of the published version and starts it. */
  public Run trigger(FlowStore.Runnable flow, Map<String, Object> input, List<String> tags,
      String triggeredBy) {
    Run run = create(flow, input, tags, triggeredBy);
    start(run);
    return run;
  }

  /**
   * Creates a QUEUED run of the published version without starting it, so that a caller can
   * answer the run as created before {@link #start} lets the engine move it on.
   */
  public Run create(FlowStore.Runnable flow, Map<String, Object> input, List<String> tags,
      String triggeredBy) {
    Run run = new Run(platform.id("run"), platform.now(), flow, input, tags, triggeredBy);
    synchronized (runs) {
      runs.put(run.id, run);
    }
    created.computeIfAbsent(flow.flowId, k -> new AtomicInteger()).incrementAndGet();
    return run;
  }

  /** Creates a run that {@code program} executes instead of the flow's step chain, and starts it. */
  public Run trigger(FlowStore.Runnable flow, Map<String, Object> input, List<String> tags, String triggeredBy,
      Program program) {
    Run run = create(flow, input, tags, triggeredBy);
    run.program = program;
    start(run);
    return run;
  }

  /** Lets the engine run {@code run}. */
  public void start(Run run) {
    submit(run);
  }

  public int runsCreated(String flowId) {
    AtomicInteger n = created.get(flowId);
    return n == null ? 0 : n.get();
  }

  public Run run(Principal p, String id) {
    Run r;
    synchronized (runs) {
      r = runs.get(id);
    }
    if (r == null) throw ApiException.notFound("RUN_NOT_FOUND", "Run", id);
    if (!r.workspaceId.equals(p.workspaceId)) throw ApiException.forbidden("Run", id);
    return r;
  }

  /** A run's event log by id, without a workspace check (for idempotent stream replays). */
  public @Nullable EventLog log(String runId) {
    synchronized (runs) {
      Run r = runs.get(runId);
      return r == null ? null : r.events;
    }
  }

  public List<Run> runs(String workspaceId) {
    List<Run> out = new ArrayList<>();
    synchronized (runs) {
      for (Run r : runs.values()) {
        if (r.workspaceId.equals(workspaceId)) out.add(r);
      }
    }
    return out;
  }

  public boolean hasActiveRun(String flowId) {
    synchronized (runs) {
      for (Run r : runs.values()) {
        if (r.flowId.equals(flowId) && r.active()) return true;
      }
    }
    return false;
  }

  /** Waits until the run ends or {@code timeoutMillis} pass (real time). */
  public void awaitEnd(Run run, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    synchronized (run) {
      while (!run.terminal() && !platform.closed()) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) return;
        run.wait(left);
      }
    }
  }

  public void approve(Run run, @Nullable String step, @Nullable Map<String, Object> payload) {
    synchronized (run) {
      if (!run.status.equals("PAUSED")) {
        throw ApiException.conflict("CONFLICT", "Run " + run.id + " is " + run.status + ", not PAUSED");
      }
      String paused = run.pausedStep;
      if (step != null && !step.equals(paused)) {
        throw new ApiException(409, "CONFLICT", "Run " + run.id + " is paused at '" + paused
            + "', not at '" + step + "'", Json.obj("field", "step", "pausedAt", paused), null, -1);
      }
      Object output = payload == null ? Json.obj("approved", true) : payload;
      run.status = "RUNNING";
      run.pausedStep = null;
      run.updated = platform.now();
      run.events.append("msg", msg(paused, "Resume node " + paused, "resume", Json.copy(output)));
      finishStep(run, paused, output);
    }
    submit(run);
  }

  public void cancel(Run run) {
    synchronized (run) {
      if (run.terminal()) {
        throw ApiException.conflict("CONFLICT", "Run " + run.id + " already ended (" + run.status + ")");
      }
      String step = run.currentStep;
      end(run, "CANCELED", "CANCELED", "Run was canceled", null);
      if (step != null && run.steps.containsKey(step)) run.steps.get(step).put("status", "CANCELED");
      if (run.httpCall != null) run.httpCall.cancel();
    }
  }

  public void close() {
    executor.shutdownNow();
    http.dispatcher().cancelAll();
    http.connectionPool().evictAll();
    List<Run> all;
    synchronized (runs) {
      all = new ArrayList<>(runs.values());
    }
    for (Run r : all) {
      synchronized (r) {
        r.notifyAll();
      }
      r.events.close();
    }
  }

  // ---- execution ----

  /**
   * Runs {@code work} on the engine's threads: a platform executing its own step types (its
   * runs still created with {@link #create}); nothing happens once the server closes.
   */
  void execute(java.lang.Runnable work) {
    try {
      executor.execute(work);
    } catch (RejectedExecutionException e) {
      // server closing
    }
  }

  private void submit(Run run) {
    try {
      executor.execute(() -> execute(run));
    } catch (RejectedExecutionException e) {
      // server closing
    }
  }

  private void execute(Run run) {
    try {
      if (run.program != null) {
        run.program.execute(run);
        return;
      }
      while (true) {
        Object next;
        synchronized (run) {
          if (run.terminal() || run.status.equals("PAUSED")) return;
          if (run.status.equals("QUEUED")) {
            run.status = "RUNNING";
            run.startTime = platform.now();
            run.updated = run.startTime;
            Object first = run.pending.peekFirst();
            String node = first instanceof Map ? (String) FlowStore.asMap(first).get("name") : null;
            run.events.append("msg", msg(node, "start", "start", startData
                ? Json.copy(run.input) : Json.obj("runId", run.id, "input", Json.copy(run.input))));
          }
          next = run.pending.pollFirst();
          if (next == null) {
            succeed(run);
            return;
          }
          if (next instanceof Run.BranchEnd) {
            finishStep(run, ((Run.BranchEnd) next).name, run.lastOutput);
            continue;
          }
        }
        if (!step(run, FlowStore.asMap(next))) return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      synchronized (run) {
        if (!run.terminal()) end(run, "INTERNAL_ERROR", "INTERNAL_ERROR", String.valueOf(e), run.currentStep);
      }
    }
  }

  /** Runs one step; false when the run paused or ended. */
  @SuppressWarnings("unchecked")
  private boolean step(Run run, Map<String, Object> step) throws InterruptedException {
    String name = (String) step.get("name");
    String type = (String) step.get("type");
    Map<String, Object> settings;
    String tooDeep = null;
    synchronized (run) {
      if (run.terminal()) return false;
      Object rendered = Templates.render(step.get("settings"), run.context());
      settings = rendered instanceof Map ? (Map<String, Object>) rendered : new LinkedHashMap<>();
      if (Json.depth(settings) > Json.MAX_DEPTH) {
        // Templates can nest a value inside another; what a run keeps must stay renderable.
        tooDeep = "Step " + name + ": its settings nest deeper than " + Json.MAX_DEPTH
            + " levels once templated";
        settings = new LinkedHashMap<>();
      }
      Instant now = platform.now();
      Object stepInput = Steps.TRIGGER_TYPES.contains(type) ? Json.copy(run.input) : settings;
      run.steps.put(name, Json.obj("status", "RUNNING", "input", stepInput, "output", null,
          "startTime", Json.time(now), "finishTime", null, "durationMs", null));
      run.stepTypes.put(name, type);
      run.stepNames.put(name, String.valueOf(step.get("displayName")));
      run.currentStep = name;
      run.updated = now;
      run.events.append("msg", msg(name, "Start node " + step.get("displayName") + ", type "
          + type.toLowerCase(java.util.Locale.ROOT), "start_node", null));
      Object nextAction = step.get("nextAction");
      if (nextAction != null) run.pending.addFirst(nextAction);
    }
    if (tooDeep != null) return failStep(run, name, tooDeep);
    Body s = new Body(settings, "settings.");
    Object output;
    switch (type) {
      case "SET":
        output = settings.get("values") == null ? new LinkedHashMap<>() : settings.get("values");
        break;
      case "DELAY": {
        long ms = s.integer("ms", 0, 0, Long.MAX_VALUE);
        if (!sleep(run, ms)) return false;
        output = Json.obj("delayedMs", ms);
        break;
      }
      case "FAIL":
        return failStep(run, name, settings.get("message") == null ? "Step " + name + " failed"
            : Templates.text(settings.get("message")));
      case "HTTP":
        try {
          output = httpStep.call(name, settings, run);
        } catch (HttpStep.Failure e) {
          return failStep(run, name, e.getMessage()); // nothing, when a cancel ended the run meanwhile
        }
        break;
      case "LLM": {
        String text = Templates.text(settings.get("text"));
        long delay = s.integer("tokenDelayMs", 0, 0, Long.MAX_VALUE);
        java.util.regex.Matcher m = TOKEN.matcher(text);
        while (m.find()) {
          if (!sleep(run, delay)) return false;
          synchronized (run) {
            if (run.terminal()) return false;
            run.events.append("stream", Json.obj("Content", m.group(), "Node", name, "Reasoning", null));
          }
        }
        output = text;
        break;
      }
      case "APPROVAL":
        synchronized (run) {
          if (run.terminal()) return false;
          run.status = "PAUSED";
          run.pausedStep = name;
          run.updated = platform.now();
          run.steps.get(name).put("status", "PAUSED");
          run.events.append("msg", msg(name, "Waiting for approval at " + name, "pause", null));
          run.notifyAll();
        }
        return false;
      case "BRANCH": {
        boolean cond = Templates.truthy(settings.get("condition"));
        Object arm = FlowStore.asMap(step.get("settings")).get(cond ? "onTrue" : "onFalse");
        synchronized (run) {
          run.pending.addFirst(new Run.BranchEnd(name));
          if (arm != null) run.pending.addFirst(arm);
          run.lastOutput = Json.obj("branch", cond);
        }
        return true;
      }
      default: // triggers
        output = Json.copy(run.input);
        break;
    }
    if (Json.depth(output) > Json.MAX_DEPTH) {
      return failStep(run, name, "Step " + name + ": its output nests deeper than " + Json.MAX_DEPTH + " levels");
    }
    synchronized (run) {
      if (run.terminal()) return false;
      finishStep(run, name, output);
    }
    return true;
  }

  /** Ends the run FAILED at {@code name} with {@code message}; always false (the run is over). */
  private boolean failStep(Run run, String name, String message) {
    synchronized (run) {
      if (run.terminal()) return false;
      Map<String, Object> st = run.steps.get(name);
      st.put("status", "FAILED");
      st.put("finishTime", Json.time(platform.now()));
      end(run, "FAILED", "STEP_FAILED", message, name);
    }
    return false;
  }

  /** Waits {@code ms} unless the run ends; false if it ended. Caller must not hold the lock. */
  boolean sleep(Run run, long ms) throws InterruptedException {
    long deadline = System.nanoTime() + ms * 1_000_000L;
    synchronized (run) {
      while (!run.terminal()) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) return true;
        run.wait(left);
      }
      return false;
    }
  }

  /** Marks the running step {@code name} succeeded with {@code output}, and says so on the run's events. */
  void finishStep(Run run, @Nullable String name, @Nullable Object output) {
    Instant now = platform.now();
    Map<String, Object> st = run.steps.get(name);
    Instant start = Instant.parse((String) st.get("startTime"));
    long ms = Run.millis(start, now);
    st.put("status", "SUCCEEDED");
    st.put("output", Json.copy(output));
    st.put("finishTime", Json.time(now));
    st.put("durationMs", ms);
    run.lastOutput = output;
    run.updated = now;
    run.events.append("msg", msg(name, "Finish node " + run.stepNames.get(name) + ", type "
        + String.valueOf(run.stepTypes.get(name)).toLowerCase(java.util.Locale.ROOT), "finish_node",
        Json.obj("time_spend", ms / 1000.0, "output", Json.copy(output))));
  }

  void succeed(Run run) {
    run.status = "SUCCEEDED";
    run.output = Json.copy(run.lastOutput);
    run.finishTime = platform.now();
    run.updated = run.finishTime;
    run.currentStep = null;
    run.events.append("output", Json.obj("output", Json.copy(run.output),
        "total_time", Run.millis(run.startTime, run.finishTime) / 1000.0, "runId", run.id,
        "status", "SUCCEEDED"));
    run.events.finish();
    run.notifyAll();
  }

  /** Ends the run with a failure status and an {@code error} event. Caller holds the lock. */
  void end(Run run, String status, String code, String message, @Nullable String step) {
    run.status = status;
    run.finishTime = platform.now();
    if (run.startTime == null) run.startTime = run.finishTime;
    run.updated = run.finishTime;
    run.error = Json.obj("message", message, "step", step);
    if (step != null && run.steps.containsKey(step) && !status.equals("FAILED")) {
      run.steps.get(step).put("status", status);
    }
    run.events.append("error", Json.obj("error", code, "message", message, "Node", step, "runId", run.id));
    run.events.finish();
    run.notifyAll();
  }

  static Map<String, Object> msg(@Nullable String node, String text, String type, @Nullable Object data) {
    return Json.obj("Node", node, "Msg", text, "Type", type, "Data", data);
  }

  /** {totalRuns, successRuns, failedRuns, lastRunAt} for a workspace. */
  public Map<String, Object> metrics(String workspaceId) {
    long total = 0;
    long ok = 0;
    long failed = 0;
    Instant last = null;
    for (Run r : runs(workspaceId)) {
      total++;
      String st = r.status();
      if (st.equals("SUCCEEDED")) ok++;
      if (st.equals("FAILED") || st.equals("INTERNAL_ERROR") || st.equals("TIMEOUT")) failed++;
      if (last == null || r.created.isAfter(last)) last = r.created;
    }
    return Json.obj("totalRuns", total, "successRuns", ok, "failedRuns", failed,
        "lastRunAt", last == null ? null : Json.time(last));
  }
}
