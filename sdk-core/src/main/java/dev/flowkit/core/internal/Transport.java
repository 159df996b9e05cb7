package dev.flowkit.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.FlowIoException;
import dev.flowkit.core.FlowTimeoutException;
import dev.flowkit.core.InvalidResponseException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The one place calls are executed: build a request, execute it, map a non-2xx answer to a typed
 * exception, decode the body. Every service shares one instance; responses are always closed. The
 * OkHttp clients it runs on are built by {@link HttpClients}.
 */
public final class Transport {
  /** {@code application/json; charset=utf-8}. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ClientOptions options;
  private final HttpClients clients;
  private final SessionCookieJar cookieJar;
  private final Moshi moshi;
  private final ErrorMapper errors;

  public Transport(ClientOptions options) {
    this(options, null, new SessionCookieJar(options.cookieStore(), Clock.systemUTC()), null, FlowJson.moshi());
  }

  /**
   * A transport whose client answers 401s with {@code authenticator} (to log in again when a
   * session expires), or with nothing when it is null, keeping cookies in {@code cookieJar}.
   * It runs on the options' {@link ClientOptions#okHttpClient()} when given, else on a client of
   * its own whose dispatcher allows {@link ClientOptions#maxConcurrentRequests()} calls at once.
   */
  public Transport(ClientOptions options, @Nullable Authenticator authenticator, SessionCookieJar cookieJar) {
    this(options, authenticator, cookieJar, null, FlowJson.moshi());
  }

  /**
   * As {@link #Transport(ClientOptions, Authenticator, SessionCookieJar)}, on {@code base}'s
   * pool and dispatcher if given (a client derived from another), decoding bodies with
   * {@code moshi} (one that checks a service's models, say).
   */
  public Transport(
      ClientOptions options,
      @Nullable Authenticator authenticator,
      SessionCookieJar cookieJar,
      @Nullable OkHttpClient base,
      Moshi moshi) {
    this(options, HttpClients.build(options, authenticator, cookieJar, base), cookieJar, moshi);
  }

  private Transport(ClientOptions options, HttpClients clients, SessionCookieJar cookieJar, Moshi moshi) {
    this.options = options;
    this.clients = clients;
    this.moshi = moshi;
    this.errors = new ErrorMapper(moshi);
    this.cookieJar = cookieJar;
  }

  /**
   * This transport without the authenticator: the same pool, cookies, retries and limits, but a
   * 401 is returned as it is. A login runs here, so that its own 401 can never re-enter the
   * authenticator that called it.
   */
  public Transport withoutAuthenticator() {
    return new Transport(options, clients.withoutAuthenticator(options), cookieJar, moshi);
  }

  /**
   * A runtime exception inside the HTTP stack, carried as an IOException (the only kind OkHttp
   * hands back, notably to an async callback); {@link #ioFailure} unwraps it.
   */
  static final class UnexpectedFailure extends IOException {
    private static final long serialVersionUID = 1L;

    UnexpectedFailure(RuntimeException cause) {
      super("unexpected failure in the HTTP client: " + cause, cause);
    }
  }

  /** The client for event streams: same pool, read timeout = the stream's silence limit. */
  public OkHttpClient streamClient() {
    return clients.streams;
  }

  /**
   * The client for WebSocket streams: the stream client (its read timeout bounds the upgrade;
   * OkHttp reads an upgraded socket without one) pinging every {@link
   * ClientOptions#webSocketPingInterval()}. OkHttp runs no network interceptors for an upgrade:
   * the HTTP log sees it from an application interceptor, and OkHttp's own one repeat of a 503
   * with {@code Retry-After: 0} is not neutralised there.
   */
  public OkHttpClient webSocketClient() {
    return clients.webSockets;
  }

  public ErrorMapper errors() {
    return errors;
  }

  public ClientOptions options() {
    return options;
  }

  /** The pool and dispatcher under both clients, without Flowkit's interceptors. */
  public OkHttpClient baseClient() {
    return clients.base;
  }

  /** The client every call goes through (shares the caller's pool when one was given). */
  public OkHttpClient client() {
    return clients.calls;
  }

  public SessionCookieJar cookieJar() {
    return cookieJar;
  }

  public Moshi moshi() {
    return moshi;
  }

  /** {@code baseUrl} plus the given path segments, each encoded as one segment. */
  public HttpUrl url(String... segments) {
    return pathBuilder(segments).build();
  }

