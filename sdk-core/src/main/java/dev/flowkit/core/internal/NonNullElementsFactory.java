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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code List<T>} of a typed element (a model, a string) rejecting a JSON {@code null}
 * element with its path ({@code Unexpected null at $.data[2]}), as models are null-marked. Lists
 * of any JSON ({@code List<Object>}, inside free-form input and output) keep their nulls.
 */
public final class NonNullElementsFactory implements JsonAdapter.Factory {
  /** The one instance. */
  public static final NonNullElementsFactory INSTANCE = new NonNullElementsFactory();

  private NonNullElementsFactory() {}

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) return null;
    Class<?> raw = Types.getRawType(type);
    if (raw != List.class && raw != Collection.class) return null;
    Type element = Types.collectionElementType(type, Collection.class);
    if (Types.getRawType(element) == Object.class) return null;
    JsonAdapter<Object> elements = moshi.adapter(element);
    JsonAdapter<Object> delegate = moshi.nextAdapter(this, type, annotations);
    return new JsonAdapter<Object>() {
      @Override
      public @Nullable Object fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) return reader.nextNull();
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Unexpected null at " + reader.getPath());
          }
          list.add(elements.fromJson(reader));
        }
        reader.endArray();
        return list;
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
        delegate.toJson(writer, value);
      }

      @Override
      public String toString() {
        return elements + ".nonNullList()";
      }
    };
  }
}
