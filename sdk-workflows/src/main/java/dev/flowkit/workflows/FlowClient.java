package dev.flowkit.workflows;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.CookieStore;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.SessionCookieJar;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.internal.AsyncWorkflowsImpl;
import dev.flowkit.workflows.internal.AuthCalls;
import dev.flowkit.workflows.internal.AuthServiceImpl;
import dev.flowkit.workflows.internal.CrudCalls;
import dev.flowkit.workflows.internal.FlowCalls;
import dev.flowkit.workflows.internal.LoginAuthenticator;
import dev.flowkit.workflows.internal.Rest;
import dev.flowkit.workflows.internal.RunCalls;
import dev.flowkit.workflows.internal.RunStreams;
import dev.flowkit.workflows.internal.WorkflowsImpl;
import dev.flowkit.workflows.internal.WorkflowsJson;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.McpServer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
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
 * With email and password instead of a key, the client logs in on its first call and again
 * whenever the session expires.
 */
public final class FlowClient implements AutoCloseable {
  private final Transport transport;
  private final AuthService auth;
  private final WorkflowsImpl workflows;
  private final AsyncClient async;
  private final ExecutorService streamThreads;

  private FlowClient(Builder builder) {
    ClientOptions options = builder.options.build();
    String email = builder.email;
    String password = builder.password;
    AtomicReference<@Nullable AuthCalls> authCalls = new AtomicReference<>();
    SessionCookieJar cookies = new SessionCookieJar(options.cookieStore(), java.time.Clock.systemUTC());
    LoginAuthenticator relogin =
        email == null || password == null
            ? null
            : new LoginAuthenticator(
                () -> Objects.requireNonNull(authCalls.get()).login(email, password).execute(),
                cookies);
    this.transport = new Transport(options, relogin, cookies, WorkflowsJson.moshi());
    Rest rest = new Rest(transport);
    authCalls.set(new AuthCalls(rest, new Rest(transport.withoutAuthenticator())));
    this.auth = new AuthServiceImpl(Objects.requireNonNull(authCalls.get()), transport.cookieJar());

    this.streamThreads = Executors.newCachedThreadPool(new StreamThreads());
    FlowCalls flows = new FlowCalls(rest);
    RunCalls runs = new RunCalls(rest);
    CrudCalls<Folder> folders = new CrudCalls<>(rest, Folder.class, "folderId", "api", "folders");
    CrudCalls<AppConnection> connections =
        new CrudCalls<>(rest, AppConnection.class, "connectionId", "api", "app-connections");
    CrudCalls<McpServer> mcpServers = new CrudCalls<>(rest, McpServer.class, "mcpServerId", "api", "mcp-servers");
    RunStreams streams = new RunStreams(transport, runs, builder.reconnectPolicy, streamThreads);
    this.workflows = new WorkflowsImpl(flows, runs, folders, connections, mcpServers, streams);
    this.async =
        new AsyncClient(new AsyncWorkflowsImpl(flows, runs, folders, connections, mcpServers, workflows));
  }

  /** Returns a builder; {@link Builder#baseUrl(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code FLOWKIT_BASE_URL} (required), then
   * {@code FLOWKIT_API_KEY}, or {@code FLOWKIT_EMAIL} and {@code FLOWKIT_PASSWORD}.
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
    return auth;
  }

  /** Flows, runs, folders, app connections and MCP servers. */
  public Workflows workflows() {
    return workflows;
  }

  /** The same calls, returning {@link java.util.concurrent.CompletableFuture}s. */
  public AsyncClient async() {
    return async;
  }

  /** The options this client was built with. */
  public ClientOptions options() {
    return transport.options();
  }

  /** The session cookies; {@link SessionCookieJar#cookies()} shows what a login stored. */
  public SessionCookieJar cookieJar() {
    return transport.cookieJar();
  }

