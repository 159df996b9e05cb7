package dev.flowkit.server.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
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

/** One shared Moshi; JSON values are plain Maps, Lists, Strings, Longs, Doubles and Booleans. */
public final class Json {
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Object> WRITER = MOSHI.adapter(Object.class).serializeNulls();
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Json() {}

  /** Serializes maps, lists and scalars; nulls are written. */
  public static String write(@Nullable Object value) {
    return WRITER.toJson(value);
  }

  /** Formats an instant as {@code 2026-01-01T00:00:00.123Z}. */
  public static String time(Instant instant) {
    return ISO.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** Parses any JSON value, keeping integral numbers as Long; throws 400 on malformed input. */
  public static @Nullable Object parse(String text) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonEncodingException("trailing data at " + reader.getPath());
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw ApiException.validation(null, "malformed JSON", e.getMessage());
    }
  }

  private static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER: {
        String n = reader.nextString();
        try {
          return Long.parseLong(n);
        } catch (NumberFormatException e) {
          return Double.parseDouble(n);
        }
      }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonEncodingException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
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
}
