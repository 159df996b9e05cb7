package dev.flowkit.workflows.internal.platform;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One contract request as a profile sees it: the operation, its path parameters, query and body. */
public final class Exchange {
  public final Operation operation;
  public final Map<String, String> params;
  public final Map<String, String> query;
  /** The contract's request body as JSON values (maps, lists, strings, numbers), or null. */
  public final @Nullable Object body;
  final String platform;

  Exchange(Operation operation, Map<String, String> params, Map<String, String> query, @Nullable Object body,
      String platform) {
    this.operation = operation;
    this.params = params;
    this.query = query;
    this.body = body;
    this.platform = platform;
  }

  /** The path parameter {@code name}. */
  public String param(String name) {
    String value = params.get(name);
    if (value == null) throw new IllegalStateException(operation + " has no parameter " + name);
    return value;
  }

  /** The contract body's field {@code name}, or null. */
  public @Nullable Object field(String name) {
    return body instanceof Map ? ((Map<?, ?>) body).get(name) : null;
  }

  /** An {@link UnsupportedOperationException} for a parameter this platform cannot send. */
  public UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(platform + " does not support " + what + " in "
        + operation.call() + "; leave it unset for this platform");
  }
}
