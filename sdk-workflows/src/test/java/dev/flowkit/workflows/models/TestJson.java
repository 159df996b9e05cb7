package dev.flowkit.workflows.models;

import com.squareup.moshi.JsonAdapter;
import dev.flowkit.core.internal.FlowJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Test helpers: decode with the shared Moshi, encode, and parse JSON text to plain maps. */
final class TestJson {
  private TestJson() {}

  static <T> T decode(String json, Class<T> type) {
    try {
      T value = FlowJson.moshi().adapter(type).fromJson(json);
      if (value == null) throw new AssertionError("decoded null");
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String encode(Object value) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) FlowJson.moshi().adapter(value.getClass());
    return adapter.toJson(value);
  }

  static String encodeWithNulls(Object value) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) FlowJson.moshi().adapter(value.getClass());
    return adapter.serializeNulls().toJson(value);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String json) {
    try {
      return (Map<String, Object>) FlowJson.moshi().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encodes {@code value} and parses the result back to plain maps, lists and exact numbers. */
  static Map<String, Object> encodeToMap(Object value) {
    return parse(encode(value));
  }
}
