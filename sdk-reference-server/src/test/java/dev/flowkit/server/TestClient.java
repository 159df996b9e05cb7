package dev.flowkit.server;

import dev.flowkit.server.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw OkHttp + JSON maps against a reference server; keeps cookies. */
final class TestClient {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** A finished exchange. */
  static final class Res {
    final int code;
    final okhttp3.Headers headers;
    final String body;

    Res(int code, okhttp3.Headers headers, String body) {
      this.code = code;
      this.headers = headers;
      this.body = body;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      return (Map<String, Object>) Json.parse(body);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> data() {
      return (List<Map<String, Object>>) json().get("data");
    }

    String error() {
      return (String) json().get("error");
    }

    /** Activepieces' error details, {@code {code, params}}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> params() {
      return (Map<String, Object>) json().get("params");
    }

    @Override public String toString() {
      return code + " " + body;
    }
  }

  final ReferenceServer server;
  final OkHttpClient http;
  final Map<String, List<Cookie>> cookies = new HashMap<>();
  String apiKey;

  TestClient(ReferenceServer server) {
    this.server = server;
    OkHttpClient.Builder b = new OkHttpClient.Builder()
        .readTimeout(Duration.ofSeconds(10))
        .retryOnConnectionFailure(false)
        .cookieJar(new CookieJar() {
          @Override public void saveFromResponse(HttpUrl url, List<Cookie> list) {
            synchronized (cookies) {
              List<Cookie> kept = new ArrayList<>();
              for (Cookie c : list) {
                if (c.expiresAt() > System.currentTimeMillis()) kept.add(c);
              }
              cookies.put("all", kept);
            }
          }

          @Override public List<Cookie> loadForRequest(HttpUrl url) {
            synchronized (cookies) {
              return cookies.getOrDefault("all", new ArrayList<>());
            }
          }
        });
    this.http = b.build();
  }

  TestClient withKey(String key) {
    this.apiKey = key;
    return this;
  }

  TestClient login() {
    Res r = post("/api/auth/login", Json.obj("email", ReferenceServer.DEMO_EMAIL,
        "password", ReferenceServer.DEMO_PASSWORD));
    if (r.code != 200) throw new AssertionError("login failed: " + r);
    return this;
  }

  Request.Builder request(String path) {
    Request.Builder b = new Request.Builder().url(server.url().resolve(path));
    if (apiKey != null) b.header("Authorization", "Bearer " + apiKey);
    return b;
  }

  /** {@code GET /api/plays/{id}/layers}: flow8's bare array. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> layers(String playId) {
    return (List<Map<String, Object>>) Json.parse(get("/api/plays/" + playId + "/layers").body);
  }

  Res get(String path) {
    return execute(request(path).get().build());
  }

  Res delete(String path) {
    return execute(request(path).delete().build());
  }

  Res post(String path, Object body) {
    return execute(request(path).post(RequestBody.create(Json.write(body), JSON)).build());
  }

  Res put(String path, Object body) {
    return execute(request(path).put(RequestBody.create(Json.write(body), JSON)).build());
  }

  Res execute(Request request) {
    return execute(http, request);
  }

  /** {@code request} on {@code http}, read whole. */
  static Res execute(OkHttpClient http, Request request) {
    try (Response r = http.newCall(request).execute()) {
      return new Res(r.code(), r.headers(), r.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls the run until its status is one of {@code statuses} (bounded: 10 s). */
  Map<String, Object> awaitRun(String runId, String... statuses) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<String, Object> run = null;
    while (System.nanoTime() < deadline) {
      run = get("/api/runs/" + runId).json();
      for (String s : statuses) {
        if (s.equals(run.get("status"))) return run;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("run never reached " + String.join("/", statuses) + ": " + run);
  }
}
