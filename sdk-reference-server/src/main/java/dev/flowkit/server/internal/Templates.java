package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code {{input.x}}} and {@code {{steps.NAME.output.y}}} templating. A string that is exactly one
 * placeholder becomes the referenced value (any JSON type); placeholders inside longer text are
 * replaced by the value's text (strings as-is, other values as JSON, missing values as "").
 */
public final class Templates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

  private Templates() {}

  @SuppressWarnings("unchecked")
  public static @Nullable Object render(@Nullable Object value, Map<String, Object> context) {
    if (value instanceof String) return renderString((String) value, context);
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
        out.put(e.getKey(), render(e.getValue(), context));
      }
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<Object>) value) out.add(render(o, context));
      return out;
    }
    return value;
  }

  static @Nullable Object renderString(String s, Map<String, Object> context) {
    Matcher whole = PLACEHOLDER.matcher(s);
    if (whole.matches()) return Json.copy(resolve(whole.group(1), context));
    Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object v = resolve(m.group(1), context);
      String text = v == null ? "" : v instanceof String ? (String) v : Json.write(v);
      m.appendReplacement(sb, Matcher.quoteReplacement(text));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  static @Nullable Object resolve(String path, Map<String, Object> context) {
    Object cur = context;
    for (String part : path.split("\\.")) {
      if (cur instanceof Map) {
        cur = ((Map<String, Object>) cur).get(part);
      } else if (cur instanceof List && part.matches("\\d+")) {
        List<Object> list = (List<Object>) cur;
        int i = Integer.parseInt(part);
        cur = i < list.size() ? list.get(i) : null;
      } else {
        return null;
      }
    }
    return cur;
  }

  /** A value as text: a string as it is, anything else as its JSON. */
  public static String text(@Nullable Object v) {
    return v instanceof String ? (String) v : Json.write(v);
  }

  /** BRANCH truth: {@code true}, or any non-empty value other than {@code "false"}. */
  public static boolean truthy(@Nullable Object v) {
    if (v == null) return false;
    if (v instanceof Boolean) return (Boolean) v;
    String s = v instanceof String ? (String) v : Json.write(v);
    return !s.isEmpty() && !s.equalsIgnoreCase("false");
  }
}
