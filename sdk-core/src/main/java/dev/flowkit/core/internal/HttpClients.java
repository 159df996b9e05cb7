package dev.flowkit.core.internal;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.HttpLogLevel;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import okhttp3.Authenticator;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The OkHttp clients one Flowkit client runs on, built once from its options: one pool and
 * dispatcher, and three views of it — ordinary calls (with retries), event streams (their read
 * timeout is the silence limit) and WebSocket streams (pinging). {@link Transport} executes calls
 * on them.
 */
final class HttpClients {
  /** The caller's client, or one of Flowkit's own: the pool and dispatcher under the others. */
  final OkHttpClient base;
  final OkHttpClient calls;
  final OkHttpClient streams;
  final OkHttpClient webSockets;
  /** Every header {@link CallStart} adds, for requests built with them already. */
  final Headers headers;

  private HttpClients(OkHttpClient base, OkHttpClient calls, OkHttpClient streams, OkHttpClient webSockets,
      Headers headers) {
    this.base = base;
    this.calls = calls;
    this.streams = streams;
    this.webSockets = webSockets;
    this.headers = headers;
  }

  /**
   * The clients of {@code options}, answering 401s with {@code authenticator} (or with nothing),
   * keeping cookies in {@code cookieJar}, on {@code base}'s pool and dispatcher when given (a
   * client derived from another).
   */
  static HttpClients build(ClientOptions options, @Nullable Authenticator authenticator, SessionCookieJar cookieJar,
      @Nullable OkHttpClient base) {
    OkHttpClient pool = base != null ? base : baseClient(options);
    CallStart start = new CallStart(options);
    // One pool and dispatcher for both clients, one rate limit for every call of this client.
    OkHttpClient shared = shared(pool, options, authenticator, cookieJar, start).build();
    Interceptor redirects = new RedirectInterceptor();
    RateLimiter limiter =
        options.maxRequestsPerSecond() > 0 ? new RateLimiter(options.maxRequestsPerSecond()) : null;
    // Streams resume by themselves, so only ordinary calls get the retry interceptor.
    OkHttpClient.Builder calls =
        shared
            .newBuilder()
            .addInterceptor(
                new RetryInterceptor(options.maxRetries(), options.retryInitialBackoff(), options.retryMaxBackoff()));
    // Streams read on their own threads with execute(), so the dispatcher's per-host limit
    // never makes a stream or an ordinary call wait behind open streams.
    OkHttpClient.Builder streams =
        shared.newBuilder().readTimeout(options.streamReadTimeout().toMillis(), TimeUnit.MILLISECONDS);
    for (OkHttpClient.Builder builder : new OkHttpClient.Builder[] {calls, streams}) {
      builder.addInterceptor(redirects);
      if (limiter != null) builder.addInterceptor(limiter);
      // Innermost: a request the server never saw is repeated without counting as a retry.
      builder.addInterceptor(UnsentRequests.REPEAT);
    }
    OkHttpClient streamClient = streams.build();
    return new HttpClients(pool, calls.build(), streamClient, webSockets(streamClient, options), start.headers());
  }

  /** These clients answering a 401 with nothing: a login runs on them. */
  HttpClients withoutAuthenticator(ClientOptions options) {
    OkHttpClient streamClient = streams.newBuilder().authenticator(Authenticator.NONE).build();
    return new HttpClients(base, calls.newBuilder().authenticator(Authenticator.NONE).build(), streamClient,
        webSockets(streamClient, options), headers);
  }

  private static OkHttpClient webSockets(OkHttpClient streamClient, ClientOptions options) {
    OkHttpClient.Builder builder =
        streamClient.newBuilder().pingInterval(options.webSocketPingInterval().toMillis(), TimeUnit.MILLISECONDS);
    // OkHttp runs no network interceptors for a WebSocket's upgrade, so it is logged from here.
    if (options.httpLogLevel() != HttpLogLevel.NONE) builder.addInterceptor(new HttpLogger(options.httpLogLevel()));
    return builder.build();
  }

  private static OkHttpClient baseClient(ClientOptions options) {
    OkHttpClient callers = options.okHttpClient();
    if (callers != null) return callers;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(options.maxConcurrentRequests());
    dispatcher.setMaxRequestsPerHost(options.maxConcurrentRequests());
    return new OkHttpClient.Builder().dispatcher(dispatcher).build();
  }

  private static OkHttpClient.Builder shared(
      OkHttpClient base,
      ClientOptions options,
      @Nullable Authenticator authenticator,
      SessionCookieJar cookieJar,
      CallStart start) {
    OkHttpClient.Builder builder = base.newBuilder();
    if (authenticator != null) builder.authenticator(authenticator);
    // First, so that the caller's own network interceptors (logging, say) see the answer as sent.
    builder.networkInterceptors().add(0, RETRY_AFTER_FOR_OKHTTP);
    if (options.httpLogLevel() != HttpLogLevel.NONE) {
      // A network interceptor: it sees each attempt with the headers actually sent.
      builder.addNetworkInterceptor(new HttpLogger(options.httpLogLevel()));
    }
    // Last, next to the wire: it tells a request a stale pooled connection swallowed.
    builder.addNetworkInterceptor(UnsentRequests.DETECT);
    return builder
        .cookieJar(cookieJar)
        // Flowkit alone decides what is repeated (RetryInterceptor) and where a request may
        // be redirected (RedirectInterceptor: same origin only).
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(start)
        .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
        // CallDeadline alone enforces callTimeout, body included. OkHttp's own timer, started a
        // moment earlier, would race it and end the call as an untyped "timeout".
        .callTimeout(0, TimeUnit.MILLISECONDS);
  }

  /**
   * Keeps OkHttp's own 503 handling out of the way, so that {@link RetryInterceptor} alone
   * decides what is repeated (and every repeat passes the rate limit): a {@code Retry-After: 0}
   * on a 503, which OkHttp would repeat at once by itself, is given as the equivalent date
   * (now); one of more digits than an int holds, on which OkHttp fails with a
   * {@code NumberFormatException}, is capped.
   */
  private static final Interceptor RETRY_AFTER_FOR_OKHTTP =
      chain -> {
        Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (retryAfter == null || !retryAfter.matches("\\d+")) return response;
        if (retryAfter.length() >= 10) {
          return response.newBuilder().header("Retry-After", Integer.toString(Integer.MAX_VALUE)).build();
        }
        if (response.code() == 503 && Integer.parseInt(retryAfter) == 0) {
          String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
          return response.newBuilder().header("Retry-After", now).build();
        }
        return response;
      };
}
