package dev.flowkit.server.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Activepieces' errors as the reference server raises them: its own {@code {code, params}}
 * ({@code helper/error-handler.ts} maps the code to the status) and Fastify's schema validation
 * ({@code FST_ERR_VALIDATION}, 400), with readers of request bodies that fail the way a Fastify
 * schema does, naming the path ({@code body/request/displayName}).
 */
public final class ApErrors {
  /** Fastify's code for a request that fails its route's schema. */
  public static final String FASTIFY_VALIDATION = "FST_ERR_VALIDATION";

  private ApErrors() {}

  /** An Activepieces error: {@code status} {@code {code, params}}. */
  public static ApiException ap(int status, String code, String message, Object... params) {
    Map<String, Object> p = Json.obj(params);
    if (!p.containsKey("message")) p.put("message", message);
    return new ApiException(status, code, message, p, null, -1);
  }

  /** 404 {@code ENTITY_NOT_FOUND} for {@code entityType} {@code id}. */
  public static ApiException notFound(String entityType, String id) {
    return ap(404, "ENTITY_NOT_FOUND", entityType + " with id " + id + " is not found", "entityType", entityType,
        "entityId", id);
  }

  /** 409 {@code VALIDATION}, Activepieces' own rule (not a schema) broken. */
  public static ApiException validation(String message) {
    return ap(409, "VALIDATION", message);
  }

  /** 400 {@code FST_ERR_VALIDATION} with Fastify's message. */
  public static ApiException schema(String message) {
    return new ApiException(400, FASTIFY_VALIDATION, message);
  }

  /** The object at {@code path} (such as {@code body/request}) of {@code value}, or a 400. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(@Nullable Object value, String path) {
    if (!(value instanceof Map)) throw schema(path + " must be object");
    return (Map<String, Object>) value;
  }

  /** The required string {@code name} of {@code json} (at {@code path}), or a 400. */
  public static String string(Map<String, Object> json, String path, String name) {
    Object v = json.get(name);
    if (v == null) throw schema(path + " must have required property '" + name + "'");
    if (!(v instanceof String)) throw schema(path + "/" + name + " must be string");
    return (String) v;
  }

  /**
   * The optional string {@code name}, or null when it is absent; null or a value of another type
   * is a 400, as for a schema property that is a string and not nullable.
   */
  public static @Nullable String optString(Map<String, Object> json, String path, String name) {
    if (!json.containsKey(name)) return null;
    Object v = json.get(name);
    if (!(v instanceof String)) throw schema(path + "/" + name + " must be string");
    return (String) v;
  }

  /** The optional string {@code name} of a nullable property: absent or null is null; another type is a 400. */
  public static @Nullable String nullableString(Map<String, Object> json, String path, String name) {
    return json.get(name) == null ? null : optString(json, path, name);
  }

  /** The required integer {@code name} (a JSON number without a fraction), or a 400. */
  public static int integer(Map<String, Object> json, String path, String name) {
    Object v = json.get(name);
    if (v == null) throw schema(path + " must have required property '" + name + "'");
    if (!(v instanceof Number) || ((Number) v).doubleValue() != Math.rint(((Number) v).doubleValue())) {
      throw schema(path + "/" + name + " must be number");
    }
    return ((Number) v).intValue();
  }

  /** The required array of strings {@code name}, or a 400. */
  @SuppressWarnings("unchecked")
  public static List<String> strings(Map<String, Object> json, String path, String name) {
    Object v = json.get(name);
    if (v == null) throw schema(path + " must have required property '" + name + "'");
    if (!(v instanceof List)) throw schema(path + "/" + name + " must be array");
    for (Object o : (List<?>) v) {
      if (!(o instanceof String)) throw schema(path + "/" + name + " must be array of string");
    }
    return (List<String>) v;
  }

  /** {@code value} if it is one of {@code allowed}, else a 400 naming them. */
  public static String oneOf(@Nullable String value, String path, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) return value;
    }
    throw schema(path + " must be equal to one of the allowed values: " + String.join(", ", allowed));
  }
}
