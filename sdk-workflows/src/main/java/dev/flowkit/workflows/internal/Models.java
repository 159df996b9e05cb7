package dev.flowkit.workflows.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonWriter;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.core.internal.ExactJson;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.WireEnums;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Not API. Helpers the model classes share: read-only views, copies, checks and JSON conversion. */
public final class Models {
  private Models() {}

  /**
   * {@code value}, or the {@link InvalidResponseException} for a value the API promises that the
   * response lacked: {@code FlowRun run_12 has no "status"}.
   *
   * @param identity how the object is known (its id, a step's quoted name), or null
   */
  public static <V> V required(@Nullable V value, String model, @Nullable String identity, String field) {
    if (value == null) {
      throw new InvalidResponseException(model + (identity == null ? "" : " " + identity) + " has no \"" + field
          + "\": the server left it out or sent null", null);
    }
    return value;
  }

  /** The constant the wire text {@code wire} names, or the enum's {@code UNKNOWN}. */
  public static <E extends Enum<E>> E enumOf(Class<E> type, String wire) {
    return WireEnums.valueOf(type, wire);
  }

  /** As {@link #enumOf}, null for null. */
  public static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String wire) {
    return wire == null ? null : WireEnums.valueOf(type, wire);
  }

  /** The wire text of {@code constant}, as the server spells it. */
  public static <E extends Enum<E>> String wire(E constant) {
    return WireEnums.name(constant);
  }

  /**
   * A read-only copy of a model's additional properties (JSON values; a null value is a JSON
   * {@code null}), rejecting null names.
   */
  public static Map<String, Object> additional(Map<String, ?> properties) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : properties.entrySet()) {
      if (entry.getKey() == null) throw new NullPointerException("additionalProperties contains a null name");
      copy.put(entry.getKey(), entry.getValue());
    }
    return copy.isEmpty() ? Collections.<String, Object>emptyMap() : Collections.unmodifiableMap(copy);
  }

  /**
   * The end of a model's {@code toString()} for its additional properties: their names only, as
   * a server's unknown field may hold a secret; empty when there are none.
   */
  public static String additionalNames(Map<String, Object> properties) {
    return properties.isEmpty() ? "" : ", additionalProperties=" + properties.keySet();
  }

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
   * Converts an any-JSON value (maps, lists, strings, numbers, booleans) to {@code type} with the
   * shared Moshi, throwing {@link IllegalArgumentException} with the JSON path on a mismatch.
   *
   * <p>The value is written back to JSON text, each number as it was read (see {@link ExactJson}),
   * and {@code type} is decoded from that text, as if from the server's answer: a {@code long}
   * field receives {@code 9007199254740993}, a {@code BigDecimal} field
   * {@code 0.30000000000000000001}, and an {@code int} field refuses {@code 1.5}.
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
    if (value == null) return null;
    Buffer json = new Buffer();
    try {
      ExactJson.write(JsonWriter.of(json), value, FlowJson.moshi());
      return (T) adapter.fromJson(json);
    } catch (JsonDataException e) {
      throw new IllegalArgumentException(
          "Cannot read the " + what + " as " + typeName(type) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the " + what + " as " + typeName(type) + ": " + e, e);
    }
  }
}
