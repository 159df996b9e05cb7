package dev.flowkit.server.internal.flow8;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Body;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks shared by flow8's request bodies. Each body is a closed object, as flow8's spec
 * describes it: a field the server would not read is refused with a 400 naming it, never
 * dropped.
 */
public final class Flow8Bodies {
  private Flow8Bodies() {}

  /** Refuses the first field of {@code b} that is not one of {@code fields}; {@code what} names the body. */
  public static void only(Body b, String what, String... fields) {
    only(b.raw(), "", what, fields);
  }

  /** As {@link #only(Body, String, String...)} for a nested object whose fields are named {@code prefix + field}. */
  static void only(Map<String, Object> raw, String prefix, String what, String... fields) {
    List<String> known = Arrays.asList(fields);
    for (String field : raw.keySet()) {
      if (!known.contains(field)) {
        throw ApiException.field(prefix + field, "is not a field of " + what + "; send " + String.join(", ", fields));
      }
    }
  }
}
