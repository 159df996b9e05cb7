package dev.flowkit.workflows.internal.platform;

import com.squareup.moshi.Moshi;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One call as the SDK describes it, before a {@link Dialect} puts it on a platform's wire: its
 * operation, path parameters, query, body and the caller's idempotency key. A dialect's maps read
 * it; nothing in it depends on a platform.
 */
public final class Exchange {
  public final Operation operation;
  /** The call's query in the SDK's terms ({@code limit}, {@code cursor}, filters), in a stable order. */
  public final Map<String, String> query;
  private final Map<String, String> params;
  private final @Nullable Object body;
  private final @Nullable String idempotencyKey;
  private final Moshi moshi;
  final String platform;
  private boolean bodyConverted;
  private @Nullable Object bodyJson;

  Exchange(Operation operation, Map<String, String> params, Map<String, String> query, @Nullable Object body,
      @Nullable String idempotencyKey, Moshi moshi, String platform) {
    this.operation = operation;
    this.params = params;
    this.query = Collections.unmodifiableMap(query);
    this.body = body;
    this.idempotencyKey = idempotencyKey;
    this.moshi = moshi;
    this.platform = platform;
  }

  /** The path parameter {@code name} ({@code id}, {@code versionId}, …). */
  public String param(String name) {
    String value = params.get(name);
    if (value == null) throw new IllegalStateException(operation + " has no parameter " + name);
    return value;
  }

  /** The body as the SDK built it (a params object or a map), or null. */
  public @Nullable Object body() {
    return body;
  }

  /** The body as JSON values (maps, lists, strings, numbers, booleans), or null; converted once. */
  public @Nullable Object bodyJson() {
    if (!bodyConverted) {
      try {
        bodyJson = body == null || body == JsonText.NONE ? null
            : body instanceof JsonText ? moshi.adapter(Object.class).fromJson(((JsonText) body).json)
            : moshi.adapter(Object.class).toJsonValue(body);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("the SDK wrote malformed JSON: " + body, e);
      }
      bodyConverted = true;
    }
    return bodyJson;
  }

  /** The JSON body's field {@code name}, or null. */
  public @Nullable Object field(String name) {
    Object json = bodyJson();
    return json instanceof Map ? ((Map<?, ?>) json).get(name) : null;
  }

  /** The key the caller chose to make the call safe to repeat, or null. */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /** An {@link UnsupportedOperationException} for a parameter this platform cannot send. */
  public UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(platform + " does not support " + what + " in "
        + operation.call() + "; leave it unset for this platform");
  }

  /** Collects an {@link Exchange}. */
  public static final class Builder {
    private final Operation operation;
    private final Map<String, String> params = new LinkedHashMap<>();
    private Map<String, String> query = Collections.emptyMap();
    private @Nullable Object body;
    private @Nullable String idempotencyKey;

    public Builder(Operation operation) {
      this.operation = Objects.requireNonNull(operation, "operation == null");
    }

    public Builder param(String name, String value) {
      params.put(name, value);
      return this;
    }

    public Builder query(Map<String, String> query) {
      this.query = query;
      return this;
    }

    public Builder body(@Nullable Object body) {
      this.body = body;
      return this;
    }

    public Builder idempotencyKey(@Nullable String key) {
      this.idempotencyKey = key;
      return this;
    }

    public Exchange build(Moshi moshi, String platform) {
      return new Exchange(operation, params, query, body, idempotencyKey, moshi, platform);
    }
  }
}
