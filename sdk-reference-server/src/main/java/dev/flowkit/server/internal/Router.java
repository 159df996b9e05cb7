package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A route table of {@code METHOD /api/path/{param}} patterns; answers 404 and 405 itself. */
public final class Router {
  /** Handles one matched request. */
  public interface Handler {
    Reply handle(Call call);
  }

  /** A registered route. */
  public static final class Route {
    public final String method;
    public final String pattern;
    public final String[] segments;
    public final Handler handler;
    public final boolean authenticated;

    Route(String method, String pattern, Handler handler, boolean authenticated) {
      this.method = method;
      this.pattern = pattern;
      this.segments = split(pattern);
      this.handler = handler;
      this.authenticated = authenticated;
    }

    @Nullable Map<String, String> match(String[] path) {
      if (path.length != segments.length) return null;
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < path.length; i++) {
        String s = segments[i];
        if (s.startsWith("{")) {
          if (path[i].isEmpty()) return null;
          params.put(s.substring(1, s.length() - 1), percentDecode(path[i]));
        } else if (!s.equals(path[i])) {
          return null;
        }
      }
      return params;
    }
  }

  /** A matched route and its path parameters. */
  public static final class Match {
    public final Route route;
    public final Map<String, String> params;

    Match(Route route, Map<String, String> params) {
      this.route = route;
      this.params = params;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  public void add(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern, handler, true));
  }

  public void addPublic(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern, handler, false));
  }

  /** The handler registered for exactly {@code method pattern}, to reuse it under another route. */
  public Handler handler(String method, String pattern) {
    for (Route r : routes) {
      if (r.method.equals(method) && r.pattern.equals(pattern)) return r.handler;
    }
    throw new IllegalArgumentException("no route " + method + " " + pattern);
  }

  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Route r : routes) out.add(r.method + " " + r.pattern);
    return out;
  }

  /**
   * Finds the route (HEAD is served by the GET route, as RFC 9110 requires of every server);
   * throws 404 NOT_FOUND or 405 METHOD_NOT_ALLOWED.
   */
  public Match match(String method, String path) {
    String[] segs = split(path);
    String routeMethod = method.equals("HEAD") ? "GET" : method;
    Set<String> allowed = new LinkedHashSet<>();
    for (Route r : routes) {
      Map<String, String> params = r.match(segs);
      if (params == null) continue;
      if (r.method.equals(routeMethod)) return new Match(r, params);
      allowed.add(r.method);
      if (r.method.equals("GET")) allowed.add("HEAD");
    }
    if (allowed.isEmpty()) {
      throw new ApiException(404, "NOT_FOUND", "No route for " + method + " " + path);
    }
    String allow = String.join(", ", allowed);
    throw new ApiException(
        405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + path + "; use " + allow,
        Json.obj("allowed", new ArrayList<>(allowed)), allow, -1);
  }

  /**
   * A path parameter as the client meant it: {@code %XX} sequences decoded as UTF-8 (RFC 3986
   * 2.1), so {@code kv/hello%20world} names the key {@code hello world}. A {@code %} that starts
   * no valid sequence stays as it is.
   */
  static String percentDecode(String segment) {
    if (segment.indexOf('%') < 0) return segment;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      int hi = c == '%' && i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(segment.charAt(i + 2), 16) : -1;
      if (lo >= 0) {
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        bytes.write(c); // an encoded path is ASCII
      }
    }
    return new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  static String[] split(String path) {
    String p = path;
    if (p.startsWith("/")) p = p.substring(1);
    if (p.endsWith("/") && !p.isEmpty()) p = p.substring(0, p.length() - 1);
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }
}
