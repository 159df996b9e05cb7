package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Typed, validating access to a JSON object request body; errors name the field. */
public final class Body {
  private final Map<String, Object> map;
  private final String prefix;

  public Body(Map<String, Object> map, String prefix) {
    this.map = map;
    this.prefix = prefix;
  }

  public Map<String, Object> raw() {
    return map;
  }

  public boolean has(String field) {
    return map.containsKey(field) && map.get(field) != null;
  }

  private String name(String field) {
    return prefix + field;
  }

  public String requiredString(String field) {
    String s = string(field);
    if (s == null || s.isBlank()) {
      throw ApiException.field(name(field), "required");
    }
    return s;
  }

  public @Nullable String string(String field) {
    Object v = map.get(field);
    if (v == null) return null;
    if (!(v instanceof String)) throw ApiException.field(name(field), "must be a string");
    return (String) v;
  }

  public boolean bool(String field, boolean def) {
    Object v = map.get(field);
    if (v == null) return def;
    if (!(v instanceof Boolean)) throw ApiException.field(name(field), "must be a boolean");
    return (Boolean) v;
  }

  public long integer(String field, long def, long min, long max) {
    Object v = map.get(field);
    if (v == null) return def;
    long n;
    if (v instanceof Long) {
      n = (Long) v;
    } else if (v instanceof Double && ((Double) v) == Math.rint((Double) v)) {
      n = ((Double) v).longValue();
    } else {
      throw ApiException.field(name(field), "must be an integer");
    }
    if (n < min || n > max) {
      throw ApiException.field(name(field), "must be between " + min + " and " + max);
    }
    return n;
  }

  @SuppressWarnings("unchecked")
  public @Nullable Map<String, Object> object(String field) {
    Object v = map.get(field);
    if (v == null) return null;
    if (!(v instanceof Map)) throw ApiException.field(name(field), "must be an object");
    return (Map<String, Object>) v;
  }

  public Map<String, Object> requiredObject(String field) {
    Map<String, Object> m = object(field);
    if (m == null) throw ApiException.field(name(field), "required");
    return m;
  }

  public Body nested(String field) {
    return new Body(requiredObject(field), name(field) + ".");
  }

  public List<String> strings(String field) {
    Object v = map.get(field);
    if (v == null) return new ArrayList<>();
    if (!(v instanceof List)) throw ApiException.field(name(field), "must be an array of strings");
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) v) {
      if (!(o instanceof String)) throw ApiException.field(name(field), "must be an array of strings");
      out.add((String) o);
    }
    return out;
  }

  public <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type) {
    String s = string(field);
    if (s == null) return null;
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw ApiException.field(name(field), "unknown value '" + s + "'");
    }
  }

  /** Checks that {@code value} is one of {@code allowed}. */
  public @Nullable String oneOf(String field, String... allowed) {
    String s = string(field);
    if (s == null) return null;
    for (String a : allowed) {
      if (a.equals(s)) return s;
    }
    throw ApiException.field(name(field), "must be one of " + String.join(", ", allowed));
  }

  public static Body empty() {
    return new Body(new LinkedHashMap<>(), "");
  }
}
