package dev.flowkit.workflows.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A server that answers exactly what a seed document shows, route by route, and records what the
 * SDK sent: the document's JSON goes out verbatim, the requests are compared with its paths,
 * methods and bodies.
 */
final class SeedServer implements AutoCloseable {
  /** One request as sent. */
  static final class Sent {
    final String method;
    final String path;
    final @org.jspecify.annotations.Nullable String query;
    final okhttp3.Headers headers;
    final String body;

    Sent(String method, String path, @org.jspecify.annotations.Nullable String query, okhttp3.Headers headers, String body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.headers = headers;
      this.body = body;
    }

    /** {@code METHOD /path?query}. */
    String line() {
      return method + " " + path + (query == null ? "" : "?" + query);
    }

    @Override public String toString() {
      return line() + " " + body;
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final Map<String, MockResponse> routes = new LinkedHashMap<>();
  private final List<Sent> sent = new ArrayList<>();

  SeedServer() {
    server.setDispatcher(new Dispatcher() {
      @Override public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        Sent s = new Sent(request.getMethod(), url.encodedPath(), url.encodedQuery(), request.getHeaders(), body);
        synchronized (sent) {
          sent.add(s);
        }
        MockResponse r = routes.get(s.line());
        if (r == null) r = routes.get(s.method + " " + s.path);
        return r != null ? r : new MockResponse.Builder().code(599).body("no seed answer for " + s.line()).build();
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers {@code "METHOD /path"} (or {@code "METHOD /path?query"}) with {@code status} and JSON {@code body}. */
  SeedServer json(String route, int status, String body) {
    routes.put(route, new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json").body(body).build());
    return this;
  }

  /** Answers {@code route} with an event stream. */
  SeedServer events(String route, String stream) {
    routes.put(route, new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "text/event-stream").body(stream).build());
    return this;
  }

  /** Answers {@code route} with 204 and a header (such as {@code Set-Cookie}). */
  SeedServer noContent(String route) {
    routes.put(route, new MockResponse.Builder().code(204).build());
    return this;
  }

  /** Answers {@code route} with {@code status}, JSON {@code body} and one header. */
  SeedServer json(String route, int status, String body, String header, String value) {
    routes.put(route, new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .setHeader(header, value).body(body).build());
    return this;
  }

  String url() {
    return server.url("/").toString();
  }

  List<Sent> sent() {
    synchronized (sent) {
      return new ArrayList<>(sent);
    }
  }

  Sent last() {
    List<Sent> all = sent();
    return all.get(all.size() - 1);
  }

  @Override public void close() {
    try {
      server.close();
    } catch (Exception e) {
      // closing anyway
    }
  }
}
