package dev.flowkit.workflows.iaiflow;

import dev.flowkit.workflows.internal.iaiflow.JsonValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code config} of one {@link Node}: a JSON object whose keys depend on the node's type. Each
 * type IAI Flow documents has a subclass with typed accessors for its keys ({@link HttpRequest#url()},
 * {@link Claude#maxTokens()}, …); a type this SDK does not know is an {@link Unknown} config. Every
 * key is kept, documented or not, in order and with its exact value, so a definition read and
 * written again is unchanged.
 *
 * <pre>{@code
 * NodeConfig fetch = NodeConfig.httpRequest("https://api.example.com/items", "GET", null, null);
 * NodeConfig slow = fetch.with("timeout_ms", 5000);   // a key the documents do not list
 * }</pre>
 *
 * <p>A typed accessor returns null when the key is absent, and throws {@link
 * IllegalStateException} when the key holds another kind of value than the documents give it.
 */
public abstract class NodeConfig {
  private final String type;
  private final Map<String, @Nullable Object> values;

  NodeConfig(String type, Map<String, @Nullable Object> values) {
    this.type = type;
    this.values = values;
  }

  /** The node type this config belongs to, such as {@code http_request}. */
  public final String type() {
    return type;
  }

  /** Every key of the config in order, as JSON values; read-only. */
  public final Map<String, @Nullable Object> values() {
    return values;
  }

  /** The value of {@code key} as a JSON value, or null when absent. */
  public final @Nullable Object get(String key) {
    return values.get(key);
  }

  /**
   * This config with {@code key} set to {@code value} (a JSON value: map, list, string, number,
   * boolean or null), for a key the documents do not list.
   *
   * @throws IllegalArgumentException if {@code value} is not a JSON value
   */
  public final NodeConfig with(String key, @Nullable Object value) {
    Objects.requireNonNull(key, "key == null");
    Map<String, @Nullable Object> copy = new LinkedHashMap<>(values);
    copy.put(key, JsonValues.copy(value, "config." + key));
    return of(type, copy);
  }

  /**
   * The config of a node of {@code type} with these keys: the typed subclass when IAI Flow
   * documents the type, else {@link Unknown}.
   *
   * @throws IllegalArgumentException if a value is not a JSON value
   */
  public static NodeConfig of(String type, Map<String, ?> values) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(values, "values == null");
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> copy = (Map<String, @Nullable Object>) JsonValues.copy(values, "config");
    switch (type) {
      case "claude": return new Claude(copy);
      case "ai.agent": return new AiAgent(copy);
      case "ai.prompt": return new AiPrompt(copy);
      case "http_request": return new HttpRequest(copy);
      case "js_transform": return new JsTransform(copy);
      case "condition": return new Condition(copy);
      case "d1_query": return new D1Query(copy);
      case "kv_get": return new KvGet(copy);
      case "kv_set": return new KvSet(copy);
      case "log": return new Log(copy);
      case "manual_trigger": return new ManualTrigger(copy);
      case "schedule": return new Schedule(copy);
      case "webhook": return new Webhook(copy);
      case "http_trigger": return new HttpTrigger(copy);
      case "classify": return new Classify(copy);
      default: return new Unknown(type, copy);
    }
  }

  /** {@code claude}: calls Claude with {@code prompt}; {@code model} and {@code maxTokens} may be null. */
  public static NodeConfig claude(String prompt, @Nullable String model, @Nullable Integer maxTokens) {
    return of("claude", keys("prompt", required(prompt, "prompt"), "model", model, "max_tokens", maxTokens));
  }

  /** {@code ai.agent}: a multi-step agent loop; {@code tools} and {@code maxIterations} may be null. */
  public static NodeConfig aiAgent(String systemPrompt, @Nullable List<?> tools, @Nullable Integer maxIterations) {
    return of("ai.agent", keys("system_prompt", required(systemPrompt, "systemPrompt"), "tools", tools,
        "max_iterations", maxIterations));
  }

  /** {@code ai.prompt}: one prompt to a model; {@code model} may be null. */
  public static NodeConfig aiPrompt(String prompt, @Nullable String model) {
    return of("ai.prompt", keys("prompt", required(prompt, "prompt"), "model", model));
  }

  /** {@code http_request}: an HTTP call; method, headers and body may be null. */
  public static NodeConfig httpRequest(String url, @Nullable String method, @Nullable Map<String, String> headers,
      @Nullable Object body) {
    return of("http_request", keys("url", required(url, "url"), "method", method, "headers", headers, "body", body));
  }

  /** {@code js_transform}: JavaScript code {@code fn} that turns the node's input into its output. */
  public static NodeConfig jsTransform(String fn) {
    return of("js_transform", keys("fn", required(fn, "fn")));
  }

  /** {@code condition}: compares {@code field} with {@code value} by {@code operator}. */
  public static NodeConfig condition(String field, String operator, @Nullable Object value) {
    return of("condition", keys("field", required(field, "field"), "operator", required(operator, "operator"),
        "value", value));
  }

  /** {@code d1_query}: a SQL query on the workspace's D1 database; {@code params} may be null. */
  public static NodeConfig d1Query(String sql, @Nullable List<?> params) {
    return of("d1_query", keys("sql", required(sql, "sql"), "params", params));
  }

  /** {@code kv_get}: reads {@code key} from the workspace's KV store. */
  public static NodeConfig kvGet(String key) {
    return of("kv_get", keys("key", required(key, "key")));
  }

  /** {@code kv_set}: writes {@code value} under {@code key}. */
  public static NodeConfig kvSet(String key, @Nullable Object value) {
    return of("kv_set", keys("key", required(key, "key"), "value", value));
  }

  /** {@code log}: logs {@code message}. */
  public static NodeConfig log(String message) {
    return of("log", keys("message", required(message, "message")));
  }

  /** {@code manual_trigger}: the flow starts when run by hand or through the API. */
  public static NodeConfig manualTrigger() {
    return of("manual_trigger", Collections.<String, Object>emptyMap());
  }

  /** {@code schedule}: the flow starts on the cron expression {@code cron}. */
  public static NodeConfig schedule(String cron) {
    return of("schedule", keys("cron", required(cron, "cron")));
  }

  /** {@code webhook}: the flow starts when its webhook {@code path} is called. */
  public static NodeConfig webhook(String path) {
    return of("webhook", keys("path", required(path, "path")));
  }

  /** {@code http_trigger}: the flow starts from an HTTP call. */
  public static NodeConfig httpTrigger() {
    return of("http_trigger", Collections.<String, Object>emptyMap());
  }

  /** {@code classify}: classifies text into one of {@code categories}. */
  public static NodeConfig classify(List<String> categories) {
    return of("classify", keys("categories", required(categories, "categories")));
  }

  // ---- typed reads ----

  final @Nullable String string(String key) {
    Object v = values.get(key);
    if (v == null || v instanceof String) return (String) v;
    throw wrongKind(key, "a string");
  }

  final @Nullable Integer integer(String key) {
    Object v = values.get(key);
    if (v == null) return null;
    if (v instanceof Long && (Long) v == ((Long) v).intValue()) return ((Long) v).intValue();
    if (v instanceof Double && (Double) v == Math.rint((Double) v) && Math.abs((Double) v) <= Integer.MAX_VALUE) {
      return ((Double) v).intValue();
    }
    throw wrongKind(key, "a whole number that fits an int");
  }

  @SuppressWarnings("unchecked")
  final @Nullable List<@Nullable Object> list(String key) {
    Object v = values.get(key);
    if (v == null || v instanceof List) return (List<@Nullable Object>) v;
    throw wrongKind(key, "an array");
  }

  final @Nullable List<String> strings(String key) {
    List<@Nullable Object> list = list(key);
    if (list == null) return null;
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String)) throw wrongKind(key, "an array of strings");
      out.add((String) o);
    }
    return Collections.unmodifiableList(out);
  }

  private IllegalStateException wrongKind(String key, String expected) {
    return new IllegalStateException(type + " config \"" + key + "\" is " + JsonValues.kind(values.get(key))
        + ", not " + expected);
  }

  private static Map<String, @Nullable Object> keys(Object... kv) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) map.put((String) kv[i], kv[i + 1]);
    }
    return map;
  }

  private static <T> T required(@Nullable T value, String name) {
    return Objects.requireNonNull(value, name + " == null");
  }

  @Override public final boolean equals(@Nullable Object o) {
    return o instanceof NodeConfig && type.equals(((NodeConfig) o).type) && values.equals(((NodeConfig) o).values);
  }

  @Override public final int hashCode() {
    return 31 * type.hashCode() + values.hashCode();
  }

  /** The type and the config's keys, never their values (a header or prompt may hold a secret). */
  @Override public final String toString() {
    return getClass().getSimpleName() + "{type=" + type + ", keys=" + values.keySet() + "}";
  }

  /** {@code claude}: {@code prompt}, {@code model}, {@code max_tokens}. */
  public static final class Claude extends NodeConfig {
    Claude(Map<String, @Nullable Object> values) {
      super("claude", values);
    }

    /** The prompt sent to Claude. */
    public @Nullable String prompt() {
      return string("prompt");
    }

    /** The model name. */
    public @Nullable String model() {
      return string("model");
    }

    /** The largest answer in tokens. */
    public @Nullable Integer maxTokens() {
      return integer("max_tokens");
    }
  }

  /** {@code ai.agent}: {@code system_prompt}, {@code tools}, {@code max_iterations}. */
  public static final class AiAgent extends NodeConfig {
    AiAgent(Map<String, @Nullable Object> values) {
      super("ai.agent", values);
    }

    /** The agent's system prompt. */
    public @Nullable String systemPrompt() {
      return string("system_prompt");
    }

    /** The agent's tools, as JSON values (the documents do not say their shape). */
    public @Nullable List<@Nullable Object> tools() {
      return list("tools");
    }

    /** The most loop iterations the agent may take. */
    public @Nullable Integer maxIterations() {
      return integer("max_iterations");
    }
  }

  /** {@code ai.prompt}: {@code prompt}, {@code model}. */
  public static final class AiPrompt extends NodeConfig {
    AiPrompt(Map<String, @Nullable Object> values) {
      super("ai.prompt", values);
    }

    /** The prompt. */
    public @Nullable String prompt() {
      return string("prompt");
    }

    /** The model name. */
    public @Nullable String model() {
      return string("model");
    }
  }

  /** {@code http_request}: {@code url}, {@code method}, {@code headers}, {@code body}. */
  public static final class HttpRequest extends NodeConfig {
    HttpRequest(Map<String, @Nullable Object> values) {
      super("http_request", values);
    }

    /** The URL called. */
    public @Nullable String url() {
      return string("url");
    }

    /** The HTTP method, such as {@code GET}. */
    public @Nullable String method() {
      return string("method");
    }

    /**
     * The request headers.
     *
     * @throws IllegalStateException when a header's value is not a string
     */
    public @Nullable Map<String, String> headers() {
      Object v = get("headers");
      if (v == null) return null;
      if (!(v instanceof Map)) throw new IllegalStateException("http_request config \"headers\" is "
          + JsonValues.kind(v) + ", not an object");
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!(e.getValue() instanceof String)) {
          throw new IllegalStateException("http_request header \"" + e.getKey() + "\" is "
              + JsonValues.kind(e.getValue()) + ", not a string");
        }
        out.put((String) e.getKey(), (String) e.getValue());
      }
      return Collections.unmodifiableMap(out);
    }

    /** The request body as a JSON value. */
    public @Nullable Object body() {
      return get("body");
    }
  }

  /** {@code js_transform}: {@code fn}. */
  public static final class JsTransform extends NodeConfig {
    JsTransform(Map<String, @Nullable Object> values) {
      super("js_transform", values);
    }

    /** The JavaScript code. */
    public @Nullable String fn() {
      return string("fn");
    }
  }

  /** {@code condition}: {@code field}, {@code operator}, {@code value}. */
  public static final class Condition extends NodeConfig {
    Condition(Map<String, @Nullable Object> values) {
      super("condition", values);
    }

    /** The field compared. */
    public @Nullable String field() {
      return string("field");
    }

    /** The comparison, such as {@code equals}. */
    public @Nullable String operator() {
      return string("operator");
    }

    /** The value compared with, as a JSON value. */
    public @Nullable Object value() {
      return get("value");
    }
  }

  /** {@code d1_query}: {@code sql}, {@code params}. */
  public static final class D1Query extends NodeConfig {
    D1Query(Map<String, @Nullable Object> values) {
      super("d1_query", values);
    }

    /** The SQL statement. */
    public @Nullable String sql() {
      return string("sql");
    }

    /** The statement's parameters, as JSON values. */
    public @Nullable List<@Nullable Object> params() {
      return list("params");
    }
  }

  /** {@code kv_get}: {@code key}. */
  public static final class KvGet extends NodeConfig {
    KvGet(Map<String, @Nullable Object> values) {
      super("kv_get", values);
    }

    /** The key read. */
    public @Nullable String key() {
      return string("key");
    }
  }

  /** {@code kv_set}: {@code key}, {@code value}. */
  public static final class KvSet extends NodeConfig {
    KvSet(Map<String, @Nullable Object> values) {
      super("kv_set", values);
    }

    /** The key written. */
    public @Nullable String key() {
      return string("key");
    }

    /** The value written, as a JSON value. */
    public @Nullable Object value() {
      return get("value");
    }
  }

  /** {@code log}: {@code message}. */
  public static final class Log extends NodeConfig {
    Log(Map<String, @Nullable Object> values) {
      super("log", values);
    }

    /** The message logged. */
    public @Nullable String message() {
      return string("message");
    }
  }

  /** {@code manual_trigger}: no keys. */
  public static final class ManualTrigger extends NodeConfig {
    ManualTrigger(Map<String, @Nullable Object> values) {
      super("manual_trigger", values);
    }
  }

  /** {@code schedule}: {@code cron}. */
  public static final class Schedule extends NodeConfig {
    Schedule(Map<String, @Nullable Object> values) {
      super("schedule", values);
    }

    /** The cron expression. */
    public @Nullable String cron() {
      return string("cron");
    }
  }

  /** {@code webhook}: {@code path}. */
  public static final class Webhook extends NodeConfig {
    Webhook(Map<String, @Nullable Object> values) {
      super("webhook", values);
    }

    /** The webhook's path. */
    public @Nullable String path() {
      return string("path");
    }
  }

  /** {@code http_trigger}: no keys. */
  public static final class HttpTrigger extends NodeConfig {
    HttpTrigger(Map<String, @Nullable Object> values) {
      super("http_trigger", values);
    }
  }

  /** {@code classify}: {@code categories}. */
  public static final class Classify extends NodeConfig {
    Classify(Map<String, @Nullable Object> values) {
      super("classify", values);
    }

    /** The categories to choose from. */
    public @Nullable List<String> categories() {
      return strings("categories");
    }
  }

  /** The config of a node type this SDK does not know: every key, as JSON values. */
  public static final class Unknown extends NodeConfig {
    Unknown(String type, Map<String, @Nullable Object> values) {
      super(type, values);
    }
  }
}
