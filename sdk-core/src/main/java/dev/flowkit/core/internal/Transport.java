package dev.flowkit.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.FlowIoException;
import dev.flowkit.core.FlowJson;
import dev.flowkit.core.FlowTimeoutException;
import dev.flowkit.core.InvalidResponseException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The one place HTTP happens: build a request, execute it, map a non-2xx answer to a typed
 * exception, decode the body. Every service shares one instance; responses are always closed.
 */
public final class Transport {
  /** {@code application/json; charset=utf-8}. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ClientOptions options;
  private final OkHttpClient client;
  private final SessionCookieJar cookieJar;
  private final Moshi moshi;
  private final ErrorMapper errors;
  private final OkHttpClient streamClient;
  private final OkHttpClient base;

  public Transport(ClientOptions options) {
    this(options, null, new SessionCookieJar(options.cookieStore(), Clock.systemUTC()), null);
  }

  /**
   * A transport whose client answers 401s with {@code authenticator} (to log in again when a
   * session expires), or with nothing when it is null, keeping cookies in {@code cookieJar}.
   * It runs on {@code base}'s pool and dispatcher when given (a client derived from another),
   * else on the options' {@link ClientOptions#okHttpClient()}, else on a client of its own
   * whose dispatcher allows {@link ClientOptions#maxConcurrentRequests()} calls at once.
   */
  public Transport(ClientOptions options, @Nullable Authenticator authenticator, SessionCookieJar cookieJar) {
    this(options, authenticator, cookieJar, null);
  }

