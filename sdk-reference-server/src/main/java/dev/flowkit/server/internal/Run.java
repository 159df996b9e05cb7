package dev.flowkit.server.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A run's state; guarded by its own monitor. */
public final class Run implements Pagination.Item, HttpStep.CallSlot {
  static final Set<String> TERMINAL = Set.of("SUCCEEDED", "FAILED", "TIMEOUT", "STOPPED", "CANCELED",
      "INTERNAL_ERROR", "QUOTA_EXCEEDED", "MEMORY_LIMIT_EXCEEDED");
  static final Set<String> STATUSES = Set.of("QUEUED", "RUNNING", "PAUSED", "SUCCEEDED", "FAILED",
      "TIMEOUT", "STOPPED", "CANCELED", "INTERNAL_ERROR", "QUOTA_EXCEEDED", "MEMORY_LIMIT_EXCEEDED");

  /** Whether {@code status} is one of the run statuses (the spec's {@code RunStatus}). */
  public static boolean isStatus(String status) {
    return STATUSES.contains(status);
  }

  /** Marks the end of a BRANCH arm in the pending queue. */
  static final class BranchEnd {
    final String name;

    BranchEnd(String name) {
      this.name = name;
    }
  }

  final String id;
  final Instant created;
  Instant updated;
  final String workspaceId;
  final String projectId;
  final String flowId;
  final String flowVersionId;
  final String flowName;
  final String triggeredBy;
  final List<String> tags;
  final Map<String, Object> input;
  String status = "QUEUED";
  @Nullable Instant startTime;
  @Nullable Instant finishTime;
  @Nullable Object output;
  @Nullable Map<String, Object> error;
  /** Step name → {status,input,output,startTime,finishTime,durationMs}, in execution order. */
  final Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
  final Map<String, String> stepTypes = new LinkedHashMap<>();
  final Map<String, String> stepNames = new LinkedHashMap<>();
  final Deque<Object> pending = new ArrayDeque<>();
  @Nullable Object lastOutput;
  @Nullable String pausedStep;
  @Nullable String currentStep;
  /** An HTTP step's request in flight, canceled with the run. */
  okhttp3.@Nullable Call httpCall;
  /** How the run executes when not by its step chain; null for a step chain. */
  RunEngine.@Nullable Program program;
  final EventLog events = new EventLog();

  Run(String id, Instant created, FlowStore.Runnable flow, Map<String, Object> input,
      List<String> tags, String triggeredBy) {
    this.id = id;
    this.created = created;
    this.updated = created;
    this.workspaceId = flow.workspaceId;
    this.projectId = flow.projectId;
    this.flowId = flow.flowId;
    this.flowVersionId = flow.versionId;
    this.flowName = flow.displayName;
    this.input = input;
    this.tags = tags;
    this.triggeredBy = triggeredBy;
    this.pending.add(flow.trigger);
  }

  @Override public Instant created() {
    return created;
  }

  @Override public String id() {
    return id;
  }

  /** Keeps an HTTP step's call, so that canceling the run cancels it; false once the run ended. */
  @Override public synchronized boolean begin(okhttp3.Call call) {
    if (terminal()) return false;
    httpCall = call;
    return true;
  }

  @Override public synchronized void end() {
    httpCall = null;
  }

  /** The run's event log. */
  public EventLog events() {
    return events;
  }

  /** The display name of the flow version this run executes. */
  public String flowName() {
    return flowName;
  }

  public synchronized boolean terminal() {
    return TERMINAL.contains(status);
  }

  synchronized boolean active() {
    return !TERMINAL.contains(status);
  }

  public synchronized String status() {
    return status;
  }

  /** Template context: {@code {input, steps:{name:{output}}}}. */
  synchronized Map<String, Object> context() {
    Map<String, Object> steps = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> e : this.steps.entrySet()) {
      steps.put(e.getKey(), Json.obj("output", e.getValue().get("output")));
    }
    return Json.obj("input", input, "steps", steps);
  }

  static @Nullable Long millis(@Nullable Instant a, @Nullable Instant b) {
    return a == null || b == null ? null : Duration.between(a, b).toMillis();
  }

  static @Nullable String time(@Nullable Instant i) {
    return i == null ? null : Json.time(i);
  }

  public synchronized Map<String, Object> json() {
    return Json.obj("id", id, "created", Json.time(created), "updated", Json.time(updated),
        "projectId", projectId, "flowId", flowId, "flowVersionId", flowVersionId,
        "status", status, "environment", "PRODUCTION",
        "startTime", time(startTime), "finishTime", time(finishTime),
        "durationMs", millis(startTime, finishTime), "input", Json.copy(input),
        "output", Json.copy(output), "error", Json.copy(error), "steps", Json.copy(steps),
        "failParentOnFailure", false, "tags", new ArrayList<>(tags), "triggeredBy", triggeredBy);
  }

  public synchronized List<Object> stepsJson() {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : steps.entrySet()) {
      Map<String, Object> m = Json.obj("name", e.getKey());
      m.putAll(FlowStore.asMap(Json.copy(e.getValue())));
      out.add(m);
    }
    return out;
  }
}
