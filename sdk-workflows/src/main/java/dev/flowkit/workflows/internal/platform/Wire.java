package dev.flowkit.workflows.internal.platform;

import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.core.internal.FlowJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small readers and writers of JSON values (maps, lists, strings, numbers) for the profiles. */
public final class Wire {
  private Wire() {}

  /** {@code value} as a JSON object, or an {@link InvalidResponseException} naming {@code what}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(@Nullable Object value, String what) {
    if (!(value instanceof Map)) {
      throw new InvalidResponseException("Expected " + what + " but got " + describe(value), null);
    }
    return (Map<String, Object>) value;
  }

  /** {@code value} as a JSON array, or an {@link InvalidResponseException} naming {@code what}. */
  @SuppressWarnings("unchecked")
  public static List<Object> array(@Nullable Object value, String what) {
    if (!(value instanceof List)) {
      throw new InvalidResponseException("Expected " + what + " but got " + describe(value), null);
    }
    return (List<Object>) value;
  }

  /** The object's {@code field} as a JSON object, required. */
  public static Map<String, Object> objectField(Map<String, Object> json, String field, String what) {
    return object(json.get(field), what);
  }

  /** A JSON object that must carry a string {@code id}, as every resource does. */
  public static Map<String, Object> resource(@Nullable Object value, String what) {
    Map<String, Object> json = object(value, what);
    if (!(json.get("id") instanceof String)) {
      throw new InvalidResponseException("Expected " + what + " with an \"id\" but got " + describe(value), null);
    }
    return json;
  }

  /** The contract's list envelope around {@code items}, with no further page. */
  public static Map<String, Object> onePage(List<Object> items) {
    return Dialect.obj("data", items, "next", null, "previous", null);
  }

  /** {@code items} each mapped by {@code f}. */
  public static List<Object> each(List<Object> items, java.util.function.Function<Object, Object> f) {
    List<Object> out = new ArrayList<>(items.size());
    for (Object item : items) out.add(f.apply(item));
    return out;
  }

  /** A copy of {@code json} without the null values (the contract leaves absent what is unknown). */
  public static Map<String, Object> compact(Map<String, Object> json) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : json.entrySet()) {
      if (e.getValue() != null) out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /** A JSON number as a long (JSON numbers arrive as doubles), or null. */
  public static @Nullable Long whole(@Nullable Object value) {
    return value instanceof Number ? Long.valueOf(Math.round(((Number) value).doubleValue())) : null;
  }

  /** The contract error {@code {error, message, statusCode}}. */
  public static Map<String, Object> error(int status, @Nullable String code, @Nullable String message) {
    return compact(Dialect.obj("error", code, "message", message, "statusCode", status));
  }

  /** The contract's error code for an HTTP status, for platforms whose errors carry only text. */
  public static String codeFor(int status) {
    switch (status) {
      case 400: return "VALIDATION_ERROR";
      case 401: return "UNAUTHENTICATED";
      case 403: return "FORBIDDEN";
      case 404: return "NOT_FOUND";
      case 409: return "CONFLICT";
      case 429: return "RATE_LIMITED";
      case 503: return "UNAVAILABLE";
      default: return status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
    }
  }

  /**
   * {@code value} as JSON, writing the nulls of its first {@code depth} object levels (a request
   * that means them: {@code {"request": {"folderId": null}}}); deeper nulls are left out.
   */
  public static String json(@Nullable Object value, int depth) {
    okio.Buffer buffer = new okio.Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      write(FlowJson.moshi(), writer, value, depth);
    } catch (IOException e) {
      throw new AssertionError(e); // a Buffer does not fail
    }
    return buffer.readUtf8();
  }

  private static void write(Moshi moshi, JsonWriter writer, @Nullable Object value, int depth) throws IOException {
    if (depth > 0 && value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        writer.name(String.valueOf(e.getKey()));
        if (e.getValue() == null) {
          writer.setSerializeNulls(true);
          writer.nullValue();
          writer.setSerializeNulls(false);
        } else {
          write(moshi, writer, e.getValue(), depth - 1);
        }
      }
      writer.endObject();
    } else {
      moshi.adapter(Object.class).toJson(writer, value);
    }
  }

  private static String describe(@Nullable Object value) {
    if (value == null) return "null";
    String text = value instanceof Map ? "an object with " + ((Map<?, ?>) value).keySet()
        : value instanceof List ? "an array" : "\"" + value + "\"";
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
