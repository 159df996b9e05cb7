package dev.flowkit.server.internal;

import dev.flowkit.server.internal.iaiflow.Graph;
import dev.flowkit.server.internal.iaiflow.Js;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs an IAI Flow definition on the engine as a graph. The run starts at the definition's
 * {@code entry} (or at every node no edge enters) with the run's input; a node runs once every
 * edge into it is settled and at least one was followed, with the output of the node before it as
 * its input (of several: an object of their outputs by node id). An edge is followed when its
 * condition, a JavaScript expression seeing {@code output} (its source's), {@code input} (the
 * run's) and {@code nodes} (each node's output by id), is true. A node no followed edge reaches is
 * {@code skipped}. The first node that fails ends the run as failed, with its message as the
 * run's error; else the run's output is the output of the last node that ran.
 *
 * <p>Node configs are templated like the engine's steps ({@code {{input.x}}},
 * {@code {{nodes.ID.output.y}}}), except {@code js_transform}'s code. Each node type's behaviour
 * is in {@link #runNode}; a type the reference server cannot run fails its node with a message
 * that says so.
 */
public final class GraphRunner implements RunEngine.Program {
  private static final Pattern TOKEN = Pattern.compile("\\s*\\S+");

  /** What a run does outside itself: logs, HTTP, the workspace's KV, and telling others it started and ended. */
  public interface Effects {
    void log(Run run, String level, String message, @Nullable String nodeId, @Nullable Object data);

    /** The {@code {status, headers, body}} of an {@code http_request} node's call. */
    Map<String, Object> http(String nodeId, Map<String, Object> config) throws NodeFailure;

    @Nullable Object kvGet(String workspaceId, String key);

    void kvSet(String workspaceId, String key, @Nullable Object value);

    void runStarted(Run run);

    void runEnded(Run run);
  }

  /** A node that failed; the message becomes the run's error. */
  public static final class NodeFailure extends Exception {
    public NodeFailure(String message) {
      super(message);
    }
  }

  private final RunEngine engine;
  private final Platform platform;
  private final Graph graph;
  private final Effects effects;
  private final Map<String, Object> extraContext;

  /**
   * A program that runs {@code graph}; {@code extraContext} adds names to the templates' context
   * (an agent's {@code memory}).
   */
  public GraphRunner(RunEngine engine, Platform platform, Graph graph, Effects effects,
      Map<String, Object> extraContext) {
    this.engine = engine;
    this.platform = platform;
    this.graph = graph;
    this.effects = effects;
    this.extraContext = extraContext;
  }

  /** What a run of a flow needs to know, for a run of something that is no stored flow (an agent). */
  public static FlowStore.Runnable runnable(String id, String versionId, Principal p, String name) {
    FlowStore.Flow f = new FlowStore.Flow(id, Instant.EPOCH, p.workspaceId, p.projectId);
    return new FlowStore.Runnable(f, new FlowStore.Version(versionId, Instant.EPOCH, id, name, Steps.defaultTrigger()));
  }

  @Override public void execute(Run run) throws InterruptedException {
    synchronized (run) {
      if (run.terminal()) return;
      run.status = "RUNNING";
      run.startTime = platform.now();
      run.updated = run.startTime;
      run.events.append("msg", RunEngine.msg(null, "start", "start", Json.obj("runId", run.id, "input", Json.copy(run.input))));
    }
    effects.runStarted(run);
    effects.log(run, "info", "Run started", null, null);

    Set<String> roots = new HashSet<>();
    if (graph.entry != null) {
      roots.add(graph.entry);
    } else {
      for (Graph.Node n : graph.nodes) {
        if (graph.incoming(n.id()).isEmpty()) roots.add(n.id());
      }
    }
    Map<String, Integer> settled = new HashMap<>();
    Map<String, Map<String, Object>> inputs = new HashMap<>();
    Map<String, Object> outputs = new LinkedHashMap<>();
    Set<String> done = new HashSet<>();
    while (true) {
      Graph.Node next = null;
      for (Graph.Node n : graph.nodes) {
        if (!done.contains(n.id()) && settled.getOrDefault(n.id(), 0) == graph.incoming(n.id()).size()) {
          next = n;
          break;
        }
      }
      if (next == null) break;
      done.add(next.id());
      boolean reached = roots.contains(next.id()) || inputs.containsKey(next.id());
      Object output = null;
      if (reached) {
        Object input = roots.contains(next.id()) ? run.input : inputOf(inputs.get(next.id()));
        output = runStep(run, next, input, outputs);
        if (output == FAILED) {
          effects.runEnded(run);
          return;
        }
        outputs.put(next.id(), output);
      } else {
        skip(run, next);
      }
      for (Graph.Edge e : graph.outgoing(next.id())) {
        boolean follow = false;
        if (reached) {
          try {
            follow = e.condition() == null || Js.test(e.condition(), Json.obj("output", output, "input", run.input,
                "nodes", outputs));
          } catch (Js.JsError | Js.Thrown bad) {
            fail(run, null, "edge " + e.id() + "'s condition: " + bad.getMessage());
            effects.runEnded(run);
            return;
          }
        }
        settled.merge(e.target(), 1, Integer::sum);
        if (follow) inputs.computeIfAbsent(e.target(), k -> new LinkedHashMap<>()).put(next.id(), output);
      }
    }
    synchronized (run) {
      if (run.terminal()) return;
      engine.succeed(run);
    }
    effects.log(run, "info", "Run succeeded", null, null);
    effects.runEnded(run);
  }

  private static @Nullable Object inputOf(Map<String, Object> bySource) {
    return bySource.size() == 1 ? bySource.values().iterator().next() : bySource;
  }

  /** A node's output when it failed and ended the run. */
  private static final Object FAILED = new Object();

  private @Nullable Object runStep(Run run, Graph.Node node, @Nullable Object input, Map<String, Object> outputs)
      throws InterruptedException {
    String id = node.id();
    String label = node.name() == null ? id : node.name();
    synchronized (run) {
      if (run.terminal()) return FAILED;
      Instant now = platform.now();
      run.steps.put(id, Json.obj("status", "RUNNING", "input", Json.copy(input), "output", null,
          "startTime", Json.time(now), "finishTime", null, "durationMs", null, "type", node.type(),
          "displayName", node.name(), "error", null));
      run.stepTypes.put(id, node.type());
      run.stepNames.put(id, label);
      run.currentStep = id;
      run.updated = now;
      run.events.append("msg", RunEngine.msg(id, "Start node " + label + ", type " + node.type(), "start_node", null));
    }
    effects.log(run, "info", "Node " + id + " (" + node.type() + ") started", id, null);
    Object output;
    try {
      output = runNode(run, node, input, outputs);
    } catch (NodeFailure f) {
      fail(run, id, f.getMessage());
      return FAILED;
    } catch (Js.Thrown t) {
      fail(run, id, t.getMessage());
      return FAILED;
    } catch (Js.JsError e) {
      fail(run, id, node.type() + " node " + id + ": " + e.getMessage());
      return FAILED;
    }
    if (output == FAILED) return FAILED;
    synchronized (run) {
      if (run.terminal()) return FAILED;
      engine.finishStep(run, id, output); // the step's name and type were recorded when it started
    }
    effects.log(run, "info", "Node " + id + " succeeded", id, null);
    return output;
  }

  private void skip(Run run, Graph.Node node) {
    synchronized (run) {
      if (run.terminal()) return;
      String now = Json.time(platform.now());
      run.steps.put(node.id(), Json.obj("status", "SKIPPED", "input", null, "output", null, "startTime", now,
          "finishTime", now, "durationMs", 0L, "type", node.type(), "displayName", node.name(), "error", null));
      run.stepTypes.put(node.id(), node.type());
      run.stepNames.put(node.id(), node.name() == null ? node.id() : node.name());
    }
    effects.log(run, "debug", "Node " + node.id() + " skipped: no path reached it", node.id(), null);
  }

  private void fail(Run run, @Nullable String nodeId, String message) {
    synchronized (run) {
      if (run.terminal()) return;
      if (nodeId != null) {
        Map<String, Object> st = run.steps.get(nodeId);
        Instant now = platform.now();
        st.put("status", "FAILED");
        st.put("error", message);
        st.put("finishTime", Json.time(now));
        st.put("durationMs", Run.millis(Instant.parse((String) st.get("startTime")), now));
      }
      engine.end(run, "FAILED", "STEP_FAILED", message, nodeId);
    }
    effects.log(run, "error", "Run failed: " + message, nodeId, null);
  }

  // ---- node types ----

  @SuppressWarnings("unchecked")
  private @Nullable Object runNode(Run run, Graph.Node node, @Nullable Object input, Map<String, Object> outputs)
      throws NodeFailure, InterruptedException {
    String id = node.id();
    String type = node.type();
    Map<String, Object> nodes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : outputs.entrySet()) nodes.put(e.getKey(), Json.obj("output", e.getValue()));
    Map<String, Object> context = Json.obj("input", run.input, "nodes", nodes, "steps", nodes);
    context.putAll(extraContext);
    Map<String, Object> config = type.equals("js_transform") ? node.config()
        : (Map<String, Object>) Templates.render(node.config(), context);
    switch (type) {
      case "manual_trigger":
      case "schedule":
      case "webhook":
      case "http_trigger":
        return Json.copy(input);
      case "js_transform": {
        String fn = string(config, "fn", node, true);
        return Js.runFunction(fn, Json.copy(input), Json.obj("input", Json.copy(run.input), "nodes", Json.copy(outputs)));
      }
      case "condition":
        return condition(node, config, input);
      case "log": {
        String message = string(config, "message", node, true);
        String level = string(config, "level", node, false);
        level = level == null ? "info" : level.toLowerCase(Locale.ROOT);
        if (!List.of("debug", "info", "warn", "error").contains(level)) {
          throw new NodeFailure("log node " + id + ": config.level must be debug, info, warn or error");
        }
        effects.log(run, level, message, id, null);
        return Json.copy(input);
      }
      case "ai.prompt":
      case "claude":
        return prompt(run, node, config);
      case "http_request":
        return effects.http(id, config);
      case "kv_get":
        return Json.copy(effects.kvGet(run.workspaceId, string(config, "key", node, true)));
      case "kv_set": {
        String key = string(config, "key", node, true);
        effects.kvSet(run.workspaceId, key, Json.copy(config.get("value")));
        return Json.obj("key", key, "value", Json.copy(config.get("value")));
      }
      case "d1_query":
        throw new NodeFailure("d1_query node " + id + ": the reference server has no D1 database to query");
      case "ai.agent":
        throw new NodeFailure("ai.agent node " + id + ": the reference server runs no agent loop inside a flow;"
            + " run an agent with POST /api/agent/run");
      case "classify":
        throw new NodeFailure("classify node " + id + ": the reference server has no model to classify text with");
      default:
        throw new NodeFailure("node " + id + " has the type '" + type + "', which the reference server does not run");
    }
  }

  private static @Nullable String string(Map<String, Object> config, String key, Graph.Node node, boolean required)
      throws NodeFailure {
    Object v = config.get(key);
    if (v == null) {
      if (required) throw new NodeFailure(node.type() + " node " + node.id() + " has no config." + key);
      return null;
    }
    if (!(v instanceof String)) throw new NodeFailure(node.type() + " node " + node.id() + ": config." + key + " must be a string");
    return (String) v;
  }

  /** {@code condition}: {@code {result, field, value}}, comparing the input's {@code field} with {@code value}. */
  private static Map<String, Object> condition(Graph.Node node, Map<String, Object> config, @Nullable Object input)
      throws NodeFailure {
    String field = string(config, "field", node, true);
    String operator = string(config, "operator", node, true);
    Object expected = config.get("value");
    Object actual = input instanceof Map ? Templates.resolve(field, (Map<String, Object>) castMap(input)) : null;
    boolean result;
    switch (operator) {
      case "equals": case "eq": case "==": case "===":
        result = same(actual, expected);
        break;
      case "not_equals": case "neq": case "!=": case "!==":
        result = !same(actual, expected);
        break;
      case "gt": case ">": case "gte": case ">=": case "lt": case "<": case "lte": case "<=": {
        if (!(actual instanceof Number) || !(expected instanceof Number)) {
          result = false;
        } else {
          double a = ((Number) actual).doubleValue();
          double b = ((Number) expected).doubleValue();
          result = operator.startsWith("g") || operator.startsWith(">")
              ? (operator.endsWith("e") || operator.endsWith("=") ? a >= b : a > b)
              : (operator.endsWith("e") || operator.endsWith("=") ? a <= b : a < b);
        }
        break;
      }
      case "contains":
        result = actual instanceof String ? ((String) actual).contains(String.valueOf(expected))
            : actual instanceof List && ((List<?>) actual).stream().anyMatch(o -> same(o, expected));
        break;
      case "not_contains":
        result = !(actual instanceof String ? ((String) actual).contains(String.valueOf(expected))
            : actual instanceof List && ((List<?>) actual).stream().anyMatch(o -> same(o, expected)));
        break;
      case "starts_with":
        result = actual instanceof String && ((String) actual).startsWith(String.valueOf(expected));
        break;
      case "ends_with":
        result = actual instanceof String && ((String) actual).endsWith(String.valueOf(expected));
        break;
      case "exists":
        result = actual != null;
        break;
      case "not_exists":
        result = actual == null;
        break;
      default:
        throw new NodeFailure("condition node " + node.id() + ": the operator '" + operator + "' is not one of equals,"
            + " not_equals, gt, gte, lt, lte, contains, not_contains, starts_with, ends_with, exists, not_exists");
    }
    return Json.obj("result", result, "field", field, "value", Json.copy(actual));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  private static boolean same(@Nullable Object a, @Nullable Object b) {
    if (a instanceof Number && b instanceof Number) return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    return a == null ? b == null : a.equals(b);
  }

  /**
   * {@code ai.prompt} and {@code claude}: the reference server's stand-in model answers with the
   * rendered prompt itself, token by token ({@code token_delay_ms} apart, default 0; {@code claude}
   * stops after {@code max_tokens}), each token a {@code stream} event and a debug log entry.
   */
  private @Nullable Object prompt(Run run, Graph.Node node, Map<String, Object> config)
      throws NodeFailure, InterruptedException {
    String prompt = string(config, "prompt", node, true);
    long delay = number(config, "token_delay_ms", node, 0, 60_000, 0);
    long max = node.type().equals("claude") ? number(config, "max_tokens", node, 1, Integer.MAX_VALUE, Long.MAX_VALUE)
        : Long.MAX_VALUE;
    StringBuilder text = new StringBuilder();
    Matcher m = TOKEN.matcher(prompt);
    long n = 0;
    while (m.find() && n++ < max) {
      if (delay > 0 && !engine.sleep(run, delay)) return FAILED;
      synchronized (run) {
        if (run.terminal()) return FAILED;
        run.events.append("stream", Json.obj("Content", m.group(), "Node", node.id(), "Reasoning", null));
      }
      effects.log(run, "debug", m.group(), node.id(), Json.obj("token", n));
      text.append(m.group());
    }
    return text.toString();
  }

  private static long number(Map<String, Object> config, String key, Graph.Node node, long min, long max, long def)
      throws NodeFailure {
    Object v = config.get(key);
    if (v == null) return def;
    if (!(v instanceof Long) || (Long) v < min || (Long) v > max) {
      throw new NodeFailure(node.type() + " node " + node.id() + ": config." + key + " must be a whole number from "
          + min + " to " + max);
    }
    return (Long) v;
  }
}
