package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.CookieStore;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Cookie;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

class SessionCookieJarTest {
  @Test
  void secureCookieTravelsOverHttpsButNeverOverHttp() throws Exception {
    HeldCertificate certificate =
        new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    HandshakeCertificates serverCerts =
        new HandshakeCertificates.Builder().heldCertificate(certificate).build();
    HandshakeCertificates clientCerts =
        new HandshakeCertificates.Builder().addTrustedCertificate(certificate.certificate()).build();
    SessionCookieJar jar = new SessionCookieJar(CookieStore.inMemory(), Clock.systemUTC());
    OkHttpClient client =
        new OkHttpClient.Builder()
            .cookieJar(jar)
            .sslSocketFactory(clientCerts.sslSocketFactory(), clientCerts.trustManager())
            .build();

    try (MockWebServer https = new MockWebServer(); MockWebServer http = new MockWebServer()) {
      https.useHttps(serverCerts.sslSocketFactory());
      https.start(InetAddress.getByName("127.0.0.1"), 0);
      http.start(InetAddress.getByName("127.0.0.1"), 0);
      https.enqueue(
          new MockResponse.Builder()
              .addHeader("Set-Cookie", "iai_session=s3cr3t; Path=/; HttpOnly; Secure; SameSite=None")
              .build());
      https.enqueue(new MockResponse.Builder().build());
      http.enqueue(new MockResponse.Builder().build());

      HttpUrl httpsUrl = https.url("/api/auth/login").newBuilder().host("localhost").build();
      HttpUrl httpUrl = http.url("/api/auth/session").newBuilder().host("localhost").build();
      call(client, httpsUrl);
      call(client, httpsUrl.resolve("/api/auth/session"));
      call(client, httpUrl);

      https.takeRequest(5, TimeUnit.SECONDS); // the login
      RecordedRequest overHttps = https.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest overHttp = http.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("iai_session=s3cr3t", overHttps.getHeaders().get("Cookie"));
      assertNull(overHttp.getHeaders().get("Cookie"));
    }
  }

  @Test
  void hostOnlyCookieIsNotSentToSubdomainsButDomainCookieIs() {
    SessionCookieJar jar = new SessionCookieJar(CookieStore.inMemory(), Clock.systemUTC());
    HttpUrl origin = HttpUrl.get("https://flow.example.com/api/auth/login");
    jar.saveFromResponse(
        origin,
        List.of(
            Cookie.parse(origin, "hostonly=1; Path=/"),
            Cookie.parse(origin, "shared=2; Domain=flow.example.com; Path=/")));

    assertEquals(
        List.of("hostonly", "shared"), names(jar.loadForRequest(HttpUrl.get("https://flow.example.com/x"))));
    assertEquals(List.of("shared"), names(jar.loadForRequest(HttpUrl.get("https://eu.flow.example.com/x"))));
    assertEquals(List.of(), names(jar.loadForRequest(HttpUrl.get("https://example.com/x"))));
  }

  @Test
  void pathLimitsWhereACookieGoes() {
    SessionCookieJar jar = new SessionCookieJar(CookieStore.inMemory(), Clock.systemUTC());
    HttpUrl origin = HttpUrl.get("https://flow.example.com/api/auth/login");
    jar.saveFromResponse(origin, List.of(Cookie.parse(origin, "scoped=1; Path=/api/auth")));

    assertEquals(1, jar.loadForRequest(HttpUrl.get("https://flow.example.com/api/auth/session")).size());
    assertEquals(0, jar.loadForRequest(HttpUrl.get("https://flow.example.com/api/flows")).size());
  }

  @Test
  void expiredCookiesAreDroppedAndMaxAgeZeroDeletes() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    List<List<Cookie>> saved = new ArrayList<>();
    CookieStore store =
        new CookieStore() {
          @Override
          public List<Cookie> load() {
            return Collections.emptyList();
          }

          @Override
          public void save(List<Cookie> cookies) {
            saved.add(cookies);
          }
        };
    SessionCookieJar jar = new SessionCookieJar(store, clock);
    HttpUrl url = HttpUrl.get("https://flow.example.com/");
    jar.saveFromResponse(url, List.of(expiring("short", clock.millis() + 60_000), expiring("long", clock.millis() + 3_600_000)));
    assertEquals(List.of("short", "long"), names(jar.loadForRequest(url)));

