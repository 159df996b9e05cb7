package dev.flowkit.server.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Typed, validating access to a JSON object request body; errors name the field. An absent field
 * is absent; a field sent as {@code null} is refused unless it is read with a {@code nullable…}
 * accessor, as the spec marks only those fields nullable.
 */
public final class Body {
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final Map<String, Object> map;
  private final String prefix;

  public Body(Map<String, Object> map, String prefix) {
    this.map = map;
    this.prefix = prefix;
  }

  public Map<String, Object> raw() {
    return map;
  }

  /** Whether the field was sent at all (its value may be {@code null}). */
  public boolean has(String field) {
    return map.containsKey(field);
  }

  private String name(String field) {
    return prefix + field;
  }

  /** The value of a field that may not be {@code null}: absent gives null, a sent null a 400. */
  private @Nullable Object value(String field) {
    Object v = map.get(field);
    if (v == null && map.containsKey(field)) throw ApiException.field(name(field), "must not be null");
    return v;
  }

  /** A string with at least one character that is not white space. */
  public String requiredString(String field) {
    String s = string(field);
    if (s == null || isBlank(s)) {
      throw ApiException.field(name(field), "required");
    }
    return s;
  }

  /** A string that must be sent, possibly empty. */
  public String presentString(String field) {
    String s = string(field);
    if (s == null) throw ApiException.field(name(field), "required");
    return s;
  }

  public @Nullable String string(String field) {
    Object v = value(field);
    if (v == null) return null;
    if (!(v instanceof String)) throw ApiException.field(name(field), "must be a string");
    return (String) v;
  }

  /** A string that may be absent or {@code null}. */
  public @Nullable String nullableString(String field) {
    return map.get(field) == null ? null : string(field);
  }

  public boolean bool(String field, boolean def) {
    Object v = value(field);
    if (v == null) return def;
    if (!(v instanceof Boolean)) throw ApiException.field(name(field), "must be a boolean");
    return (Boolean) v;
  }

  public long integer(String field, long def, long min, long max) {
    Object v = value(field);
    if (v == null) return def;
    Long n = exactLong(v);
    if (n == null && isIntegral(v)) n = v.toString().startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    if (n == null) throw ApiException.field(name(field), "must be an integer");
    if (n < min || n > max) {
      throw ApiException.field(name(field), "must be between " + min + " and " + max);
    }
    return n;
  }

  /** {@code v} as a long when it is an integer that fits, else null. */
  static @Nullable Long exactLong(Object v) {
    if (v instanceof Long) return (Long) v;
    if (v instanceof BigDecimal && isIntegral(v)) {
      BigDecimal d = (BigDecimal) v;
      if (d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0) return d.longValueExact();
    }
    if (v instanceof Double && ((Double) v) == Math.rint((Double) v) && Math.abs((Double) v) < 0x1p62) {
      return ((Double) v).longValue();
    }
    return null;
  }

  /** Whether {@code v} is a JSON number without a fractional part (1, 1.0 and 1e3 are). */
  static boolean isIntegral(Object v) {
    if (v instanceof Long || v instanceof java.math.BigInteger) return true;
    if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
    }
    return v instanceof Double && ((Double) v) == Math.rint((Double) v);
  }

  @SuppressWarnings("unchecked")
  public @Nullable Map<String, Object> object(String field) {
    Object v = value(field);
    if (v == null) return null;
    if (!(v instanceof Map)) throw ApiException.field(name(field), "must be an object");
    return (Map<String, Object>) v;
  }

  /** An object that may be absent or {@code null}. */
  public @Nullable Map<String, Object> nullableObject(String field) {
    return map.get(field) == null ? null : object(field);
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
    Object v = value(field);
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

  /** Refuses a body with any field: for POSTs that take no input ({@code {}} or nothing). */
  public void requireEmpty() {
    if (!map.isEmpty()) {
      String first = map.keySet().iterator().next();
      throw ApiException.field(name(first), "this request takes no fields; send {} or no body");
    }
  }

  /**
   * Whether {@code s} holds only white space, as JSON Schema's {@code pattern: '\S'} (an
   * ECMA-262 regular expression) sees it: the spec marks non-blank strings that way.
   */
  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isEcmaWhiteSpace(s.charAt(i))) return false;
    }
    return true;
  }

  /** ECMA-262's WhiteSpace and LineTerminator code points (what {@code \s} matches). */
  static boolean isEcmaWhiteSpace(char c) {
    switch (c) {
      case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0xA0: case 0x1680:
      case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }

  public static Body empty() {
    return new Body(new LinkedHashMap<>(), "");
  }
}
