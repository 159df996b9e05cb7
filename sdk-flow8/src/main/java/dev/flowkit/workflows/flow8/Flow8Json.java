package dev.flowkit.workflows.flow8;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A flow8 JSON object as this SDK reads or sends it: typed accessors for the fields flow8's pages
 * document, and {@link #json()} for every field, documented or not. Immutable; two objects are
 * equal when their class and JSON are.
 */
public abstract class Flow8Json {
  private final Map<String, Object> json;

  Flow8Json(Map<String, ?> json) {
    this.json = Collections.unmodifiableMap(new LinkedHashMap<String, Object>(json));
  }

  /** Every field, as flow8 sent it (or as it will be sent), including those without an accessor. */
  public final Map<String, Object> json() {
    return json;
  }

  @Override public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && json.equals(((Flow8Json) o).json);
  }

  @Override public final int hashCode() {
    return json.hashCode();
  }

  @Override public String toString() {
    return getClass().getSimpleName() + json;
  }

  // ---- readers ----

  final @Nullable String string(String field) {
    Object v = json.get(field);
    return v == null ? null : String.valueOf(v);
  }

  final String requiredId() {
    String id = string("id");
    if (id == null) throw new IllegalStateException(getClass().getSimpleName() + " has no id: " + json);
    return id;
  }

  final @Nullable Boolean bool(String field) {
    Object v = json.get(field);
    return v instanceof Boolean ? (Boolean) v : null;
  }

  final @Nullable Long whole(String field) {
    Object v = json.get(field);
    if (v instanceof BigDecimal) return ((BigDecimal) v).longValue();
    return v instanceof Number ? Long.valueOf(Math.round(((Number) v).doubleValue())) : null;
  }

  final @Nullable Double decimal(String field) {
    Object v = json.get(field);
    return v instanceof Number ? ((Number) v).doubleValue() : null;
  }

  final @Nullable Instant instant(String field) {
    Object v = json.get(field);
    if (!(v instanceof String)) return null;
    try {
      return Instant.parse((String) v);
    } catch (DateTimeParseException notAnInstant) {
      return null; // json() keeps the text
    }
  }

  @SuppressWarnings("unchecked")
  final Map<String, Object> object(String field) {
    Object v = json.get(field);
    return v instanceof Map ? Collections.unmodifiableMap((Map<String, Object>) v) : Collections.<String, Object>emptyMap();
  }

  @SuppressWarnings("unchecked")
  final <T> List<T> list(String field, Function<Map<String, Object>, T> item) {
    Object v = json.get(field);
    if (!(v instanceof List)) return Collections.emptyList();
    List<T> out = new ArrayList<>();
    for (Object o : (List<Object>) v) {
      if (o instanceof Map) out.add(item.apply((Map<String, Object>) o));
    }
    return Collections.unmodifiableList(out);
  }

  @SuppressWarnings("unchecked")
  final List<String> strings(String field) {
    Object v = json.get(field);
    if (!(v instanceof List)) return Collections.emptyList();
    List<String> out = new ArrayList<>();
    for (Object o : (List<Object>) v) out.add(String.valueOf(o));
    return Collections.unmodifiableList(out);
  }

  /** Collects the fields of a request; each setter checks its value. */
  abstract static class Fields<B extends Fields<B>> {
    final Map<String, Object> fields = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    final B put(String field, @Nullable Object value) {
      fields.put(field, value);
      return (B) this;
    }

    final B text(String field, String value) {
      if (value == null) throw new NullPointerException(field + " == null");
      if (value.trim().isEmpty()) throw new IllegalArgumentException(field + " is empty");
      return put(field, value);
    }

    final B atLeast(String field, long value, long min) {
      if (value < min) throw new IllegalArgumentException(field + " must be at least " + min + " but was " + value);
      return put(field, value);
    }

    final Map<String, Object> require(String type, String... required) {
      for (String r : required) {
        if (!fields.containsKey(r)) throw new IllegalStateException(type + " needs " + r);
      }
      return fields;
    }
  }
}
