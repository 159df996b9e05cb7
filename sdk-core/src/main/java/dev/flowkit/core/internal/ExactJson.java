package dev.flowkit.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Any JSON value as plain Java values, with no digit lost: objects as {@code Map<String, Object>}
 * in the server's order, arrays as {@code List<Object>}, strings, booleans, null, and numbers as
 * <ul>
 *   <li>{@code Long} for an integer (no fraction, no exponent) that fits, else {@code BigInteger};
 *   <li>{@code Double} for any other number when that double is the written value (compared as
 *       {@code BigDecimal}: {@code 0.1}, {@code 2.5}, {@code 1e3}), else {@code BigDecimal}
 *       ({@code 0.30000000000000000001}, {@code 1e400}).
 * </ul>
 * Writing such values writes the same numbers. Moshi's own {@code Object} adapter reads every
 * number as a double, so {@code 9007199254740993} would come back as {@code 9007199254740992}.
 *
 * <p>{@link #FACTORY} makes this the adapter for {@code Object} (and so for every
 * {@code Map<String, Object>} and {@code List<Object>}), and adds {@code BigDecimal} and
 * {@code BigInteger} adapters, which Moshi lacks. {@link #read} and {@link #write} serve code that
 * walks JSON by hand.
 */
public final class ExactJson {
  /** The factory for {@code Object}, {@code BigDecimal} and {@code BigInteger}. */
  public static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty()) return null;
      if (type == Object.class) return new ValueAdapter(moshi);
      if (type == BigDecimal.class) return new DecimalAdapter(false).nullSafe();
      if (type == BigInteger.class) return new DecimalAdapter(true).nullSafe();
      return null;
    }
  };

  private ExactJson() {}

  /** Reads the next value, whatever it is. */
  public static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          Object value = read(reader);
          if (map.containsKey(name)) {
            throw new JsonDataException("Map key '" + name + "' has multiple values at path " + reader.getPath());
          }
          map.put(name, value);
        }
        reader.endObject();
        return map;
      case BEGIN_ARRAY:
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) list.add(read(reader));
        reader.endArray();
        return list;
      case STRING:
        return reader.nextString();
      case NUMBER:
        String text = reader.nextString(); // the number as written
        try {
          return number(text);
        } catch (NumberFormatException e) {
          throw new JsonDataException(
              "Expected a number but was " + text + " at path " + RequiredFields.pathOfValueRead(reader), e);
        }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("Expected a value but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  /**
   * The number {@code text} (a JSON number) as the narrowest type that holds it exactly.
   *
   * @throws NumberFormatException if it is not a number
   */
  public static Number number(String text) {
    boolean integer = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        integer = false;
        break;
      }
    }
    if (integer) {
      if (text.length() <= 18) return Long.parseLong(text); // at most 18 digits always fit
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooLarge) {
        return new BigInteger(text);
      }
    }
    double approximate = Double.parseDouble(text);
    // A fraction of at most 15 digits and no exponent is always the shortest form of its double.
    if (text.length() <= 16 && text.indexOf('e') < 0 && text.indexOf('E') < 0) return approximate;
    BigDecimal written = new BigDecimal(text);
    if (!Double.isInfinite(approximate) && BigDecimal.valueOf(approximate).compareTo(written) == 0) {
      return approximate;
    }
    return written;
  }

  /**
   * Writes {@code value}: maps, collections, strings, booleans and numbers as JSON, each number as
   * its type holds it; any other type through {@code moshi}'s adapter for its class.
   */
  public static void write(JsonWriter writer, @Nullable Object value, Moshi moshi) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Object key = entry.getKey();
        if (key == null) throw new JsonDataException("Map key is null at " + writer.getPath());
        if (key instanceof String) {
          writer.name((String) key);
        } else { // as Moshi writes a map's keys: numbers, enums and the like as names
          writer.promoteValueToName();
          write(writer, key, moshi);
        }
        write(writer, entry.getValue(), moshi);
      }
      writer.endObject();
    } else if (value instanceof Collection) {
      writer.beginArray();
      for (Object element : (Collection<?>) value) write(writer, element, moshi);
      writer.endArray();
    } else if (value instanceof Boolean) {
      writer.value(((Boolean) value).booleanValue());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof Double) {
      writer.value(((Double) value).doubleValue());
    } else if (value instanceof Number) { // BigDecimal, BigInteger, Float: their own text
      writer.value((Number) value);
    } else if (value.getClass() == Object.class) {
      writer.beginObject().endObject();
    } else {
      @SuppressWarnings("unchecked")
      JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(value.getClass());
      adapter.toJson(writer, value);
    }
  }

  /** {@code Object}: any JSON value, exactly. */
  private static final class ValueAdapter extends JsonAdapter<@Nullable Object> {
    private final Moshi moshi;

    ValueAdapter(Moshi moshi) {
      this.moshi = moshi;
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      return read(reader);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      write(writer, value, moshi);
    }

    @Override
    public String toString() {
      return "JsonAdapter(Object, exact numbers)";
    }
  }

  /** {@code BigDecimal} or {@code BigInteger} from a JSON number (or a string holding one). */
  private static final class DecimalAdapter extends JsonAdapter<Number> {
    private final boolean integer;

    DecimalAdapter(boolean integer) {
      this.integer = integer;
    }

    @Override
    public Number fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        BigDecimal decimal = new BigDecimal(text);
        return integer ? decimal.toBigIntegerExact() : decimal;
      } catch (NumberFormatException | ArithmeticException e) {
        throw new JsonDataException(
            "Expected " + (integer ? "an integer" : "a number") + " but was " + text + " at path "
                + RequiredFields.pathOfValueRead(reader), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Number value) throws IOException {
      writer.value(value);
    }

    @Override
    public String toString() {
      return integer ? "JsonAdapter(BigInteger)" : "JsonAdapter(BigDecimal)";
    }
  }
}
