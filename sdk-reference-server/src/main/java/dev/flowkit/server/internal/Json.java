package dev.flowkit.server.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * One shared Moshi. JSON values are plain Maps, Lists, Strings, Booleans and numbers; a number a
 * client sends is kept exactly: a Long when it is an integer that fits, a BigInteger for a larger
 * integer, a BigDecimal otherwise ({@code 1e400} stays {@code 1E+400}), so whatever is stored can
 * always be written back. Values the server makes itself may also be Doubles (always finite).
 */
public final class Json {
  /**
   * How deeply a client's JSON may nest (RFC 8259 section 9 lets a parser limit it). The answers
   * wrap stored values a few levels deeper, and the writer stops at 256, so anything the server
   * keeps must stay within this depth too.
   */
  public static final int MAX_DEPTH = 100;

  /** The longest number a client may send, in characters (RFC 8259 section 9 allows a limit). */
  public static final int MAX_NUMBER_LENGTH = 1000;

  private static final Moshi MOSHI = new Moshi.Builder()
      .add(BigDecimal.class, new ExactNumber<BigDecimal>().nullSafe())
      .add(BigInteger.class, new ExactNumber<BigInteger>().nullSafe())
      .build();
  private static final JsonAdapter<Object> WRITER = MOSHI.adapter(Object.class).serializeNulls();
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Json() {}

  /** Serializes maps, lists and scalars; nulls are written. */
  public static String write(@Nullable Object value) {
    return WRITER.toJson(value);
  }

  /** Formats an instant as {@code 2026-01-01T00:00:00.123Z}. */
  public static String time(Instant instant) {
    return ISO.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * Parses one JSON value (RFC 8259), numbers kept exactly; anything else is a 400 whose message
   * says what is wrong and where, in the server's words.
   */
  public static @Nullable Object parse(String text) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
    try {
      Object value = read(reader, 0);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw malformed("more than one JSON value (text after the value ends at " + reader.getPath() + ")");
      }
      return value;
    } catch (EOFException e) {
      throw malformed("the body ends inside the JSON value");
    } catch (IOException | JsonDataException e) {
      throw malformed("not valid JSON at " + reader.getPath());
    }
  }

  private static ApiException malformed(String hint) {
    return ApiException.validation(null, "malformed JSON", hint);
  }

  private static @Nullable Object read(JsonReader reader, int depth) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        nest(reader, depth);
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader, depth + 1));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        nest(reader, depth);
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader, depth + 1));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER: {
        String text = reader.nextString();
        if (text.length() > MAX_NUMBER_LENGTH) {
          throw ApiException.validation(null, "number out of range",
              "a number longer than " + MAX_NUMBER_LENGTH + " characters at " + reader.getPath());
        }
        try {
          return number(text);
        } catch (NumberFormatException e) { // an exponent beyond what a BigDecimal holds
          throw ApiException.validation(null, "number out of range", "an exponent too large at " + reader.getPath());
        }
      }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw malformed("not valid JSON at " + reader.getPath());
    }
  }

  private static void nest(JsonReader reader, int depth) {
    if (depth >= MAX_DEPTH) {
      throw ApiException.validation(null, "nested too deep",
          "objects and arrays nest deeper than " + MAX_DEPTH + " levels at " + reader.getPath());
    }
  }

  /** The exact value of a JSON number's text. */
  static Number number(String text) {
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (!integral) return new BigDecimal(text);
    BigInteger n = new BigInteger(text);
    return n.compareTo(LONG_MIN) >= 0 && n.compareTo(LONG_MAX) <= 0 ? (Number) n.longValue() : n;
  }

  /** How deeply {@code value} nests: 0 for a scalar, 1 for {@code {}} or {@code []}. */
  public static int depth(@Nullable Object value) {
    int deepest = 0;
    if (value instanceof Map) {
      for (Object v : ((Map<?, ?>) value).values()) deepest = Math.max(deepest, depth(v));
      return deepest + 1;
    }
    if (value instanceof List) {
      for (Object v : (List<?>) value) deepest = Math.max(deepest, depth(v));
      return deepest + 1;
    }
    return 0;
  }

  /** A deep copy of a JSON value (maps and lists are copied, scalars shared). */
  @SuppressWarnings("unchecked")
  public static @Nullable Object copy(@Nullable Object value) {
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
        out.put(e.getKey(), copy(e.getValue()));
      }
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<Object>) value) {
        out.add(copy(o));
      }
      return out;
    }
    return value;
  }

  /** A mutable ordered map from alternating keys and values. */
  public static Map<String, Object> obj(Object... kv) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      map.put((String) kv[i], kv[i + 1]);
    }
    return map;
  }

  /** Writes a BigInteger or BigDecimal as its own digits (Moshi has no adapter for them). */
  private static final class ExactNumber<N extends Number> extends JsonAdapter<N> {
    @Override public N fromJson(JsonReader reader) {
      throw new UnsupportedOperationException("the server parses JSON with Json.parse");
    }

    @Override public void toJson(JsonWriter writer, @Nullable N value) throws IOException {
      writer.value(value);
    }
  }
}
