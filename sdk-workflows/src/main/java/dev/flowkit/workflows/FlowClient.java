package dev.flowkit.workflows;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.internal.SessionCookieJar;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.internal.AsyncAuthServiceImpl;
import dev.flowkit.workflows.internal.AsyncWorkflowsImpl;
import dev.flowkit.workflows.internal.AuthCalls;
import dev.flowkit.workflows.internal.AuthServiceImpl;
import dev.flowkit.workflows.internal.FlowCalls;
import dev.flowkit.workflows.internal.LoginAuthenticator;
import dev.flowkit.workflows.internal.Resources;
import dev.flowkit.workflows.internal.Rest;
import dev.flowkit.workflows.internal.RunCalls;
import dev.flowkit.workflows.internal.RunStreams;
import dev.flowkit.workflows.internal.WorkflowCalls;
import dev.flowkit.workflows.internal.WorkflowsImpl;
import dev.flowkit.workflows.internal.WorkflowsJson;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Dialect;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
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
 * flow8; the Flowkit contract by default): the same calls and models on its wire.
 */
public final class FlowClient implements AutoCloseable {
  private final ClientOptions options;
  private final Transport transport;
  private final Resources resources;
  private final boolean ownsResources;
  private final AuthService auth;
  private final WorkflowsImpl workflows;
  private final AsyncClient async;
  private final Platform platform;

  private FlowClient(ClientOptions requested, @Nullable FlowClient parent, Platform platform, boolean apiKeyHeaderSet) {
    this.platform = platform;
    Dialect profile = platform.dialect();
    ClientOptions options = forPlatform(requested, profile, apiKeyHeaderSet);
    if (options.email() != null && !profile.supports(Operation.LOGIN)) {
      throw new IllegalStateException(profile.platform() + " has no login; authenticate with apiKey(…)");
    }
    this.options = options;
    this.ownsResources = parent == null;
    this.resources = parent == null ? new Resources() : parent.resources;
    // A derived client keeps the parent's session unless it logs in as someone else.
    SessionCookieJar cookies =
        parent != null && sameIdentity(parent.options, options)
            ? parent.transport.cookieJar()
            : new SessionCookieJar(options.cookieStore(), Clock.systemUTC());
    AuthCalls[] authCalls = new AuthCalls[1];
    String email = options.email();
    String password = options.password();
    LoginAuthenticator relogin =
        email == null || password == null
            ? null
            : new LoginAuthenticator(
                () -> Objects.requireNonNull(authCalls[0]).login(email, password).execute(),
                cookies);
    this.transport =
        new Transport(
            options, relogin, cookies, parent == null ? null : parent.transport.baseClient(), WorkflowsJson.moshi());
    Rest rest = new Rest(transport, profile);
    // Logins go through a client without the authenticator: a login's own 401 never re-enters it.
    authCalls[0] = new AuthCalls(rest, new Rest(transport.withoutAuthenticator(), profile));
    this.auth = new AuthServiceImpl(authCalls[0], cookies);

    FlowCalls flows = new FlowCalls(rest);
    RunCalls runs = new RunCalls(rest);
    RunStreams streams = new RunStreams(transport, runs, options.reconnectPolicy(), resources.streamThreads());
    WorkflowCalls calls = new WorkflowCalls(rest, flows, runs);
    this.workflows = new WorkflowsImpl(calls, streams);
    this.async =
        new AsyncClient(
            new AsyncWorkflowsImpl(calls, streams, resources.scheduler()),
            new AsyncAuthServiceImpl(authCalls[0], cookies));
  }

  /**
   * The options as the platform needs them: its API-key header unless one was chosen, and the
   * base URL without the platform's API root ({@code http://host/api/} works as {@code http://host/}).
   */
  private static ClientOptions forPlatform(ClientOptions options, Dialect profile, boolean apiKeyHeaderSet) {
    HttpUrl base = profile.normalize(options.baseUrl());
    boolean header = !apiKeyHeaderSet && options.apiKeyHeader() != profile.apiKeyHeader();
    if (base.equals(options.baseUrl()) && !header) return options;
    ClientOptions.Builder b = options.toBuilder().baseUrl(base.toString());
    if (header) b.apiKeyHeader(profile.apiKeyHeader());
    return b.build();
  }

  private static boolean sameIdentity(ClientOptions a, ClientOptions b) {
    return a.baseUrl().equals(b.baseUrl())
        && Objects.equals(a.email(), b.email())
        && Objects.equals(a.password(), b.password())
        && a.cookieStore() == b.cookieStore();
  }

  /** Returns a builder; {@link Builder#baseUrl(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code FLOWKIT_BASE_URL} (required), then
   * {@code FLOWKIT_API_KEY}, or {@code FLOWKIT_EMAIL} and {@code FLOWKIT_PASSWORD}, and
   * optionally {@code FLOWKIT_PLATFORM} ({@code IAI_FLOW}, {@code FLOWAI}, {@code IMBRACE},
   * {@code FLOW8}; default {@code FLOWKIT}).
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

  /** The platform this client speaks. */
  public Platform platform() {
    return platform;
  }

  /** The options this client was built with. */
  public ClientOptions options() {
    return options;
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
    return transport.cookieJar().cookies();
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
    workflows.cancelStreams();
    if (!ownsResources) return;
    resources.shutdown();
    if (options.okHttpClient() == null) {
      OkHttpClient client = transport.baseClient();
      client.dispatcher().cancelAll();
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "FlowClient{" + (platform == Platform.FLOWKIT ? "" : platform + " ") + options.baseUrl() + "}";
  }

  /** The asynchronous side of the client: the same calls, returning futures. */
  public static final class AsyncClient {
    private final AsyncWorkflows workflows;
    private final AsyncAuthService auth;

    AsyncClient(AsyncWorkflows workflows, AsyncAuthService auth) {
      this.workflows = workflows;
      this.auth = auth;
    }

    /** As {@link FlowClient#workflows()}, returning futures. */
    public AsyncWorkflows workflows() {
      return workflows;
    }

    /** As {@link FlowClient#auth()}, returning futures. */
    public AsyncAuthService auth() {
      return auth;
    }
  }

  /**
   * Builds a {@link FlowClient}. Every setter is a {@link ClientOptions} setting (see {@link
   * ClientOptions.AbstractBuilder}); {@link #from(ClientOptions)} takes them all at once.
   */
  public static final class Builder extends ClientOptions.AbstractBuilder<Builder> {
    private Platform platform = Platform.FLOWKIT;
    private boolean apiKeyHeaderSet;

    Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The platform to speak ({@link Platform#FLOWKIT} by default). It also picks the API-key
     * header the platform expects, unless {@link #apiKeyHeader} chooses one.
     */
    public Builder platform(Platform platform) {
      this.platform = Objects.requireNonNull(platform, "platform == null");
      return this;
    }

    @Override
    public Builder apiKeyHeader(ApiKeyHeader apiKeyHeader) {
      apiKeyHeaderSet = true;
      return super.apiKeyHeader(apiKeyHeader);
    }

    /**
     * Returns the client.
     *
     * @throws IllegalStateException if the base URL is missing, or credentials are given for a
     *     platform without login (FlowAI)
     */
    public FlowClient build() {
      return new FlowClient(buildOptions(), null, platform, apiKeyHeaderSet);
    }
  }
}
