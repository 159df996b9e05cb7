package dev.flowkit.core.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Flowkit's response models: every class that declares a field
 * {@code transient Map<String, Object> additionalProperties} and a no-argument constructor.
 *
 * <p>Like Moshi's reflective adapter it binds each other instance field by its
 * {@link Json @Json(name = …)} (its Java name without one), in one pass over the object. Unlike
 * it, it keeps every field it does not bind in {@code additionalProperties} (read-only, numbers
 * exact: see {@link ExactJson}), so unknown fields stay reachable, and it takes a JSON
 * {@code null} for a primitive field as absent, so a server's {@code "valid": null} does not
 * make a response unreadable. Writing writes the bound fields, then the additional ones.
 *
 * <p>Moshi has no hook for unknown fields (Jackson's {@code @JsonAnySetter}), hence this class.
 * It costs the same as Moshi's own: the no-argument constructor replaces Moshi's
 * {@code Unsafe.allocateInstance}, and a field set is a field set.
 *
 * <p>A factory made with {@link #requiring} also checks, at decode, one field per model (ids):
 * its absence (or null) is a {@link JsonDataException} naming the JSON path.
 */
public final class ModelAdapterFactory implements JsonAdapter.Factory {
  /** The name of the field that receives the fields a model does not bind. */
  public static final String ADDITIONAL_PROPERTIES = "additionalProperties";

  /** Checks no field at decode. */
  public static final ModelAdapterFactory LENIENT = new ModelAdapterFactory(Collections.<Class<?>, String>emptyMap());

  private final Map<Class<?>, String> required;

  private ModelAdapterFactory(Map<Class<?>, String> required) {
    this.required = required;
  }

  /** A factory that checks, for each model class, that the JSON field it names is present at decode. */
  public static ModelAdapterFactory requiring(Map<Class<?>, String> required) {
    return new ModelAdapterFactory(new HashMap<>(required));
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) return null;
    Class<?> raw = (Class<?>) type;
    if (raw.isInterface() || raw.isEnum() || raw.isArray() || raw.isPrimitive()) return null;
    String name = raw.getName();
    if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("android.")
        || name.startsWith("kotlin.") || name.startsWith("okio.") || name.startsWith("com.squareup.")) {
      return null;
    }
    Field extras;
    try {
      extras = raw.getDeclaredField(ADDITIONAL_PROPERTIES);
    } catch (NoSuchFieldException notAModel) {
      return null;
    }
    if (!Modifier.isTransient(extras.getModifiers()) || extras.getType() != Map.class) return null;
    return new ModelAdapter<>(raw, extras, moshi, required.get(raw)).nullSafe();
  }

  /** One bound field: its JSON name, the reflective field and the adapter of its type. */
  private static final class Binding {
    final String name;
    final Field field;
    final JsonAdapter<Object> adapter;
    final boolean primitive;

    Binding(String name, Field field, JsonAdapter<Object> adapter) {
      this.name = name;
      this.field = field;
      this.adapter = adapter;
      this.primitive = field.getType().isPrimitive();
    }
  }

  private static final class ModelAdapter<T> extends JsonAdapter<T> {
    private final Class<T> type;
    private final Constructor<T> constructor;
    private final Field extras;
    private final Moshi moshi;
    private final Binding[] bindings;
    private final JsonReader.Options options;
    /** The binding checked at decode, or null. */
    private final @Nullable Binding required;

    ModelAdapter(Class<T> type, Field extras, Moshi moshi, @Nullable String requiredName) {
      this.type = type;
      this.moshi = moshi;
      try {
        this.constructor = type.getDeclaredConstructor();
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type.getName() + " declares " + ADDITIONAL_PROPERTIES
            + " but has no no-argument constructor", e);
      }
      constructor.setAccessible(true);
      extras.setAccessible(true);
      this.extras = extras;
      List<Binding> bound = new ArrayList<>();
      Binding check = null;
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) continue;
        Json json = field.getAnnotation(Json.class);
        if (json != null && json.ignore()) continue;
        field.setAccessible(true);
        String name = json != null && !json.name().equals(Json.UNSET_NAME) ? json.name() : field.getName();
        Binding binding = new Binding(name, field,
            moshi.adapter(field.getGenericType()));
        bound.add(binding);
        if (binding.name.equals(requiredName)) check = binding;
      }
      if (requiredName != null && check == null) {
        throw new IllegalArgumentException(type.getName() + " has no field " + requiredName + " to check");
      }
      this.bindings = bound.toArray(new Binding[0]);
      String[] names = new String[bindings.length];
      for (int i = 0; i < names.length; i++) names[i] = bindings[i].name;
      this.options = JsonReader.Options.of(names);
      this.required = check;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      T model = newInstance();
      Map<String, @Nullable Object> unknown = null;
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(options);
        if (index < 0) {
          String name = reader.nextName();
          Object value = ExactJson.read(reader);
          if (unknown == null) unknown = new LinkedHashMap<>();
          unknown.put(name, value);
          continue;
        }
        Binding binding = bindings[index];
        if (binding.primitive && reader.peek() == JsonReader.Token.NULL) {
          reader.skipValue(); // absent: the field keeps its default
          continue;
        }
        set(binding.field, model, binding.adapter.fromJson(reader));
      }
      reader.endObject();
      Binding check = required;
      if (check != null && get(check.field, model) == null) {
        throw new JsonDataException(
            "Required value '" + check.name + "' missing at " + RequiredFields.pathOfValueRead(reader));
      }
      if (unknown != null) set(extras, model, Collections.unmodifiableMap(unknown));
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      writer.beginObject();
      for (Binding binding : bindings) {
        writer.name(binding.name);
        binding.adapter.toJson(writer, get(binding.field, value));
      }
      Object more = get(extras, value);
      if (more != null) {
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) more).entrySet()) {
          writer.name(String.valueOf(entry.getKey()));
          ExactJson.write(writer, entry.getValue(), moshi);
        }
      }
      writer.endObject();
    }

    private T newInstance() {
      try {
        return constructor.newInstance();
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) throw (RuntimeException) cause;
        throw new IllegalStateException("Cannot create a " + type.getName(), cause);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }

    private static void set(Field field, Object model, @Nullable Object value) {
      try {
        field.set(model, value);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }

    private static @Nullable Object get(Field field, Object model) {
      try {
        return field.get(model);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getName() + ", with " + ADDITIONAL_PROPERTIES + ")";
    }
  }
}
