package dev.flowkit.workflows.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.flowkit.core.FlowJson;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Not API. Helpers the model classes share: read-only views, copies, checks and JSON conversion. */
public final class Models {
  private Models() {}

  /** A read-only view of a list Moshi may have set (or left null). */
  public static <T> List<T> view(@Nullable List<T> list) {
    return list == null ? Collections.<T>emptyList() : Collections.unmodifiableList(list);
  }

  /** A read-only view of a map Moshi may have set (or left null). */
  public static <K, V> Map<K, V> view(@Nullable Map<K, V> map) {
    return map == null ? Collections.<K, V>emptyMap() : Collections.unmodifiableMap(map);
  }

  /** A read-only copy that keeps the order, rejecting null keys and values. */
  public static Map<String, Object> copyOf(Map<String, ?> map, String name) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      if (entry.getKey() == null) throw new NullPointerException(name + " contains a null key");
      if (entry.getValue() == null) {
        throw new NullPointerException(name + "." + entry.getKey() + " == null");
      }
      copy.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /** A read-only copy rejecting null elements. */
  public static <T> List<T> copyOf(List<? extends T> list, String name) {
    List<T> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element == null) throw new NullPointerException(name + "[" + i + "] == null");
      copy.add(element);
    }
    return Collections.unmodifiableList(copy);
  }

  /** Shows at most the last 4 characters of a key, and only of a long one. */
  public static String redactKey(@Nullable String key) {
    if (key == null) return "null";
    return key.length() >= 16 ? "****" + key.substring(key.length() - 4) : "<redacted>";
  }

  /** Checks a page size against the API's 1..100. */
  public static int checkLimit(int limit) {
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("limit must be in 1..100 but was " + limit);
    }
    return limit;
  }

  /** Rejects {@code UNKNOWN} and null, which cannot be sent to the server. */
  public static <E extends Enum<E>> E checkKnown(@Nullable E value, String name) {
    if (value == null) throw new NullPointerException(name + " == null");
    if (value.name().equals("UNKNOWN")) {
      throw new IllegalArgumentException(
          name + " must not be " + value.getDeclaringClass().getSimpleName() + ".UNKNOWN");
    }
    return value;
  }

  /** Rejects null and empty text. */
  public static String checkNotEmpty(@Nullable String value, String name) {
    if (value == null) throw new NullPointerException(name + " == null");
    if (value.isEmpty()) throw new IllegalArgumentException(name + " must not be empty");
    return value;
  }

  /** A duration the API gives in (fractional) seconds. */
  public static Duration seconds(Number seconds) {
    return Duration.ofNanos(Math.round(seconds.doubleValue() * 1_000_000_000d));
  }

  // Type.getTypeName() is missing on Android API 26.
  private static String typeName(Type type) {
    return type instanceof Class ? ((Class<?>) type).getName() : type.toString();
  }

  /**
   * Converts an any-JSON value (maps, lists, strings, doubles, booleans) to {@code type} with
   * the shared Moshi, throwing {@link IllegalArgumentException} with the JSON path on a mismatch.
   */
  @SuppressWarnings("unchecked")
  public static <T> @Nullable T convert(@Nullable Object value, Type type, String what) {
    if (type == null) throw new NullPointerException("type == null");
    JsonAdapter<Object> adapter;
    try {
      adapter = FlowJson.moshi().adapter(type);
    } catch (AssertionError e) {
      // Moshi's record adapter reports a record it may not access (a non-public one) this way.
      throw new IllegalArgumentException("Cannot read the " + what + " as " + typeName(type)
          + ": Moshi cannot access it; make the record and the classes enclosing it public ("
          + e.getMessage() + ")", e);
    }
    try {
      return (T) adapter.fromJsonValue(value);
    } catch (JsonDataException e) {
      throw new IllegalArgumentException(
          "Cannot read the " + what + " as " + typeName(type) + ": " + e.getMessage(), e);
    }
  }
}