  /** {@link #url(String...)} plus query parameters (null values are skipped). */
  public HttpUrl url(Map<String, String> query, String... segments) {
    HttpUrl.Builder url = pathBuilder(segments);
    for (Map.Entry<String, String> entry : query.entrySet()) {
      if (entry.getValue() != null) url.addQueryParameter(entry.getKey(), entry.getValue());
    }
    return url.build();
  }

  private HttpUrl.Builder pathBuilder(String... segments) {
    HttpUrl.Builder url = options.baseUrl().newBuilder();
    // baseUrl ends in '/', which leaves an empty last segment to replace.
    url.removePathSegment(options.baseUrl().pathSize() - 1);
    for (String segment : segments) url.addPathSegment(segment);
    return url;
  }

  /**
   * A request to {@code url} that already carries the client's headers (user agent, default
   * headers, API key), so that no interceptor has to copy it to add them.
   */
  public Request.Builder newRequest(HttpUrl url) {
    return new Request.Builder().url(url).headers(clients.headers);
  }

  /** A JSON body of {@code value}, encoded with the shared Moshi. */
  public RequestBody jsonBody(@Nullable Object value) {
    if (value == null) return RequestBody.create("{}", JSON);
    // The Object adapter picks each value's adapter by its runtime type (maps, lists, models).
    return RequestBody.create(moshi.adapter(Object.class).toJson(value), JSON);
  }

  /** Executes {@code request} and decodes its body as {@code type}, all within the call timeout. */
  public <T> T execute(Request request, Type type) {
    return executeTimed(request, type);
  }

  /** Executes {@code request}, expecting no body worth reading (such as a 204). */
  public void executeNoContent(Request request) {
    executeTimed(request, null);
  }

  private <T> T executeTimed(Request request, @Nullable Type type) {
    return execute(request, (call, response) -> handle(call, response, type));
  }

  /**
   * Reads a whole answer, whatever its status, for the calls whose non-2xx answers are results
   * (a webhook's answer is what the flow chose to send).
   */
  public interface AnswerReader<T> {
    /**
     * The value for {@code response} (which is closed afterwards), or a {@link FlowException}
     * thrown; {@link Transport#handle(Call, Response, Type)} gives the usual one.
     */
    T read(Call call, Response response) throws IOException;
  }

  /** Executes {@code request} within the call timeout and reads its answer with {@code reader}. */
  public <T> T execute(Request request, AnswerReader<T> reader) {
    Call call = clients.calls.newCall(CallDeadline.tag(request, options.callTimeout()));
    InterruptWatch.Entry watch = InterruptWatch.watch(call); // an interrupt cancels the call
    try (Response response = execute(call)) {
      ResponseCapture capture = ResponseCapture.current();
      if (capture != null) capture.record(response);
      return reader.read(call, response);
    } catch (IOException e) {
      throw ioFailure(request, e);
    } finally {
      InterruptWatch.unwatch(watch);
      finish(call);
    }
  }

  private static void finish(Call call) {
    CallDeadline deadline = CallDeadline.of(call.request());
    if (deadline != null) deadline.finish();
  }

  /**
   * Executes {@code request} on OkHttp's dispatcher. Cancelling the returned future cancels
   * the HTTP call.
   */
  public <T> CompletableFuture<T> executeAsync(Request request, @Nullable Type type) {
    return executeAsync(request, (c, response) -> handle(c, response, type));
  }

  /**
   * As {@link #execute(Request, AnswerReader)} on OkHttp's dispatcher. Cancelling the returned
   * future cancels the HTTP call.
   */
  public <T> CompletableFuture<T> executeAsync(Request request, AnswerReader<T> reader) {
    final Call call = clients.calls.newCall(CallDeadline.tag(request, options.callTimeout()));
    final ResponseCapture capture = ResponseCapture.current();
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
            finish(c);
            future.completeExceptionally(ioFailure(c.request(), e));
          }

