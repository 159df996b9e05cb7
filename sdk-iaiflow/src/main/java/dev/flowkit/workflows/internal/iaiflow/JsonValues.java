package dev.flowkit.workflows.internal.iaiflow;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Not API. JSON text as read-only Java values with no digit lost, and back: objects as ordered
 * maps, arrays as lists, numbers as {@code Long} (integers that fit), {@code BigInteger} (larger
 * integers), {@code Double} (when the double is exactly the written value) or {@code BigDecimal}.
 * A definition read and written again keeps every field, in order, and every number.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * The JSON value {@code text} holds.
   *
   * @throws IllegalArgumentException naming {@code what} and the JSON path when it is not JSON
   */
  public static @Nullable Object parse(String text, String what) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
    try {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException(what + " has more than one JSON value (at " + reader.getPath() + ")");
      }
      return value;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getMessage(), e);
    } catch (java.io.EOFException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: it ends too early", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e, e);
    }
  }

  private static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (map.containsKey(name)) {
            throw new JsonDataException("the name \"" + name + "\" appears twice at " + reader.getPath());
          }
          map.put(name, read(reader));
        }
        reader.endObject();
        return Collections.unmodifiableMap(map);
      }
      case BEGIN_ARRAY: {
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) list.add(read(reader));
        reader.endArray();
        return Collections.unmodifiableList(list);
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /** The Java number for JSON number text, keeping its value exactly. */
  static Number number(String text) {
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (integral) {
      BigInteger big = new BigInteger(text);
      return big.bitLength() < 64 ? (Number) big.longValue() : big;
    }
    BigDecimal exact = new BigDecimal(text);
    double d = exact.doubleValue();
    if (!Double.isInfinite(d) && new BigDecimal(Double.toString(d)).compareTo(exact) == 0) return d;
    return exact;
  }

  /** {@code value} as compact JSON text; nulls in objects are written. */
  public static String write(@Nullable Object value) {
    Buffer out = new Buffer();
    JsonWriter writer = JsonWriter.of(out);
    writer.setSerializeNulls(true);
    try {
      write(writer, value);
      writer.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.readUtf8();
  }

  private static void write(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        writer.name((String) e.getKey());
        write(writer, e.getValue());
      }
      writer.endObject();
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object o : (List<?>) value) write(writer, o);
      writer.endArray();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else {
      writer.value((Number) value);
    }
  }

  /**
   * A read-only deep copy of a JSON value a caller built: maps with string keys, lists (or other
   * collections), strings, numbers, booleans and nulls. Small integers become {@code Long} and
   * floats {@code Double}, so a value equals itself read back from its JSON.
   *
   * @throws IllegalArgumentException naming {@code path} for anything else, or a number JSON
   *     cannot hold (NaN, infinity)
   */
  public static @Nullable Object copy(@Nullable Object value, String path) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
        || value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(path + " is " + d + ", which JSON cannot hold");
      }
      return d;
    }
    if (value instanceof Map) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException(path + " has the key " + e.getKey() + ", not a string");
        }
        String key = (String) e.getKey();
        out.put(key, copy(e.getValue(), path + "." + key));
      }
      return Collections.unmodifiableMap(out);
    }
    if (value instanceof Collection) {
      List<@Nullable Object> out = new ArrayList<>();
      int i = 0;
      for (Object o : (Collection<?>) value) out.add(copy(o, path + "[" + i++ + "]"));
      return Collections.unmodifiableList(out);
    }
    throw new IllegalArgumentException(path + " is a " + value.getClass().getName()
        + "; use maps, lists, strings, numbers, booleans or null");
  }

  /** What kind of JSON value {@code value} is, for messages (never the value: it may be a secret). */
  public static String kind(@Nullable Object value) {
    if (value == null) return "null";
    if (value instanceof Map) return "an object";
    if (value instanceof List) return "an array";
    if (value instanceof String) return "a string";
    if (value instanceof Boolean) return "a boolean";
    return "a number";
  }
}
