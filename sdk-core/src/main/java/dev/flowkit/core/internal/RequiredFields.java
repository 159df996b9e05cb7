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
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks, right after Moshi decodes a model, that the fields the API promises are there: a
 * {@code Flow} without {@code id} is an error naming the JSON path ({@code Required value 'id'
 * missing at $.data[3]}), not a model full of nulls behind non-null getters.
 *
 * <p>Each model type has one small explicit check (no reflection, nothing kept for R8 beyond
 * what Moshi needs), wrapped around whatever adapter Moshi would use. A JSON {@code null} for the
 * whole model passes (a nullable field holds it; lists reject it, see
 * {@link NonNullElementsFactory}).
 */
public final class RequiredFields implements JsonAdapter.Factory {
  /** Names the first required field {@code value} lacks, or returns null when none is missing. */
  public interface Check<T> {
    @Nullable String missing(T value);
  }

  private final Map<Class<?>, Check<?>> checks;

  private RequiredFields(Map<Class<?>, Check<?>> checks) {
    this.checks = checks;
  }

  /** A factory with no checks yet; add one per model type with {@link Builder#on}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The first of {@code names} whose value in {@code values} (same order) is null, or null. */
  public static @Nullable String firstNull(String[] names, @Nullable Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) return names[i];
    }
    return null;
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) return null;
    @SuppressWarnings("unchecked")
    Check<Object> check = (Check<Object>) checks.get(Types.getRawType(type));
    if (check == null) return null;
    return new Checked(moshi.nextAdapter(this, type, annotations), check);
  }

  /** Builds {@link RequiredFields}. */
  public static final class Builder {
    private final Map<Class<?>, Check<?>> checks = new HashMap<>();

    /** Checks every decoded {@code type} with {@code check}. */
    public <T> Builder on(Class<T> type, Check<? super T> check) {
      checks.put(Objects.requireNonNull(type, "type == null"), Objects.requireNonNull(check, "check == null"));
      return this;
    }

    public RequiredFields build() {
      return new RequiredFields(new HashMap<>(checks));
    }
  }

  /**
   * The path of the value {@code reader} just read. Built only for an error: building it for
   * every model read would cost a string per object. Reading an array's element moved the
   * array's index past it, so the last index is taken back by one.
   */
  static String pathOfValueRead(JsonReader reader) {
    String path = reader.getPath();
    if (!path.endsWith("]")) return path;
    int open = path.lastIndexOf('[');
    int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
    return path.substring(0, open + 1) + (index - 1) + "]";
  }

  private static final class Checked extends JsonAdapter<Object> {
    private final JsonAdapter<Object> delegate;
    private final Check<Object> check;

    Checked(JsonAdapter<Object> delegate, Check<Object> check) {
      this.delegate = delegate;
      this.check = check;
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      Object value = delegate.fromJson(reader);
      if (value != null) {
        String missing = check.missing(value);
        if (missing != null) {
          throw new JsonDataException("Required value '" + missing + "' missing at " + pathOfValueRead(reader));
        }
      }
      return value;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".requiredFields()";
    }
  }
}