          @Override
          public void onResponse(Call c, Response response) {
            try (Response r = response) {
              if (capture != null) capture.record(r);
              future.complete(reader.read(c, r));
            } catch (IOException e) {
              future.completeExceptionally(ioFailure(c.request(), e));
            } catch (FlowException e) {
              future.completeExceptionally(e);
            } catch (RuntimeException e) {
              future.completeExceptionally(unexpected(c.request(), e));
            } finally {
              finish(c);
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
      throw unexpected(call.request(), e); // from an interceptor the caller's client brought
    } catch (Exception e) {
      // OkHttp's Kotlin code lets an undeclared InterruptedException out of a connect wait.
      if (!(e instanceof InterruptedException)) throw new FlowIoException(describe(call.request()) + " failed: " + e, e);
      Thread.currentThread().interrupt();
      throw new FlowIoException(describe(call.request()) + " was interrupted", e);
    }
  }

  private static FlowException unexpected(Request request, RuntimeException e) {
    if (e instanceof FlowException) return (FlowException) e;
    return new FlowIoException(describe(request) + " failed unexpectedly: " + e, e);
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
    JsonAdapter<Object> adapter = moshi.adapter(type); // a type Moshi cannot handle is the caller's bug
    try {
      JsonReader reader = JsonReader.of(body.source());
      Object value = adapter.fromJson(reader);
      if (value == null) {
        throw new InvalidResponseException(
            "Expected a JSON body but got null from " + describe(request), null);
      }
      if (!atEnd(reader)) { // RFC 8259: one value, then only whitespace
        throw new InvalidResponseException(
            "Unexpected response body from " + describe(request) + ": more data after the JSON value at "
                + reader.getPath(), null);
      }
      return (T) value;
    } catch (JsonEncodingException e) {
      if (timedOut(request)) throw deadlinePassed(request, e);
      throw new InvalidResponseException(
          "Unexpected response body from " + describe(request) + ": " + e.getMessage(), e);
    } catch (EOFException e) {
      if (timedOut(request)) throw deadlinePassed(request, e);
      if (Thread.currentThread().isInterrupted()) throw ioFailure(request, e); // canceled by it
      throw new InvalidResponseException(
          "Response body ended early from " + describe(request) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw ioFailure(request, e);
    } catch (FlowException e) {
      throw e;
    } catch (RuntimeException e) { // JsonDataException, and whatever else a malformed body provokes
      if (timedOut(request)) throw deadlinePassed(request, e);
      throw new InvalidResponseException(
          "Unexpected response body from " + describe(request) + ": " + e.getMessage(), e);
    }
  }

  /**
   * The typed failure {@code e} carries out of OkHttp, as it is (the login an expired session
   * needed, refused), or null.
   */
  static @Nullable FlowException carried(IOException e) {
    return e instanceof UnexpectedFailure && e.getCause() instanceof FlowException ? (FlowException) e.getCause() : null;
  }

  private static boolean atEnd(JsonReader reader) throws IOException {
    try {
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException dataAfterTheValue) {
      return false;
    }
  }

  /**
   * Maps an IO failure to a {@link FlowTimeoutException} or {@link FlowIoException}. An
   * interrupted thread is not a timeout: it gets a {@link FlowIoException} and keeps its flag.
   */
  public static FlowException ioFailure(Request request, IOException e) {
    if (timedOut(request)) return deadlinePassed(request, e);
    FlowException carried = carried(e);
    if (carried != null) return carried;
    if (e instanceof UnexpectedFailure) {
      return new FlowIoException(describe(request) + " failed unexpectedly: " + e.getCause(), e.getCause());
    }
    if (Thread.currentThread().isInterrupted()) {
      return new FlowIoException(describe(request) + " was interrupted", e);
    }
    if (e instanceof InterruptedIOException) { // a socket or a call timeout
      return new FlowTimeoutException(describe(request) + " timed out: " + e.getMessage(), e);
    }
    return new FlowIoException(describe(request) + " failed: " + e, e);
  }

  private static FlowTimeoutException deadlinePassed(Request request, Throwable cause) {
    CallDeadline deadline = java.util.Objects.requireNonNull(CallDeadline.of(request));
    return new FlowTimeoutException(
        describe(request) + " timed out: the whole call took longer than its callTimeout of "
            + deadline.timeout().toMillis() + " ms", cause);
  }

  private static boolean timedOut(Request request) {
    CallDeadline deadline = CallDeadline.of(request);
    return deadline != null && deadline.passed();
  }

  /** {@code GET http://host/path}, never the query (it may hold secrets) nor user info. */
  public static String describe(Request request) {
    HttpUrl url = request.url().newBuilder().query(null).fragment(null).username("").password("").build();
    return request.method() + " " + url;
  }
}
