package dev.flowkit.server.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs Activepieces flows on the shared {@link RunEngine} (its runs, threads and statuses), step
 * by step as Activepieces' engine does, for what can run without the outside world:
 *
 * <ul>
 *   <li>the webhook piece's {@code catch_webhook} trigger (its {@code none}, {@code basic} and
 *       {@code header} authentication): its output is the call's {@code {method, headers, body,
 *       queryParams}}; a call that fails its authentication starts no run;
 *   <li>the webhook piece's {@code return_response} action ({@code json}, {@code raw},
 *       {@code redirect}): the synchronous webhook's answer; the run stops there and succeeds;
 *   <li>the delay piece's {@code delayFor}: up to a minute the run waits RUNNING, longer it is
 *       PAUSED until then (and can be cancelled);
 *   <li>{@code LOOP_ON_ITEMS} over a list (output {@code {item, index, iterations}}, index from 1)
 *       and {@code ROUTER} with Activepieces' branch operators, first match or all matches;
 *   <li>{@code {{trigger.body.x}}} and {@code {{step_1.y}}} templates (paths with {@code .}, {@code
 *       [n]} and {@code ['key']}; a value that is one template keeps its JSON type).
 * </ul>
 *
 * <p>Anything else cannot run here and never pretends to: another trigger fails the run at the
 * trigger; a {@code CODE} step (Activepieces' Node.js sandbox) or another piece's action (it would
 * reach the outside world) fails the run at that step, FAILED with {@code failedStep} and the
 * step's {@code errorMessage} saying why. A skipped step is passed over.
 */
final class ApEngine {
  static final String WEBHOOK_PIECE = "@activepieces/piece-webhook";
  static final String DELAY_PIECE = "@activepieces/piece-delay";
  /** What a synchronous webhook answers when the run fails, and the other run endings (engine-socket-handlers). */
  static final String FAILED = "The flow has failed and there is no response returned";
  static final String INTERNAL = "An internal error has occurred";
  static final String TOO_LONG = "The request took too long to reply";
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(.+?)\\s*}}");

  /** What Activepieces adds to a {@link Run}: how it ended and what it answered. */
  static final class ApRun {
    final String environment;
    final String flowDisplayName;
    volatile @Nullable Map<String, Object> response;
    @Nullable Map<String, Object> failedStep;
    @Nullable String archivedAt;
    final Map<String, Object> payload;
    final Map<String, Object> trigger;

    ApRun(String environment, String flowDisplayName, Map<String, Object> payload, Map<String, Object> trigger) {
      this.environment = environment;
      this.flowDisplayName = flowDisplayName;
      this.payload = payload;
      this.trigger = trigger;
    }
  }

  /** How a chain of steps ended: it went on, the flow answered and stops, or the run ended. */
  private enum Flow { CONTINUE, STOP, END }

  private final Platform platform;
  private final RunEngine engine;
  final Map<String, ApRun> runs = new ConcurrentHashMap<>();

  ApEngine(Platform platform, RunEngine engine) {
    this.platform = platform;
    this.engine = engine;
  }

  /** Whether the trigger receives webhook calls here: the webhook piece's {@code catch_webhook}. */
  static boolean catchesWebhooks(Map<String, Object> trigger) {
    Map<String, Object> settings = settings(trigger);
    return "PIECE_TRIGGER".equals(trigger.get("type")) && WEBHOOK_PIECE.equals(settings.get("pieceName"))
        && "catch_webhook".equals(settings.get("triggerName"));
  }

  /**
   * Whether a webhook call passes the trigger's authentication ({@code authType} none, basic or
   * header, as the webhook piece checks it); a trigger that receives no webhooks lets it through
   * to fail as a run.
   */
  static boolean verified(Map<String, Object> trigger, Map<String, Object> headers) {
    if (!catchesWebhooks(trigger)) return true;
    Map<String, Object> input = FlowStore.asMap(settings(trigger).getOrDefault("input", Json.obj()));
    Object auth = input.getOrDefault("authType", "none");
    Map<?, ?> fields = input.get("authFields") instanceof Map ? (Map<?, ?>) input.get("authFields") : Json.obj();
    if ("basic".equals(auth)) {
      Object header = headers.get("authorization");
      if (!(header instanceof String) || !((String) header).toLowerCase(Locale.ROOT).startsWith("basic ")) return false;
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(((String) header).substring(6).trim()),
            java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return false;
      }
      return decoded.equals(fields.get("username") + ":" + fields.get("password"));
    }
    if ("header".equals(auth)) {
      Object name = fields.get("headerName");
      return name != null && String.valueOf(fields.get("headerValue"))
          .equals(headers.get(String.valueOf(name).toLowerCase(Locale.ROOT)));
    }
    return true;
  }

  /**
   * Creates a QUEUED run of {@code version} with {@code payload} as the trigger's input and starts
   * it on the engine's threads.
   */
  Run start(StoredDoc flow, Map<String, Object> version, String workspaceId, Map<String, Object> payload,
      String environment) {
    Map<String, Object> trigger = FlowStore.asMap(Json.copy(version.get("trigger")));
    String name = String.valueOf(version.get("displayName"));
    FlowStore.Runnable runnable = new FlowStore.Runnable(flow.id, (String) version.get("id"), flow.owner,
        workspaceId, name, trigger);
    Run run = engine.create(runnable, payload, new ArrayList<String>(), "webhook");
    runs.put(run.id, new ApRun(environment, name, payload, trigger));
    engine.execute(() -> execute(run));
    return run;
  }

  /** Runs {@code run} again from the start (a retry from the failed step: the same run, the same payload). */
  void restart(Run run) {
    ApRun ap = runs.get(run.id);
    synchronized (run) {
      run.status = "QUEUED";
      run.steps.clear();
      run.finishTime = null;
      run.error = null;
      run.updated = platform.now();
      ap.failedStep = null;
      ap.response = null;
    }
    engine.execute(() -> execute(run));
  }

  ApRun ap(Run run) {
    ApRun ap = runs.get(run.id);
    if (ap == null) throw ApErrors.notFound("FlowRun", run.id);
    return ap;
  }

  // ---- execution ----

  private void execute(Run run) {
    ApRun ap = runs.get(run.id);
    Map<String, Object> context = new LinkedHashMap<>();
    try {
      synchronized (run) {
        if (run.terminal()) return;
        run.status = "RUNNING";
        run.startTime = platform.now();
        run.updated = run.startTime;
      }
      Map<String, Object> trigger = ap.trigger;
      String triggerName = String.valueOf(trigger.get("name"));
      Instant start = platform.now();
      if (!catchesWebhooks(trigger)) {
        record(run, run.steps, trigger, Json.obj(), null, start);
        fail(run, ap, trigger, "EMPTY".equals(trigger.get("type")) ? "The flow has no trigger"
            : "The trigger " + settings(trigger).get("pieceName") + ":" + settings(trigger).get("triggerName")
                + " receives no webhooks; the reference server runs only " + WEBHOOK_PIECE + "'s catch_webhook");
        return;
      }
      context.put(triggerName, Json.copy(ap.payload));
      record(run, run.steps, trigger, Json.obj(), Json.copy(ap.payload), start);
      Flow outcome = chain(run, ap, ApFlowOps.next(trigger), context, run.steps);
      if (outcome != Flow.END) succeed(run);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      synchronized (run) {
        if (!run.terminal()) end(run, "INTERNAL_ERROR");
      }
    }
  }

  private Flow chain(Run run, ApRun ap, @Nullable Map<String, Object> first, Map<String, Object> context,
      Map<String, Map<String, Object>> scope) throws InterruptedException {
    for (Map<String, Object> step = first; step != null; step = ApFlowOps.next(step)) {
      if (run.terminal()) return Flow.END;
      if (Boolean.TRUE.equals(step.get("skip"))) continue;
      Flow f = step(run, ap, step, context, scope);
      if (f != Flow.CONTINUE) return f;
    }
    return Flow.CONTINUE;
  }

  private Flow step(Run run, ApRun ap, Map<String, Object> step, Map<String, Object> context,
      Map<String, Map<String, Object>> scope) throws InterruptedException {
    String name = String.valueOf(step.get("name"));
    String type = String.valueOf(step.get("type"));
    Map<String, Object> settings = settings(step);
    Instant start = platform.now();
    synchronized (run) {
      run.currentStep = name;
      run.stepNames.put(name, String.valueOf(step.get("displayName")));
      run.stepTypes.put(name, type);
    }
    switch (type) {
      case "PIECE": {
        Object input = render(settings.get("input"), context);
        String piece = String.valueOf(settings.get("pieceName"));
        String action = String.valueOf(settings.get("actionName"));
        if (WEBHOOK_PIECE.equals(piece) && "return_response".equals(action)) {
          Map<String, Object> response;
          try {
            response = response(input instanceof Map ? FlowStore.asMap(input) : Json.obj());
          } catch (IllegalArgumentException e) {
            return failStep(run, ap, step, input, e.getMessage(), start, scope);
          }
          record(run, scope, step, input, response, start);
          synchronized (run) {
            ap.response = response;
            run.notifyAll();
          }
          return Flow.STOP;
        }
        if (DELAY_PIECE.equals(piece) && "delayFor".equals(action)) {
          Map<String, Object> in = input instanceof Map ? FlowStore.asMap(input) : Json.obj();
          long ms = delayMillis(in);
          if (ms < 0) return failStep(run, ap, step, input, "delayFor must be a number >= 0", start, scope);
          if (!delay(run, ms)) return Flow.END;
          record(run, scope, step, input, Json.obj("delayForInMs", ms, "success", true), start);
          return Flow.CONTINUE;
        }
        return failStep(run, ap, step, input, "The piece " + piece + " (" + action + ") would reach the outside"
            + " world; the reference server runs only " + WEBHOOK_PIECE + "'s return_response and " + DELAY_PIECE
            + "'s delayFor", start, scope);
      }
      case "CODE":
        return failStep(run, ap, step, render(settings.get("input"), context), "CODE steps run in Activepieces'"
            + " Node.js sandbox, which the reference server does not have", start, scope);
      case "LOOP_ON_ITEMS": {
        Object items = render(settings.get("items"), context);
        if (!(items instanceof List)) {
          return failStep(run, ap, step, Json.obj("items", items), "The loop's items are not a list: " + Json.write(items),
              start, scope);
        }
        List<Object> iterations = new ArrayList<>();
        Map<String, Object> output = Json.obj("item", null, "index", 0, "iterations", iterations);
        record(run, scope, step, Json.obj("items", items), output, start);
        int index = 0;
        for (Object item : (List<?>) items) {
          index++;
          output.put("item", item);
          output.put("index", index);
          context.put(name, Json.obj("item", item, "index", index));
          Map<String, Map<String, Object>> iteration = new LinkedHashMap<>();
          synchronized (run) {
            iterations.add(iteration);
          }
          Flow f = chain(run, ap, first(step, "firstLoopAction"), context, iteration);
          if (f != Flow.CONTINUE) return f;
        }
        finishRecord(run, scope, name, output, start);
        return Flow.CONTINUE;
      }
      case "ROUTER": {
        List<?> branches = settings.get("branches") instanceof List ? (List<?>) settings.get("branches") : new ArrayList<>();
        List<?> children = step.get("children") instanceof List ? (List<?>) step.get("children") : new ArrayList<>();
        boolean all = "EXECUTE_ALL_MATCH".equals(settings.get("executionType"));
        List<Object> evaluated = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        int fallback = -1;
        for (int i = 0; i < branches.size(); i++) {
          Map<String, Object> branch = FlowStore.asMap(branches.get(i));
          boolean isFallback = "FALLBACK".equals(branch.get("branchType"));
          boolean holds = !isFallback && holds(branch.get("conditions"), context)
              && (all || taken.isEmpty());
          if (isFallback) fallback = i;
          if (holds) taken.add(i);
          evaluated.add(Json.obj("branchName", branch.get("branchName"), "branchIndex", i + 1, "evaluation", holds));
        }
        if (taken.isEmpty() && fallback >= 0) {
          taken.add(fallback);
          FlowStore.asMap(evaluated.get(fallback)).put("evaluation", true);
        }
        record(run, scope, step, Json.obj("branches", Json.copy(branches)), Json.obj("branches", evaluated), start);
        for (int i : taken) {
          Object child = i < children.size() ? children.get(i) : null;
          Flow f = chain(run, ap, child instanceof Map ? FlowStore.asMap(child) : null, context, scope);
          if (f != Flow.CONTINUE) return f;
        }
        return Flow.CONTINUE;
      }
      default:
        return failStep(run, ap, step, Json.obj(), "Unknown step type " + type, start, scope);
    }
  }

  private static @Nullable Map<String, Object> first(Map<String, Object> step, String field) {
    Object f = step.get(field);
    return f instanceof Map ? FlowStore.asMap(f) : null;
  }

  /** The answer a return_response step makes, as the webhook piece builds it; a bad JSON body is an error. */
  private static Map<String, Object> response(Map<String, Object> input) {
    String kind = input.get("responseType") == null ? "json" : String.valueOf(input.get("responseType"));
    // Current pieces put the answer in "fields" {status, headers, body}; older ones in "body" {status, headers, data}.
    Map<String, Object> fields = input.get("fields") instanceof Map ? FlowStore.asMap(input.get("fields"))
        : input.get("body") instanceof Map ? FlowStore.asMap(input.get("body")) : Json.obj();
    Object body = fields.containsKey("body") ? fields.get("body") : fields.get("data");
    int status = 200;
    Object s = fields.get("status");
    if (s instanceof Number) status = ((Number) s).intValue();
    if (s instanceof String && ((String) s).trim().matches("\\d{3}")) status = Integer.parseInt(((String) s).trim());
    Map<String, Object> headers = fields.get("headers") instanceof Map
        ? FlowStore.asMap(Json.copy(fields.get("headers"))) : Json.obj();
    switch (kind) {
      case "raw":
        return Json.obj("status", status, "headers", headers, "body", body == null ? "" : String.valueOf(body));
      case "redirect":
        headers.put("Location", String.valueOf(body));
        return Json.obj("status", 301, "headers", headers, "body", null);
      default:
        if (body instanceof String) {
          try {
            body = Json.parse((String) body);
          } catch (ApiException e) {
            throw new IllegalArgumentException("The response body is not JSON: " + body);
          }
        }
        return Json.obj("status", status, "headers", headers, "body", Json.copy(body));
    }
  }

  private static long delayMillis(Map<String, Object> input) {
    Object amount = input.get("delayFor");
    double n;
    try {
      n = amount instanceof Number ? ((Number) amount).doubleValue() : Double.parseDouble(String.valueOf(amount));
    } catch (NumberFormatException e) {
      return -1;
    }
    if (!(n >= 0)) return -1;
    String unit = input.get("unit") == null ? "seconds" : String.valueOf(input.get("unit"));
    long factor = unit.equals("minutes") ? 60_000L : unit.equals("hours") ? 3_600_000L : unit.equals("days") ? 86_400_000L : 1000L;
    return (long) Math.min(n * factor, Long.MAX_VALUE / 2);
  }

  /** Waits {@code ms}; over a minute the run is PAUSED meanwhile. False if the run ended (cancelled). */
  private boolean delay(Run run, long ms) throws InterruptedException {
    long deadline = System.nanoTime() + ms * 1_000_000L;
    synchronized (run) {
      if (ms > 60_000) {
        run.status = "PAUSED";
        run.updated = platform.now();
        run.notifyAll();
      }
      while (!run.terminal() && !platform.closed()) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) break;
        run.wait(left);
      }
      if (run.terminal() || platform.closed()) return false;
      run.status = "RUNNING";
      run.updated = platform.now();
      return true;
    }
  }

  // ---- conditions (Activepieces' BranchOperator) ----

  private boolean holds(@Nullable Object conditions, Map<String, Object> context) {
    if (!(conditions instanceof List)) return false;
    for (Object group : (List<?>) conditions) {
      if (!(group instanceof List) || ((List<?>) group).isEmpty()) continue;
      boolean all = true;
      for (Object c : (List<?>) group) all &= c instanceof Map && condition(FlowStore.asMap(c), context);
      if (all) return true;
    }
    return false;
  }

  private boolean condition(Map<String, Object> c, Map<String, Object> context) {
    Object first = render(c.get("firstValue"), context);
    Object second = render(c.get("secondValue"), context);
    boolean caseSensitive = Boolean.TRUE.equals(c.get("caseSensitive"));
    String op = String.valueOf(c.get("operator"));
    String a = text(first, caseSensitive);
    String b = text(second, caseSensitive);
    switch (op) {
      case "TEXT_CONTAINS": return a.contains(b);
      case "TEXT_DOES_NOT_CONTAIN": return !a.contains(b);
      case "TEXT_EXACTLY_MATCHES": return a.equals(b);
      case "TEXT_DOES_NOT_EXACTLY_MATCH": return !a.equals(b);
      case "TEXT_START_WITH": return a.startsWith(b);
      case "TEXT_DOES_NOT_START_WITH": return !a.startsWith(b);
      case "TEXT_ENDS_WITH": return a.endsWith(b);
      case "TEXT_DOES_NOT_END_WITH": return !a.endsWith(b);
      case "NUMBER_IS_GREATER_THAN": return compare(first, second) > 0;
      case "NUMBER_IS_LESS_THAN": return compare(first, second) < 0 && compare(first, second) != Integer.MIN_VALUE;
      case "NUMBER_IS_EQUAL_TO": return compare(first, second) == 0;
      case "BOOLEAN_IS_TRUE": return Boolean.TRUE.equals(first) || "true".equalsIgnoreCase(String.valueOf(first));
      case "BOOLEAN_IS_FALSE": return Boolean.FALSE.equals(first) || "false".equalsIgnoreCase(String.valueOf(first));
      case "DATE_IS_BEFORE": return dateCompare(first, second) < 0 && dateCompare(first, second) != Integer.MIN_VALUE;
      case "DATE_IS_EQUAL": return dateCompare(first, second) == 0;
      case "DATE_IS_AFTER": return dateCompare(first, second) > 0;
      case "LIST_CONTAINS": return list(first).stream().anyMatch(v -> text(v, caseSensitive).equals(b));
      case "LIST_DOES_NOT_CONTAIN": return list(first).stream().noneMatch(v -> text(v, caseSensitive).equals(b));
      case "LIST_IS_EMPTY": return list(first).isEmpty();
      case "LIST_IS_NOT_EMPTY": return !list(first).isEmpty();
      case "EXISTS": return first != null && !"".equals(first);
      case "DOES_NOT_EXIST": return first == null || "".equals(first);
      default: return false;
    }
  }

  private static String text(@Nullable Object v, boolean caseSensitive) {
    String s = v == null ? "" : v instanceof String ? (String) v : Json.write(v);
    return caseSensitive ? s : s.toLowerCase(Locale.ROOT);
  }

  /** -1, 0 or 1; {@link Integer#MIN_VALUE} when either side is not a number (no comparison holds). */
  private static int compare(@Nullable Object a, @Nullable Object b) {
    try {
      return new BigDecimal(String.valueOf(a).trim()).compareTo(new BigDecimal(String.valueOf(b).trim()));
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static int dateCompare(@Nullable Object a, @Nullable Object b) {
    Instant x = date(a);
    Instant y = date(b);
    return x == null || y == null ? Integer.MIN_VALUE : x.compareTo(y);
  }

  private static @Nullable Instant date(@Nullable Object v) {
    String s = String.valueOf(v).trim();
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private static List<?> list(@Nullable Object v) {
    if (v instanceof List) return (List<?>) v;
    if (v instanceof String && ((String) v).trim().startsWith("[")) {
      try {
        Object parsed = Json.parse((String) v);
        if (parsed instanceof List) return (List<?>) parsed;
      } catch (ApiException notJson) {
        // not a list
      }
    }
    return new ArrayList<>();
  }

  // ---- templates ----

  /** {@code value} with its {@code {{path}}} templates filled from the outputs so far. */
  static @Nullable Object render(@Nullable Object value, Map<String, Object> context) {
    if (value instanceof String) {
      String s = (String) value;
      Matcher whole = TEMPLATE.matcher(s);
      if (whole.matches()) return Json.copy(resolve(whole.group(1), context));
      Matcher m = TEMPLATE.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        Object v = resolve(m.group(1), context);
        m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v instanceof String ? (String) v : Json.write(v)));
      }
      m.appendTail(out);
      return out.toString();
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : FlowStore.asMap(value).entrySet()) out.put(e.getKey(), render(e.getValue(), context));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) value) out.add(render(o, context));
      return out;
    }
    return value;
  }

  /** A path such as {@code trigger.body.items[0]['name']}, or null where it leads nowhere. */
  private static @Nullable Object resolve(String path, Map<String, Object> context) {
    String dotted = path.replaceAll("\\[\\s*['\"]([^'\"]*)['\"]\\s*]", ".$1").replaceAll("\\[\\s*(\\d+)\\s*]", ".$1");
    Object cur = context;
    for (String part : dotted.split("\\.")) {
      if (part.isEmpty()) continue;
      if (cur instanceof Map) {
        cur = ((Map<?, ?>) cur).get(part);
      } else if (cur instanceof List && part.matches("\\d+") && Integer.parseInt(part) < ((List<?>) cur).size()) {
        cur = ((List<?>) cur).get(Integer.parseInt(part));
      } else {
        return null;
      }
    }
    return cur == context ? null : cur;
  }

  // ---- recording ----

  private static Map<String, Object> settings(Map<String, Object> step) {
    return step.get("settings") instanceof Map ? FlowStore.asMap(step.get("settings")) : Json.obj();
  }

  /** Records a step's output in {@code scope} (the run's steps, or a loop iteration), as Activepieces' StepOutput. */
  private void record(Run run, Map<String, Map<String, Object>> scope, Map<String, Object> step, @Nullable Object input,
      @Nullable Object output, Instant start) {
    synchronized (run) {
      scope.put(String.valueOf(step.get("name")), Json.obj("type", step.get("type"), "status", "SUCCEEDED",
          "input", Json.copy(input), "output", output, "duration", Run.millis(start, platform.now())));
      run.updated = platform.now();
    }
  }

  private void finishRecord(Run run, Map<String, Map<String, Object>> scope, String name, Object output, Instant start) {
    synchronized (run) {
      Map<String, Object> s = scope.get(name);
      if (s != null) {
        s.put("output", output);
        s.put("duration", Run.millis(start, platform.now()));
      }
    }
  }

  private Flow failStep(Run run, ApRun ap, Map<String, Object> step, @Nullable Object input, String message,
      Instant start, Map<String, Map<String, Object>> scope) {
    synchronized (run) {
      if (run.terminal()) return Flow.END;
      scope.put(String.valueOf(step.get("name")), Json.obj("type", step.get("type"), "status", "FAILED",
          "input", Json.copy(input), "output", null, "errorMessage", message,
          "duration", Run.millis(start, platform.now())));
    }
    fail(run, ap, step, message);
    return Flow.END;
  }

  private void fail(Run run, ApRun ap, Map<String, Object> step, String message) {
    synchronized (run) {
      if (run.terminal()) return;
      ap.failedStep = Json.obj("name", step.get("name"), "displayName", step.get("displayName"));
      run.error = Json.obj("message", message, "step", step.get("name"));
      Map<String, Object> recorded = run.steps.get(String.valueOf(step.get("name")));
      if (recorded != null && !recorded.containsKey("errorMessage")) {
        recorded.put("status", "FAILED");
        recorded.put("errorMessage", message);
      }
      end(run, "FAILED");
    }
  }

  private void succeed(Run run) {
    synchronized (run) {
      if (!run.terminal()) end(run, "SUCCEEDED");
    }
  }

  /** Ends the run in {@code status}; the caller holds its lock. */
  private void end(Run run, String status) {
    run.status = status;
    run.finishTime = platform.now();
    if (run.startTime == null) run.startTime = run.finishTime;
    run.updated = run.finishTime;
    run.currentStep = null;
    run.events.finish();
    run.notifyAll();
  }

  /** Cancels a PAUSED or QUEUED run; false for any other. */
  boolean cancel(Run run) {
    synchronized (run) {
      if (!run.status.equals("PAUSED") && !run.status.equals("QUEUED")) return false;
      end(run, "CANCELED");
      return true;
    }
  }

  /**
   * Waits up to {@code timeoutMillis} for the run's answer: its return_response, or what
   * Activepieces answers when the run ends without one (500 failed or internal error, 504 timed
   * out, else 204), or 204 when the wait runs out.
   */
  Map<String, Object> awaitResponse(Run run, long timeoutMillis) throws InterruptedException {
    ApRun ap = ap(run);
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    synchronized (run) {
      while (ap.response == null && !run.terminal() && !platform.closed()) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) break;
        run.wait(left);
      }
      if (ap.response != null) return ap.response;
      switch (run.status) {
        case "FAILED":
        case "MEMORY_LIMIT_EXCEEDED":
          return Json.obj("status", 500, "headers", Json.obj(), "body", Json.obj("message", FAILED));
        case "INTERNAL_ERROR":
          return Json.obj("status", 500, "headers", Json.obj(), "body", Json.obj("message", INTERNAL));
        case "TIMEOUT":
          return Json.obj("status", 504, "headers", Json.obj(), "body", Json.obj("message", TOO_LONG));
        default:
          return Json.obj("status", 204, "headers", Json.obj(), "body", Json.obj());
      }
    }
  }

  /** The run as Activepieces' {@code FlowRun} (with its {@code steps} when {@code withSteps}). */
  Map<String, Object> json(Run run, boolean withSteps) {
    ApRun ap = ap(run);
    synchronized (run) {
      Map<String, Object> json = Json.obj("id", run.id, "created", Json.time(run.created), "updated", Json.time(run.updated),
          "projectId", run.projectId, "flowId", run.flowId, "failParentOnFailure", false, "tags", new ArrayList<>(run.tags),
          "flowVersionId", run.flowVersionId, "flowVersion", Json.obj("displayName", ap.flowDisplayName),
          "logsFileId", null, "status", run.status, "startTime", Json.time(run.startTime == null ? run.created : run.startTime),
          "finishTime", Run.time(run.finishTime), "environment", ap.environment, "archivedAt", ap.archivedAt);
      if (json.get("finishTime") == null) json.remove("finishTime");
      if (ap.failedStep != null) json.put("failedStep", Json.copy(ap.failedStep));
      if (withSteps) json.put("steps", Json.copy(run.steps));
      return json;
    }
  }
}
