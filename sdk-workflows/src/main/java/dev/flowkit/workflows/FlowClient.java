package dev.flowkit.workflows;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.CookieStore;
import dev.flowkit.core.HttpLogLevel;
import dev.flowkit.core.RawResponse;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.internal.ResponseCapture;
import dev.flowkit.workflows.internal.ClientWiring;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.Cookie;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;


/**
 * The entry point: a client for one Flow platform. Create one, share it, close it when done.
 * Thread-safe.
 *
 * <pre>{@code
 * try (FlowClient client = FlowClient.builder()
 *     .baseUrl("https://flow.example.com")
 *     .apiKey(System.getenv("FLOWKIT_API_KEY"))
 *     .build()) {
 *   FlowRun run = client.workflows().triggerFlowSync(flowId, input, Duration.ofSeconds(30));
 *   System.out.println(run.status() + " " + run.output());
 * }
 * }</pre>
 *
 * With email and password instead of a key ({@code .credentials(email, password)}), the client
 * logs in on its first call and again whenever the session expires. Every setting is a {@link
 * ClientOptions} setting; {@link #withOptions(Consumer)} derives a client with other settings
 * that shares this one's connections and threads, for a single call or a part of an app.
 *
 * <p>{@link Builder#platform(Platform)} picks the platform to speak (IAI Flow, FlowAI, Imbrace,
 * Activepieces, flow8; the Flowkit contract by default): the same calls and models on its wire.
 * The calls only one platform has are on its own facade, in the platform's artifact: {@code
 * Flow8.of(client)} (sdk-flow8), {@code Activepieces.of(client)} (sdk-activepieces), {@code
 * IaiFlow.of(client)} (sdk-iaiflow).
 */
public final class FlowClient implements AutoCloseable {
  private final ClientWiring wiring;
  private final Platform platform;
  private final AsyncClient async;

  static {
    ClientWiring.grant(new ClientWiring.Access() {
      @Override public ClientWiring of(FlowClient client) {
        return client.wiring;
      }

      @Override public ClientWiring of(AsyncClient client) {
        return client.wiring;
      }
    });
  }

  private FlowClient(ClientOptions requested, @Nullable FlowClient parent, Platform platform, boolean apiKeyHeaderSet) {
    this.platform = platform;
    this.wiring = new ClientWiring(
        requested, parent == null ? null : parent.wiring, platform.dialect(), platform.module(), apiKeyHeaderSet);
    this.async = new AsyncClient(wiring);
  }

  /** Returns a builder; {@link Builder#baseUrl(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code FLOWKIT_BASE_URL} (required), then
   * {@code FLOWKIT_API_KEY}, or {@code FLOWKIT_EMAIL} and {@code FLOWKIT_PASSWORD}, and
   * optionally {@code FLOWKIT_PLATFORM} ({@code IAI_FLOW}, {@code FLOWAI}, {@code IMBRACE},
   * {@code ACTIVEPIECES}, {@code FLOW8}; default {@code FLOWKIT}).
   *
   * @throws IllegalStateException naming the variable that is missing
   */
  public static FlowClient fromEnv() {
    return fromEnv(System::getenv);
  }

