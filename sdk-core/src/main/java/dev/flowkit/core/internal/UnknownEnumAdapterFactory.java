package dev.flowkit.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Adapts every enum that declares an {@code UNKNOWN} constant: a value the SDK does not know
 * yet decodes to {@code UNKNOWN} instead of failing, so a newer server never breaks an older
 * client. Names follow {@code @Json(name = …)} like Moshi's own enum adapter (see {@link WireEnums}).
 * Response models keep such values as text instead (see {@link ModelAdapterFactory}); this
 * adapter reads and writes the enums of requests.
 */
public final class UnknownEnumAdapterFactory implements JsonAdapter.Factory {
  public static final UnknownEnumAdapterFactory INSTANCE = new UnknownEnumAdapterFactory();

  private UnknownEnumAdapterFactory() {}

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) return null;
    Class<?> raw = Types.getRawType(type);
    if (!raw.isEnum()) return null;
    @SuppressWarnings({"unchecked", "rawtypes"})
    JsonAdapter<?> adapter = forEnum((Class) raw);
    return adapter;
  }

  private static <E extends Enum<E>> @Nullable JsonAdapter<E> forEnum(Class<E> enumType) {
    E unknown = WireEnums.unknown(enumType);
    if (unknown == null) return null;
    return new Adapter<>(enumType, unknown).nullSafe();
  }

  private static final class Adapter<E extends Enum<E>> extends JsonAdapter<E> {
    private final Class<E> enumType;
    private final E unknown;
    private final E[] constants;
    private final JsonReader.Options options;
    private final String[] names;

    Adapter(Class<E> enumType, E unknown) {
      this.enumType = enumType;
      this.unknown = unknown;
      this.constants = enumType.getEnumConstants();
      this.names = WireEnums.names(enumType);
      this.options = JsonReader.Options.of(names);
    }

    @Override
    public E fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.STRING) {
        throw new JsonDataException(
            "Expected a string for " + enumType.getSimpleName() + " but was " + reader.peek()
                + " at path " + reader.getPath());
      }
      // Matches the bytes against the known names without making a String, as Moshi's own
      // enum adapter does; only a name this SDK does not know is read as text and dropped.
      int index = reader.selectString(options);
      if (index >= 0) return constants[index];
      reader.skipValue();
      return unknown;
    }

    @Override
    public void toJson(JsonWriter writer, E value) throws IOException {
      if (value == unknown) {
        throw new IllegalArgumentException(
            enumType.getSimpleName() + ".UNKNOWN stands for a value this SDK does not know; it cannot be sent");
      }
      writer.value(names[value.ordinal()]);
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + enumType.getName() + ", unknown=UNKNOWN)";
    }
  }
}