  /**
   * Stops open streams and releases threads and idle connections. A shared {@link
   * OkHttpClient} given to the builder is left running.
   */
  @Override
  public void close() {
    workflows.cancelStreams();
    streamThreads.shutdown();
    if (options().okHttpClient() == null) {
      OkHttpClient client = transport.client();
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "FlowClient{" + options().baseUrl() + "}";
  }

  /** The asynchronous side of the client. */
  public static final class AsyncClient {
    private final AsyncWorkflows workflows;

    AsyncClient(AsyncWorkflows workflows) {
      this.workflows = workflows;
    }

    /** As {@link FlowClient#workflows()}, returning futures. */
    public AsyncWorkflows workflows() {
      return workflows;
    }
  }

  /** Builds a {@link FlowClient}; setters check their argument at once. */
  public static final class Builder {
    private final ClientOptions.Builder options = ClientOptions.builder();
    private @Nullable String email;
    private @Nullable String password;
    private ReconnectPolicy reconnectPolicy = ReconnectPolicy.defaults();

    Builder() {}

    /** The platform's base URL; see {@link ClientOptions.Builder#baseUrl(String)}. */
    public Builder baseUrl(String baseUrl) {
      options.baseUrl(baseUrl);
      return this;
    }

    /** Authenticates with an API key. */
    public Builder apiKey(String apiKey) {
      options.apiKey(Objects.requireNonNull(apiKey, "apiKey == null"));
      return this;
    }

    /** Which header carries the API key ({@code Authorization: Bearer} by default). */
    public Builder apiKeyHeader(ApiKeyHeader header) {
      options.apiKeyHeader(header);
      return this;
    }

    /**
     * Authenticates with a session: the client logs in with these on its first call and again
     * when the session expires. {@link #toString()} of the client never shows them.
     */
    public Builder credentials(String email, String password) {
      Objects.requireNonNull(email, "email == null");
      Objects.requireNonNull(password, "password == null");
      if (email.trim().isEmpty()) throw new IllegalArgumentException("email is empty");
      this.email = email;
      this.password = password;
      return this;
    }

    /** Allows plain http to a host that is not loopback. */
    public Builder allowInsecureHttp(boolean allow) {
      options.allowInsecureHttp(allow);
      return this;
    }

    /** How long to wait for a connection (10 s by default). */
    public Builder connectTimeout(Duration timeout) {
      options.connectTimeout(timeout);
      return this;
    }

    /** How long a response may be silent between bytes (60 s by default). */
    public Builder readTimeout(Duration timeout) {
      options.readTimeout(timeout);
      return this;
    }

    /** How long a request body may take between bytes (60 s by default). */
    public Builder writeTimeout(Duration timeout) {
      options.writeTimeout(timeout);
      return this;
    }

    /** A limit on each whole call; none by default. */
    public Builder callTimeout(Duration timeout) {
      options.callTimeout(timeout);
      return this;
    }

    /** How long a run's event stream may be silent before it is resumed (60 s by default). */
    public Builder streamReadTimeout(Duration timeout) {
      options.streamReadTimeout(timeout);
      return this;
    }

    /** How dropped event streams are resumed. */
    public Builder reconnectPolicy(ReconnectPolicy policy) {
      this.reconnectPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * How many times a call is repeated when that is safe: on 408, 429 and 503 always, on
     * other server errors and dropped connections only for GET, PUT, DELETE and requests with an
     * idempotency key (every POST that creates something has one). 3 by default; 0 turns
     * retries off.
     */
    public Builder maxRetries(int maxRetries) {
      options.maxRetries(maxRetries);
      return this;
    }

    /**
     * How long to wait between retries when the server gives no {@code Retry-After}:
     * {@code initial}, doubling up to {@code max} (500 ms and 8 s by default).
     */
    public Builder retryBackoff(Duration initial, Duration max) {
      options.retryBackoff(initial, max);
      return this;
    }

    /**
     * Sends at most this many requests per second (blocking, async and streams together);
     * requests beyond it wait for their turn. No limit by default.
     */
    public Builder maxRequestsPerSecond(double maxRequestsPerSecond) {
      options.maxRequestsPerSecond(maxRequestsPerSecond);
      return this;
    }

    /** Shares this client's connection pool and dispatcher; it is never shut down by us. */
    public Builder okHttpClient(OkHttpClient client) {
      options.okHttpClient(client);
      return this;
    }

    /** Keeps session cookies in {@code store} (to survive an app restart, say). */
    public Builder cookieStore(CookieStore store) {
      options.cookieStore(store);
      return this;
    }

    /** Adds a header to every request. */
    public Builder defaultHeader(String name, String value) {
      options.defaultHeader(name, value);
      return this;
    }

    /** Text appended to the {@code User-Agent}, such as {@code "my-app/1.2"}. */
    public Builder userAgentSuffix(String suffix) {
      options.userAgentSuffix(suffix);
      return this;
    }

    /** All settings at once, replacing those set so far. */
    public Builder options(ClientOptions clientOptions) {
      ClientOptions o = Objects.requireNonNull(clientOptions, "clientOptions == null");
      // The plain-http guard is copied, never switched off on the way.
      options.baseUrl(o.baseUrl()).allowInsecureHttp(o.allowInsecureHttp()).apiKey(o.apiKey())
          .apiKeyHeader(o.apiKeyHeader())
          .connectTimeout(o.connectTimeout()).readTimeout(o.readTimeout()).writeTimeout(o.writeTimeout())
          .callTimeout(o.callTimeout()).streamReadTimeout(o.streamReadTimeout()).maxRetries(o.maxRetries())
          .maxRequestsPerSecond(o.maxRequestsPerSecond())
          .retryBackoff(o.retryInitialBackoff(), o.retryMaxBackoff())
          .okHttpClient(o.okHttpClient()).cookieStore(o.cookieStore());
      for (Map.Entry<String, String> header : o.defaultHeaders().entrySet()) {
        options.defaultHeader(header.getKey(), header.getValue());
      }
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalStateException if the base URL is missing
     */
    public FlowClient build() {
      return new FlowClient(this);
    }
  }

  /** Daemon threads named {@code flowkit-stream-N}, so open streams never keep a JVM alive. */
  private static final class StreamThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "flowkit-stream-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
