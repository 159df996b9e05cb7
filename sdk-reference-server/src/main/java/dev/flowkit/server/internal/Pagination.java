package dev.flowkit.server.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Cursor pages, newest first. A cursor encodes a position (created, id) and a direction, never an
 * offset, so inserts during a walk neither repeat nor skip items.
 */
public final class Pagination {
  /** Anything listable. */
  public interface Item {
    Instant created();

    String id();
  }

  private static final Comparator<Item> NEWEST_FIRST =
      Comparator.comparing(Item::created).thenComparing(Item::id).reversed();

  private Pagination() {}

  /** Reads {@code limit} (default 25, 1..100) and {@code cursor}, answers a page. */
  public static <T extends Item> Map<String, Object> page(
      Call call, List<T> items, Function<T, Object> render) {
    return pageOf(call, items, render, limit(call.url.queryParameter("limit")));
  }

  /** A page of {@code limit} items from {@code ?cursor=} (a platform with its own limit rules reads it). */
  static <T extends Item> Map<String, Object> pageOf(
      Call call, List<T> items, Function<T, Object> render, int limit) {
    String cursor = call.url.queryParameter("cursor");
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(NEWEST_FIRST);

    List<T> slice = new ArrayList<>();
    if (cursor == null || cursor.isEmpty()) {
      for (int i = 0; i < sorted.size() && slice.size() < limit; i++) slice.add(sorted.get(i));
    } else {
      Position p = decode(cursor);
      if (p.forward) {
        for (T t : sorted) {
          if (slice.size() >= limit) break;
          if (p.compareTo(t) > 0) slice.add(t); // t is older than the position
        }
      } else {
        for (int i = sorted.size() - 1; i >= 0 && slice.size() < limit; i--) {
          T t = sorted.get(i);
          if (p.compareTo(t) < 0) slice.add(0, t); // t is newer than the position
        }
      }
    }
    String next = null;
    String previous = null;
    if (!slice.isEmpty()) {
      T first = slice.get(0);
      T last = slice.get(slice.size() - 1);
      if (sorted.indexOf(last) < sorted.size() - 1) next = encode(true, last);
      if (sorted.indexOf(first) > 0) previous = encode(false, first);
    }
    List<Object> data = new ArrayList<>();
    for (T t : slice) data.add(render.apply(t));
    return Json.obj("data", data, "next", next, "previous", previous);
  }

  /** Every item, newest first, rendered (for platforms that list without cursors). */
  public static <T extends Item> List<Map<String, Object>> renderAll(List<T> items, Function<T, Object> render) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(NEWEST_FIRST);
    List<Map<String, Object>> out = new ArrayList<>();
    for (T t : sorted) out.add(FlowStore.asMap(render.apply(t)));
    return out;
  }

  static int limit(@Nullable String raw) {
    return limit(raw, 25, 100);
  }

  /** {@code ?limit=} between 1 and {@code max}, {@code byDefault} when absent; else a 400. */
  public static int limit(@Nullable String raw, int byDefault, int max) {
    if (raw == null || raw.isEmpty()) return byDefault;
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1 && n <= max) return n;
    } catch (NumberFormatException ignored) {
      // fall through
    }
    throw ApiException.field("limit", "must be an integer between 1 and " + max);
  }

  static String encode(boolean forward, Item item) {
    String raw =
        (forward ? "n" : "p") + ":" + item.created().getEpochSecond() + ":"
            + item.created().getNano() + ":" + item.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static Position decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", 4);
      if (parts.length == 4 && (parts[0].equals("n") || parts[0].equals("p")) && !parts[3].isEmpty()) {
        Instant created = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        return new Position(parts[0].equals("n"), created, parts[3]);
      }
    } catch (IllegalArgumentException | java.time.DateTimeException ignored) {
      // fall through
    }
    throw ApiException.field("cursor", "malformed or unknown cursor");
  }

  static final class Position {
    final boolean forward;
    final Instant created;
    final String id;

    Position(boolean forward, Instant created, String id) {
      this.forward = forward;
      this.created = created;
      this.id = id;
    }

    /** Compares this position with an item in (created, id) order. */
    int compareTo(Item item) {
      int c = created.compareTo(item.created());
      return c != 0 ? c : id.compareTo(item.id());
    }
  }
}