  /** As {@link #fromEnv()}, reading variables through {@code env} (handy in tests). */
  public static FlowClient fromEnv(Function<String, @Nullable String> env) {
    String baseUrl = env.apply("FLOWKIT_BASE_URL");
    if (baseUrl == null || baseUrl.trim().isEmpty()) {
      throw new IllegalStateException("FLOWKIT_BASE_URL is not set");
    }
    Builder builder = builder().baseUrl(baseUrl.trim());
    String platform = env.apply("FLOWKIT_PLATFORM");
    if (platform != null && !platform.trim().isEmpty()) {
      try {
        builder.platform(Platform.valueOf(platform.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("FLOWKIT_PLATFORM is '" + platform + "'; use one of "
            + java.util.Arrays.toString(Platform.values()), e);
      }
    }
    String apiKey = env.apply("FLOWKIT_API_KEY");
    String email = env.apply("FLOWKIT_EMAIL");
    String password = env.apply("FLOWKIT_PASSWORD");
    if (apiKey != null && !apiKey.trim().isEmpty()) {
      builder.apiKey(apiKey.trim());
    } else if (email != null && password != null) {
      builder.credentials(email, password);
    } else if (email != null) {
      throw new IllegalStateException("FLOWKIT_EMAIL is set but FLOWKIT_PASSWORD is not");
    } else {
      throw new IllegalStateException("Set FLOWKIT_API_KEY, or FLOWKIT_EMAIL and FLOWKIT_PASSWORD");
    }
    return builder.build();
  }

  /** Logging in and out, and API keys. */
  public AuthService auth() {
    return wiring.auth();
  }

  /** Flows, runs, folders, app connections and MCP servers: the calls every platform maps. */
  public Workflows workflows() {
    return wiring.workflows();
  }

  /** The same calls, returning {@link CompletableFuture}s. */
  public AsyncClient async() {
    return async;
  }

  /**
   * Runs {@code call} on this client and returns its value with the HTTP response it came from:
   * status, headers, request id. Any call of any facade works; when {@code call} makes several
   * requests (a retry, a login first), the response is the last one.
   *
   * <pre>{@code
   * RawResponse<Flow> raw = client.withRawResponse(c -> c.workflows().getFlow(flowId));
   * System.out.println(raw.statusCode() + " " + raw.requestId() + " " + raw.value().id());
   * }</pre>
   *
   * @throws IllegalStateException if {@code call} made no HTTP request
   * @throws dev.flowkit.core.FlowException as the call itself throws it
   */
  public <T> RawResponse<T> withRawResponse(Function<? super FlowClient, ? extends T> call) {
    Objects.requireNonNull(call, "call == null");
    return ResponseCapture.capture(() -> call.apply(this));
  }

  /** The platform this client speaks. */
  public Platform platform() {
    return platform;
  }

  /** The options this client was built with. */
  public ClientOptions options() {
    return wiring.options();
  }

  /**
   * A client with these options changed, sharing this client's connection pool, dispatcher,
   * stream threads and (unless the credentials, base URL or cookie store change) its session.
   * Cheap enough for one call:
   *
   * <pre>{@code
   * FlowRun run = client.withOptions(o -> o.callTimeout(Duration.ofSeconds(5)).maxRetries(0))
   *     .workflows().getRun(runId);
   * }</pre>
   *
   * The derived client needs no closing of its own ({@link #close()} on it only stops its
   * streams); closing this client closes the shared resources. {@code maxConcurrentRequests}
   * and {@code okHttpClient} stay this client's, as the dispatcher is shared.
   */
  public FlowClient withOptions(Consumer<ClientOptions.Builder> change) {
    Objects.requireNonNull(change, "change == null");
    ClientOptions options = wiring.options();
    ClientOptions.Builder builder = options.toBuilder();
    change.accept(builder);
    ClientOptions changed =
        builder
            .maxConcurrentRequests(options.maxConcurrentRequests())
            .okHttpClient(options.okHttpClient())
            .build();
    return new FlowClient(changed, this, platform, true);
  }

  /** The session cookies the client holds now (empty with an API key, or before a login). */
  public List<Cookie> sessionCookies() {
    return wiring.sessionCookies();
  }

  /**
   * Stops open streams, cancels the calls still in flight (blocking and asynchronous ones fail
   * with {@link dev.flowkit.core.FlowIoException}), and releases threads and idle connections, so
   * that nothing of the client keeps running or keeps the JVM alive. A shared {@link
   * OkHttpClient} given in the options is left running, with its calls. On a client from {@link
   * #withOptions(Consumer)}, only stops that client's streams.
   */
  @Override
  public void close() {
    wiring.close();
  }

  @Override
  public String toString() {
    return "FlowClient{" + (platform == Platform.FLOWKIT ? "" : platform + " ") + wiring.options().baseUrl() + "}";
  }

  /** The asynchronous side of the client: the same calls, returning futures. */
  public static final class AsyncClient {
    private final ClientWiring wiring;

    AsyncClient(ClientWiring wiring) {
      this.wiring = wiring;
    }

    /** As {@link FlowClient#workflows()}, returning futures. */
    public AsyncWorkflows workflows() {
      return wiring.asyncWorkflows();
    }

    /** As {@link FlowClient#auth()}, returning futures. */
    public AsyncAuthService auth() {
      return wiring.asyncAuth();
    }

    /**
     * As {@link FlowClient#withRawResponse(Function)}: the future of {@code call}, completing
     * with its value and the HTTP response it came from.
     *
     * <pre>{@code
     * client.async().withRawResponse(c -> c.workflows().getFlow(flowId))
     *     .thenAccept(raw -> System.out.println(raw.requestId()));
     * }</pre>
     */
    public <T> CompletableFuture<RawResponse<T>> withRawResponse(
        Function<? super AsyncClient, ? extends CompletableFuture<T>> call) {
      Objects.requireNonNull(call, "call == null");
      ResponseCapture capture = new ResponseCapture();
      CompletableFuture<T> future = capture.within(() -> call.apply(this));
      return future.thenApply(capture::toRaw);
    }
  }

  /**
   * Builds a {@link FlowClient}: the platform, and every {@link ClientOptions} setting under the
   * same name; {@link #from(ClientOptions)} takes them all at once.
   */
  public static final class Builder {
    private final ClientOptions.Builder options = ClientOptions.builder();
    private Platform platform = Platform.FLOWKIT;
    private boolean apiKeyHeaderSet;

    Builder() {}

    /**
     * The platform to speak ({@link Platform#FLOWKIT} by default). It also picks the API-key
     * header the platform expects, unless {@link #apiKeyHeader} chooses one. A platform other
     * than {@code FLOWKIT} and {@code FLOWAI} needs its artifact on the class path (see {@link
     * Platform}).
     */
    public Builder platform(Platform platform) {
      this.platform = Objects.requireNonNull(platform, "platform == null");
      return this;
    }

    /** As {@link ClientOptions.Builder#apiKeyHeader(ApiKeyHeader)}; overrides the platform's choice. */
    public Builder apiKeyHeader(ApiKeyHeader apiKeyHeader) {
      options.apiKeyHeader(apiKeyHeader);
      apiKeyHeaderSet = true;
      return this;
    }

    /** As {@link ClientOptions.Builder#from(ClientOptions)}. */
    public Builder from(ClientOptions options) {
      this.options.from(options);
      return this;
    }

    /** As {@link ClientOptions.Builder#baseUrl(String)}. */
    public Builder baseUrl(String baseUrl) {
      options.baseUrl(baseUrl);
      return this;
    }

    /** As {@link ClientOptions.Builder#baseUrl(HttpUrl)}. */
    public Builder baseUrl(HttpUrl baseUrl) {
      options.baseUrl(baseUrl);
      return this;
    }

    /** As {@link ClientOptions.Builder#allowInsecureHttp(boolean)}. */
    public Builder allowInsecureHttp(boolean allow) {
      options.allowInsecureHttp(allow);
      return this;
    }

    /** As {@link ClientOptions.Builder#apiKey(String)}. */
    public Builder apiKey(@Nullable String apiKey) {
      options.apiKey(apiKey);
      return this;
    }

    /** As {@link ClientOptions.Builder#accessToken(String)}. */
    public Builder accessToken(@Nullable String accessToken) {
      options.accessToken(accessToken);
      return this;
    }

    /** As {@link ClientOptions.Builder#accessToken(String, String)}: Imbrace's access-token mode. */
    public Builder accessToken(String accessToken, @Nullable String organizationId) {
      options.accessToken(accessToken, organizationId);
      return this;
    }

    /** As {@link ClientOptions.Builder#organizationId(String)}. */
    public Builder organizationId(@Nullable String organizationId) {
      options.organizationId(organizationId);
      return this;
    }

    /** As {@link ClientOptions.Builder#credentials(String, String)}. */
    public Builder credentials(String email, String password) {
      options.credentials(email, password);
      return this;
    }

    /** As {@link ClientOptions.Builder#clearCredentials()}. */
    public Builder clearCredentials() {
      options.clearCredentials();
      return this;
    }

    /** As {@link ClientOptions.Builder#connectTimeout(Duration)}. */
    public Builder connectTimeout(Duration timeout) {
      options.connectTimeout(timeout);
      return this;
    }

    /** As {@link ClientOptions.Builder#readTimeout(Duration)}. */
    public Builder readTimeout(Duration timeout) {
      options.readTimeout(timeout);
      return this;
    }

    /** As {@link ClientOptions.Builder#writeTimeout(Duration)}. */
    public Builder writeTimeout(Duration timeout) {
      options.writeTimeout(timeout);
      return this;
    }

    /** As {@link ClientOptions.Builder#callTimeout(Duration)}. */
    public Builder callTimeout(Duration timeout) {
      options.callTimeout(timeout);
      return this;
    }

    /** As {@link ClientOptions.Builder#streamReadTimeout(Duration)}. */
    public Builder streamReadTimeout(Duration timeout) {
      options.streamReadTimeout(timeout);
      return this;
    }

    /** As {@link ClientOptions.Builder#maxRetries(int)}. */
    public Builder maxRetries(int maxRetries) {
      options.maxRetries(maxRetries);
      return this;
    }

    /** As {@link ClientOptions.Builder#retryBackoff(Duration, Duration)}. */
    public Builder retryBackoff(Duration initial, Duration max) {
      options.retryBackoff(initial, max);
      return this;
    }

    /** As {@link ClientOptions.Builder#maxRequestsPerSecond(double)}. */
    public Builder maxRequestsPerSecond(double maxRequestsPerSecond) {
      options.maxRequestsPerSecond(maxRequestsPerSecond);
      return this;
    }

    /** As {@link ClientOptions.Builder#maxConcurrentRequests(int)}. */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      options.maxConcurrentRequests(maxConcurrentRequests);
      return this;
    }

    /** As {@link ClientOptions.Builder#reconnectPolicy(ReconnectPolicy)}. */
    public Builder reconnectPolicy(ReconnectPolicy policy) {
      options.reconnectPolicy(policy);
      return this;
    }

    /** As {@link ClientOptions.Builder#webSocketPingInterval(Duration)}. */
    public Builder webSocketPingInterval(Duration interval) {
      options.webSocketPingInterval(interval);
      return this;
    }

    /** As {@link ClientOptions.Builder#userAgentSuffix(String)}. */
    public Builder userAgentSuffix(@Nullable String suffix) {
      options.userAgentSuffix(suffix);
      return this;
    }

    /** As {@link ClientOptions.Builder#okHttpClient(OkHttpClient)}. */
    public Builder okHttpClient(@Nullable OkHttpClient okHttpClient) {
      options.okHttpClient(okHttpClient);
      return this;
    }

    /** As {@link ClientOptions.Builder#defaultHeader(String, String)}. */
    public Builder defaultHeader(String name, String value) {
      options.defaultHeader(name, value);
      return this;
    }

    /** As {@link ClientOptions.Builder#removeDefaultHeader(String)}. */
    public Builder removeDefaultHeader(String name) {
      options.removeDefaultHeader(name);
      return this;
    }

    /** As {@link ClientOptions.Builder#cookieStore(CookieStore)}. */
    public Builder cookieStore(CookieStore cookieStore) {
      options.cookieStore(cookieStore);
      return this;
    }

    /** As {@link ClientOptions.Builder#httpLogLevel(HttpLogLevel)}. */
    public Builder httpLogLevel(HttpLogLevel level) {
      options.httpLogLevel(level);
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalStateException if the base URL is missing, credentials are given for a
     *     platform without login (FlowAI), or the platform's artifact (such as {@code
     *     dev.flowkit:sdk-flow8}) is not on the class path
     */
    public FlowClient build() {
      return new FlowClient(options.build(), null, platform, apiKeyHeaderSet);
    }
  }
}
