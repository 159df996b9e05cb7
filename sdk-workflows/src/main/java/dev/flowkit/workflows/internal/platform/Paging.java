package dev.flowkit.workflows.internal.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Page-numbered lists ({@code ?page=0&size=25} → {@code {data,total,page,size,pages}}) as the
 * contract's cursor pages: the cursor is the next page's number, so {@code autoPager()} walks them
 * as lazily as cursor lists, and the page keeps {@code total} and {@code pages}.
 */
public final class Paging {
  private Paging() {}

  /** The contract's {@code limit} and {@code cursor} as {@code size} and {@code page}; other filters pass. */
  public static Map<String, String> pageAndSize(Exchange x) {
    return pageAndSize(x, x.query);
  }

  /** As {@link #pageAndSize(Exchange)}, for {@code query} (the call's, already translated). */
  public static Map<String, String> pageAndSize(Exchange x, Map<String, String> query) {
    Map<String, String> out = new LinkedHashMap<>();
    String cursor = query.get("cursor");
    out.put("page", cursor == null ? "0" : Integer.toString(pageNumber(cursor, x)));
    if (query.containsKey("limit")) out.put("size", query.get("limit"));
    for (Map.Entry<String, String> e : query.entrySet()) {
      if (!e.getKey().equals("limit") && !e.getKey().equals("cursor")) out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /** {@code {data,total,page,size,pages}} as {@code {data,next,previous,total,pages}}. */
  public static Map<String, Object> toCursorPage(@Nullable Object answer, Exchange x) {
    Map<String, Object> json = Wire.object(answer, x.platform + " page {data,total,page,size,pages}");
    Wire.array(json.get("data"), x.platform + " page {data:[…],total,page,size,pages}");
    Long page = Wire.whole(json.get("page"));
    Long pages = Wire.whole(json.get("pages"));
    Long total = Wire.whole(json.get("total"));
    if (page == null || pages == null || total == null) {
      throw new dev.flowkit.core.InvalidResponseException("Expected " + x.platform
          + " page {data,total,page,size,pages} but got " + json.keySet(), null);
    }
    String next = page + 1 < pages ? Long.toString(page + 1) : null;
    String previous = page > 0 ? Long.toString(page - 1) : null;
    return Dialect.obj("data", json.get("data"), "next", next, "previous", previous, "total", total,
        "pages", pages);
  }

  private static int pageNumber(String cursor, Exchange x) {
    try {
      int page = Integer.parseInt(cursor);
      if (page >= 0) return page;
    } catch (NumberFormatException ignored) {
      // fall through
    }
    throw new IllegalArgumentException("cursor '" + cursor + "' is not a page of " + x.platform
        + "; pass the cursor of a " + x.platform + " page");
  }
}
