package dev.flowkit.core.internal;

import com.squareup.moshi.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The wire names of enums that carry an {@code UNKNOWN} constant: {@link Json @Json(name = …)}
 * when a constant has one, else its name. Models keep an enum field as the text the server sent
 * and turn it into the constant with {@link #valueOf} when it is read, so a value this SDK does
 * not know stays readable as text.
 */
public final class WireEnums {
  private static final Map<Class<?>, Table<?>> TABLES = new ConcurrentHashMap<>();

  private WireEnums() {}

  /** The constant whose wire name is {@code wire}, or the enum's {@code UNKNOWN}. */
  public static <E extends Enum<E>> E valueOf(Class<E> type, String wire) {
    Table<E> table = table(type);
    E constant = table.byName.get(wire);
    return constant != null ? constant : table.unknown;
  }

  /** The wire name of {@code constant}. */
  public static <E extends Enum<E>> String name(E constant) {
    return table(constant.getDeclaringClass()).names[constant.ordinal()];
  }

  /** The wire names of {@code type}'s constants, by ordinal. */
  static <E extends Enum<E>> String[] names(Class<E> type) {
    return table(type).names.clone();
  }

  /** The enum's {@code UNKNOWN} constant, or null when it has none. */
  static <E extends Enum<E>> @Nullable E unknown(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals("UNKNOWN")) return constant;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> Table<E> table(Class<E> type) {
    Table<?> table = TABLES.get(type);
    if (table == null) {
      table = new Table<>(type);
      TABLES.put(type, table);
    }
    return (Table<E>) table;
  }

  private static final class Table<E extends Enum<E>> {
    final String[] names;
    final Map<String, E> byName = new HashMap<>();
    final E unknown;

    Table(Class<E> type) {
      E[] constants = type.getEnumConstants();
      E unknownConstant = WireEnums.unknown(type);
      if (unknownConstant == null) throw new IllegalArgumentException(type.getName() + " has no UNKNOWN constant");
      this.unknown = unknownConstant;
      this.names = new String[constants.length];
      for (E constant : constants) {
        String name = jsonName(type, constant);
        names[constant.ordinal()] = name;
        byName.put(name, constant);
      }
    }

    private static String jsonName(Class<?> type, Enum<?> constant) {
      try {
        Json json = type.getField(constant.name()).getAnnotation(Json.class);
        return json != null ? json.name() : constant.name();
      } catch (NoSuchFieldException e) {
        throw new AssertionError(e);
      }
    }
  }
}