  /** As {@link #Transport(ClientOptions, Authenticator, SessionCookieJar)}, on {@code base} if given. */
  public Transport(
      ClientOptions options,
      @Nullable Authenticator authenticator,
      SessionCookieJar cookieJar,
      @Nullable OkHttpClient base) {
    this.options = options;
    this.base = base != null ? base : baseClient(options);
    this.moshi = FlowJson.moshi();
    this.errors = new ErrorMapper(moshi);
    this.cookieJar = cookieJar;
    // One pool and dispatcher for both clients. Streams resume by themselves, so only
    // ordinary calls get the retry interceptor.
    OkHttpClient shared = builder(this.base, options, authenticator, cookieJar).build();
    this.client = shared.newBuilder().addInterceptor(new RetryInterceptor(options.maxRetries())).build();
    // Streams read on their own threads with execute(), so the dispatcher's per-host limit
    // never makes a stream or an ordinary call wait behind open streams.
    this.streamClient =
        shared
            .newBuilder()
            .readTimeout(options.streamReadTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(0, TimeUnit.MILLISECONDS)
            .build();
  }

  private static OkHttpClient baseClient(ClientOptions options) {
    OkHttpClient callers = options.okHttpClient();
    if (callers != null) return callers;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(options.maxConcurrentRequests());
    dispatcher.setMaxRequestsPerHost(options.maxConcurrentRequests());
    return new OkHttpClient.Builder().dispatcher(dispatcher).build();
  }

  private static OkHttpClient.Builder builder(
      OkHttpClient base, ClientOptions options, @Nullable Authenticator authenticator, SessionCookieJar cookieJar) {
    OkHttpClient.Builder builder = base.newBuilder();
    if (authenticator != null) builder.authenticator(authenticator);
    return builder
        .cookieJar(cookieJar)
        .addInterceptor(new HeadersInterceptor(options))
        .addInterceptor(CallTimeouts.INTERCEPTOR)
        .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(options.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The client for event streams: same pool, read timeout = the stream's silence limit. */
  public OkHttpClient streamClient() {
    return streamClient;
  }

  public ErrorMapper errors() {
    return errors;
  }

  public ClientOptions options() {
    return options;
  }

  /** The pool and dispatcher under both clients, without Flowkit's interceptors. */
  public OkHttpClient baseClient() {
    return base;
  }

  /** The client every call goes through (shares the caller's pool when one was given). */
  public OkHttpClient client() {
    return client;
  }

  public SessionCookieJar cookieJar() {
    return cookieJar;
  }

  public Moshi moshi() {
    return moshi;
  }

  /** {@code baseUrl} plus the given path segments, each encoded as one segment. */
  public HttpUrl url(String... segments) {
    HttpUrl.Builder url = options.baseUrl().newBuilder();
    // baseUrl ends in '/', which leaves an empty last segment to replace.
    url.removePathSegment(options.baseUrl().pathSize() - 1);
    for (String segment : segments) url.addPathSegment(segment);
    return url.build();
  }

  /** {@link #url(String...)} plus query parameters (null values are skipped). */
  public HttpUrl url(Map<String, String> query, String... segments) {
    HttpUrl.Builder url = url(segments).newBuilder();
    for (Map.Entry<String, String> entry : query.entrySet()) {
      if (entry.getValue() != null) url.addQueryParameter(entry.getKey(), entry.getValue());
    }
    return url.build();
  }

  /** A JSON body of {@code value}, encoded with the shared Moshi. */
  public RequestBody jsonBody(@Nullable Object value) {
    if (value == null) return RequestBody.create("{}", JSON);
    // The Object adapter picks each value's adapter by its runtime type (maps, lists, models).
    return RequestBody.create(moshi.adapter(Object.class).toJson(value), JSON);
  }

  /** Executes {@code request} and decodes its body as {@code type}. */
  public <T> T execute(Request request, Type type) {
    Call call = client.newCall(request);
    try (Response response = execute(call)) {
      return handle(call, response, type);
    }
  }

  /** Executes {@code request}, expecting no body worth reading (such as a 204). */
  public void executeNoContent(Request request) {
    Call call = client.newCall(request);
    try (Response response = execute(call)) {
      handle(call, response, null);
    }
  }

  /**
   * Executes {@code request} on OkHttp's dispatcher. Cancelling the returned future cancels
   * the HTTP call.
   */
  public <T> CompletableFuture<T> executeAsync(Request request, @Nullable Type type) {
    final Call call = client.newCall(request);
    final CompletableFuture<T> future =
        new CompletableFuture<T>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            call.cancel();
            return super.cancel(mayInterruptIfRunning);
          }
        };
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            future.completeExceptionally(ioFailure(c.request(), e));
          }

          @Override
          public void onResponse(Call c, Response response) {
            try (Response r = response) {
              future.complete(handle(c, r, type));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          }
        });
    return future;
  }

  /** Executes the call, turning an IO failure into a {@link FlowIoException}. */
  public Response execute(Call call) {
    try {
      return call.execute();
    } catch (IOException e) {
      throw ioFailure(call.request(), e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // OkHttp's Kotlin code lets an undeclared InterruptedException out of a connect wait.
      if (!(e instanceof InterruptedException)) throw new FlowIoException(describe(call.request()) + " failed: " + e, e);
      Thread.currentThread().interrupt();
      throw new FlowIoException(describe(call.request()) + " was interrupted", e);
    }
  }

  /**
   * Returns the response's decoded body, or throws the typed exception for a non-2xx status.
   * Does not close {@code response}.
   */
  @SuppressWarnings("unchecked")
  public <T> T handle(Call call, Response response, @Nullable Type type) {
    Request request = call.request();
    if (!response.isSuccessful()) {
      throw errors.toException(response, describe(request));
    }
    if (type == null) return null;
    ResponseBody body = response.body();
    try {
      Object value = moshi.adapter(type).fromJson(body.source());
      if (value == null) {
        throw new InvalidResponseException(
            "Expected a JSON body but got null from " + describe(request), null);
      }
      return (T) value;
    } catch (JsonDataException | JsonEncodingException e) {
      throw new InvalidResponseException(
          "Unexpected response body from " + describe(request) + ": " + e.getMessage(), e);
    } catch (EOFException e) {
      throw new InvalidResponseException(
          "Response body ended early from " + describe(request) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw ioFailure(request, e);
    }
  }

  /**
   * Maps an IO failure to a {@link FlowTimeoutException} or {@link FlowIoException}. An
   * interrupted thread is not a timeout: it gets a {@link FlowIoException} and keeps its flag.
   */
  public static FlowException ioFailure(Request request, IOException e) {
    if (Thread.currentThread().isInterrupted()) {
      return new FlowIoException(describe(request) + " was interrupted", e);
    }
    if (e instanceof InterruptedIOException) { // a socket or a call timeout
      return new FlowTimeoutException(describe(request) + " timed out: " + e.getMessage(), e);
    }
    return new FlowIoException(describe(request) + " failed: " + e, e);
  }

  /** {@code GET http://host/path}, never the query (it may hold secrets) nor user info. */
  public static String describe(Request request) {
    HttpUrl url = request.url().newBuilder().query(null).fragment(null).username("").password("").build();
    return request.method() + " " + url;
  }
}
