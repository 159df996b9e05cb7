package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
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
    /** Whether the route takes a body of any media type (a webhook takes what its caller sends). */
    public final boolean anyBody;

    Route(String method, String pattern, Handler handler, boolean authenticated, boolean anyBody) {
      this.method = method;
      this.pattern = pattern;
      this.segments = split(pattern);
      this.handler = handler;
      this.authenticated = authenticated;
      this.anyBody = anyBody;
    }

    @Nullable Map<String, String> match(String[] path) {
      if (path.length != segments.length) return null;
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < path.length; i++) {
        String s = segments[i];
        if (s.startsWith("{")) {
          if (path[i].isEmpty()) return null;
          params.put(s.substring(1, s.length() - 1), path[i]);
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
    routes.add(new Route(method, pattern, handler, true, false));
  }

  public void addPublic(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern, handler, false, false));
  }

  /** A public route that takes a body of any media type, such as a webhook. */
  public void addOpen(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern, handler, false, true));
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
   * Finds the route for {@code url}'s path, whose parameters come percent-decoded (RFC 3986 2.1:
   * {@code kv/hello%20world} names the key {@code hello world}); HEAD is served by the GET route,
   * as RFC 9110 requires of every server. Throws 404 NOT_FOUND or 405 METHOD_NOT_ALLOWED.
   */
  public Match match(String method, HttpUrl url) {
    String path = url.encodedPath();
    List<String> decoded = url.pathSegments();
    int n = decoded.get(decoded.size() - 1).isEmpty() ? decoded.size() - 1 : decoded.size(); // "/a/" is "/a"
    String[] segs = decoded.subList(0, n).toArray(new String[0]);
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

  static String[] split(String path) {
    String p = path;
    if (p.startsWith("/")) p = p.substring(1);
    if (p.endsWith("/") && !p.isEmpty()) p = p.substring(0, p.length() - 1);
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }
}