    clock.now = clock.now.plusSeconds(61);
    assertEquals(List.of("long"), names(jar.loadForRequest(url)));
    assertEquals(List.of("long"), names(saved.get(saved.size() - 1)), "the store hears of the expiry");

    jar.saveFromResponse(url, List.of(Cookie.parse(url, "long=; Max-Age=0")));
    assertTrue(jar.loadForRequest(url).isEmpty());
  }

  @Test
  void aCookieReplacesTheOneWithTheSameNameDomainAndPath() {
    SessionCookieJar jar = new SessionCookieJar(CookieStore.inMemory(), Clock.systemUTC());
    HttpUrl url = HttpUrl.get("https://flow.example.com/");
    jar.saveFromResponse(url, List.of(Cookie.parse(url, "iai_session=old; Path=/")));
    jar.saveFromResponse(url, List.of(Cookie.parse(url, "iai_session=new; Path=/")));
    jar.saveFromResponse(url, List.of(Cookie.parse(url, "iai_session=other-path; Path=/api")));

    List<Cookie> sent = jar.loadForRequest(HttpUrl.get("https://flow.example.com/api/flows"));
    assertEquals(2, sent.size());
    assertTrue(sent.stream().anyMatch(c -> c.value().equals("new")));
    assertTrue(sent.stream().anyMatch(c -> c.value().equals("other-path")));
    assertFalse(sent.stream().anyMatch(c -> c.value().equals("old")));
  }

  @Test
  void eightThreadsWritingAndReadingLoseNothing() throws Exception {
    SessionCookieJar jar = new SessionCookieJar(CookieStore.inMemory(), Clock.systemUTC());
    HttpUrl url = HttpUrl.get("https://flow.example.com/");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < 200; i++) {
                    jar.saveFromResponse(url, List.of(Cookie.parse(url, "t" + thread + "_" + i + "=v; Path=/")));
                    jar.loadForRequest(url);
                  }
                } catch (Throwable e) {
                  failure.set(e);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : futures) future.get(30, TimeUnit.SECONDS);
    pool.shutdown();
    assertNull(failure.get());
    assertEquals(8 * 200, jar.loadForRequest(url).size());
  }

  @Test
  void toStringNeverShowsValues() {
    SessionCookieJar jar = new SessionCookieJar(CookieStore.inMemory(), Clock.systemUTC());
    HttpUrl url = HttpUrl.get("https://flow.example.com/");
    jar.saveFromResponse(url, List.of(Cookie.parse(url, "iai_session=s3cr3t-value")));
    assertFalse(jar.toString().contains("s3cr3t"), jar.toString());
    assertTrue(jar.toString().contains("iai_session"));
  }

  @Test
  void storeIsLoadedOnceAndPersistsTheSession() {
    HttpUrl url = HttpUrl.get("https://flow.example.com/");
    Cookie persisted = Cookie.parse(url, "iai_session=kept; Max-Age=3600");
    CookieStore store =
        new CookieStore() {
          @Override
          public List<Cookie> load() {
            return List.of(persisted);
          }

          @Override
          public void save(List<Cookie> cookies) {}
        };
    SessionCookieJar jar = new SessionCookieJar(store, Clock.systemUTC());
    assertEquals(List.of("iai_session"), names(jar.loadForRequest(url)));
  }

  private static Cookie expiring(String name, long expiresAt) {
    return new Cookie.Builder().name(name).value("1").hostOnlyDomain("flow.example.com").expiresAt(expiresAt).build();
  }

  private static void call(OkHttpClient client, HttpUrl url) throws Exception {
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      assertEquals(200, response.code());
    }
  }

  private static List<String> names(List<Cookie> cookies) {
    return cookies.stream().map(Cookie::name).toList();
  }

  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
