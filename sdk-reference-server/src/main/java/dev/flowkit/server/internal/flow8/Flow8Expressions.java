package dev.flowkit.server.internal.flow8;

import dev.flowkit.server.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The part of flow8's expressions the reference server evaluates: {@code {{ $prev.args.x }}} (the
 * play's args), {@code {{ $prev.<ref>.x }}} (an earlier layer's output), {@code {{ $playId }}} and
 * {@code {{ $flowId }}}. A string that is one expression becomes its value; expressions inside
 * longer text are replaced by their text. Anything else renders as empty.
 */
final class Flow8Expressions {
  private static final Pattern EXPR = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

  private final String playId;
  private final String flowId;
  private final Map<String, Object> args;
  private final Map<String, Object> outputs;

  Flow8Expressions(String playId, String flowId, Map<String, Object> args, Map<String, Object> outputs) {
    this.playId = playId;
    this.flowId = flowId;
    this.args = args;
    this.outputs = outputs;
  }

  /** {@code value} with every expression in its strings evaluated. */
  static @Nullable Object render(@Nullable Object value, Flow8Expressions ctx) {
    if (value instanceof String) return ctx.renderString((String) value);
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) out.put(String.valueOf(e.getKey()), render(e.getValue(), ctx));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) value) out.add(render(o, ctx));
      return out;
    }
    return value;
  }

  private @Nullable Object renderString(String s) {
    Matcher m = EXPR.matcher(s);
    if (m.matches()) return Json.copy(eval(m.group(1)));
    StringBuffer out = new StringBuffer();
    while (m.find()) {
      Object v = eval(m.group(1));
      String text = v == null ? "" : v instanceof String ? (String) v : Json.write(v);
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  private @Nullable Object eval(String expr) {
    if (expr.equals("$playId")) return playId;
    if (expr.equals("$flowId")) return flowId;
    if (!expr.startsWith("$prev.")) return null;
    String[] path = expr.substring(6).split("\\.");
    Object v = path[0].equals("args") || path[0].equals("input") ? args : outputs.get(path[0]);
    for (int i = 1; i < path.length && v != null; i++) v = v instanceof Map ? ((Map<?, ?>) v).get(path[i]) : null;
    return v;
  }

  /** Whether a flowlet's filters let it run: all must pass, or any when one says {@code mode: or}. */
  static boolean filtersPass(@Nullable Object filters, Flow8Expressions ctx) {
    if (!(filters instanceof List) || ((List<?>) filters).isEmpty()) return true;
    boolean any = false;
    boolean all = true;
    boolean or = false;
    for (Object o : (List<?>) filters) {
      Map<?, ?> f = (Map<?, ?>) o;
      boolean pass = test(f, ctx);
      any |= pass;
      all &= pass;
      or |= "or".equals(f.get("mode"));
    }
    return or ? any : all;
  }

  private static boolean test(Map<?, ?> f, Flow8Expressions ctx) {
    Object left = render(f.get("leftValue"), ctx);
    Object right = render(f.get("rightValue"), ctx);
    String op = String.valueOf(f.get("operator"));
    String cast = f.get("cast") == null ? "string" : String.valueOf(f.get("cast"));
    String l = left == null ? "" : left instanceof String ? (String) left : Json.write(left);
    String r = right == null ? "" : right instanceof String ? (String) right : Json.write(right);
    switch (op) {
      case "is_empty": return l.isEmpty();
      case "not_empty": return !l.isEmpty();
      case "contains": return l.contains(r);
      case "not_contains": return !l.contains(r);
      case "regex":
        try {
          return Pattern.compile(r).matcher(l).find();
        } catch (RuntimeException badPattern) {
          return false;
        }
      default:
        break;
    }
    int c;
    if (cast.equals("number")) {
      Double a = number(l);
      Double b = number(r);
      if (a == null || b == null) return op.equals("neq");
      c = Double.compare(a, b);
    } else if (cast.equals("boolean")) {
      c = Boolean.compare(Boolean.parseBoolean(l), Boolean.parseBoolean(r));
    } else {
      c = l.compareTo(r);
    }
    switch (op) {
      case "eq": return c == 0;
      case "neq": return c != 0;
      case "gt": return c > 0;
      case "gte": return c >= 0;
      case "lt": return c < 0;
      case "lte": return c <= 0;
      default: return false;
    }
  }

  private static @Nullable Double number(String s) {
    try {
      return Double.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
