package dev.flowkit.workflows.internal;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.internal.SessionCookieJar;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.AsyncAuthService;
import dev.flowkit.workflows.AsyncWorkflows;
import dev.flowkit.workflows.AuthService;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.Operation;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import okhttp3.Cookie;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Builds and holds the parts of one {@code FlowClient}: its transport (sharing a parent's
 * pool, threads and session where it may), the call descriptions, and the facades of its
 * platform. {@code FlowClient} itself only hands them out.
 */
public final class ClientWiring {
  private final ClientOptions options;
  private final Dialect dialect;
  private final Transport transport;
  private final Resources resources;
  private final boolean ownsResources;
  private final AuthService auth;
  private final AsyncAuthService asyncAuth;
  private final WorkflowsImpl workflows;
  private final AsyncWorkflows asyncWorkflows;
  private final Rest rest;
  private final RunCalls runs;
  private final RunStreams streams;
  // What a platform module keeps per client (its native facade, flow8's WebSocket runs), made
  // on first use, so a client that never calls a native facade makes none.
  private final ConcurrentMap<Class<?>, Object> extensions = new ConcurrentHashMap<>();

  private static volatile @Nullable Access access;

  /** How a platform module reaches the wiring of a client: {@link FlowClient} hands it over. */
  public interface Access {
    ClientWiring of(FlowClient client);

    ClientWiring of(FlowClient.AsyncClient client);
  }

  /** Called once, by {@link FlowClient} as it loads. */
  public static void grant(Access a) {
    synchronized (ClientWiring.class) {
      if (access != null) throw new IllegalStateException("already granted");
      access = a;
    }
  }

  /** The wiring of {@code client}. */
  public static ClientWiring of(FlowClient client) {
    Objects.requireNonNull(client, "client == null");
    return Objects.requireNonNull(access).of(client);
  }

  /** The wiring of {@code client}. */
  public static ClientWiring of(FlowClient.AsyncClient client) {
    Objects.requireNonNull(client, "client == null");
    return Objects.requireNonNull(access).of(client);
  }

  /**
   * The parts of a client with {@code requested} options speaking {@code dialect}; a client
   * derived from {@code parent} shares its pool, dispatcher and threads, and its session unless
   * it signs in as someone else.
   */
  public ClientWiring(ClientOptions requested, @Nullable ClientWiring parent, Dialect dialect,
      @Nullable PlatformModule module, boolean apiKeyHeaderSet) {
    this.dialect = dialect;
    ClientOptions options = forPlatform(requested, dialect, apiKeyHeaderSet);
    if (options.email() != null && !dialect.supports(Operation.LOGIN)) {
      throw new IllegalStateException(dialect.platform() + " has no login; authenticate with apiKey(…)");
    }
    this.options = options;
    this.ownsResources = parent == null;
    this.resources = parent == null ? new Resources() : parent.resources;
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
            : new LoginAuthenticator(() -> Objects.requireNonNull(authCalls[0]).login(email, password).execute(), cookies);
    this.transport = new Transport(
        options, relogin, cookies, parent == null ? null : parent.transport.baseClient(), WorkflowsJson.moshi());
    Rest rest = new Rest(transport, dialect);
    this.rest = rest;
    // Logins go through a client without the authenticator: a login's own 401 never re-enters it.
    authCalls[0] = new AuthCalls(rest, new Rest(transport.withoutAuthenticator(), dialect));
    this.auth = new AuthServiceImpl(authCalls[0], cookies);
    this.asyncAuth = new AsyncAuthServiceImpl(authCalls[0], cookies);

    this.runs = new RunCalls(rest);
    this.streams = new RunStreams(transport, runs, options.reconnectPolicy(), resources.streamThreads());
    WorkflowCalls calls = new WorkflowCalls(rest, new FlowCalls(rest), runs);
    this.workflows = new WorkflowsImpl(calls, streams);
    this.asyncWorkflows = new AsyncWorkflowsImpl(calls, streams, resources.scheduler());
    if (module != null) module.attach(this);
  }

  /**
   * The options as the platform needs them: its API-key header unless one was chosen, and the
   * base URL without the platform's API root ({@code http://host/api/} works as {@code http://host/}).
   */
  private static ClientOptions forPlatform(ClientOptions options, Dialect dialect, boolean apiKeyHeaderSet) {
    HttpUrl base = dialect.normalize(options.baseUrl());
    boolean header = !apiKeyHeaderSet && options.apiKeyHeader() != dialect.apiKeyHeader();
    if (base.equals(options.baseUrl()) && !header) return options;
    ClientOptions.Builder b = options.toBuilder().baseUrl(base.toString());
    if (header) b.apiKeyHeader(dialect.apiKeyHeader());
    return b.build();
  }

  private static boolean sameIdentity(ClientOptions a, ClientOptions b) {
    return a.baseUrl().equals(b.baseUrl())
        && Objects.equals(a.email(), b.email())
        && Objects.equals(a.password(), b.password())
        && Objects.equals(a.accessToken(), b.accessToken())
        && Objects.equals(a.organizationId(), b.organizationId())
        && a.cookieStore() == b.cookieStore();
  }

  public ClientOptions options() {
    return options;
  }

  public AuthService auth() {
    return auth;
  }

  public AsyncAuthService asyncAuth() {
    return asyncAuth;
  }

  public Workflows workflows() {
    return workflows;
  }

  public AsyncWorkflows asyncWorkflows() {
    return asyncWorkflows;
  }

  /** The calls, in this client's dialect. */
  public Rest rest() {
    return rest;
  }

  /** The run calls the shared facade uses. */
  public RunCalls runs() {
    return runs;
  }

  /** The client's run streams. */
  public RunStreams streams() {
    return streams;
  }

  /** The threads that deliver stream events. */
  public ExecutorService streamThreads() {
    return resources.streamThreads();
  }

  /**
   * What {@code type} keeps for this client, made by {@code make} on first use: a native
   * facade, or what {@link PlatformModule#attach} put in place.
   */
  public <T> T extension(Class<T> type, Function<ClientWiring, ? extends T> make) {
    Object made = extensions.get(type);
    if (made == null) {
      T fresh = make.apply(this);
      Object raced = extensions.putIfAbsent(type, fresh);
      made = raced != null ? raced : fresh;
    }
    return type.cast(made);
  }

  /**
   * What {@link PlatformModule#attach} put in place for {@code type}.
   *
   * @throws IllegalStateException if nothing was
   */
  public <T> T attached(Class<T> type) {
    Object made = extensions.get(type);
    if (made == null) throw new IllegalStateException(type.getSimpleName() + " was not attached to this client");
    return type.cast(made);
  }

  /**
   * Refuses, naming the platforms that have it, a native facade ({@code entry}, such as {@code
   * Flow8.of(client)}) this client's platform lacks.
   */
  public void requirePlatform(String entry, String... platforms) {
    for (String p : platforms) {
      if (p.equals(dialect.platform())) return;
    }
    StringBuilder names = new StringBuilder();
    for (String p : platforms) names.append(names.length() == 0 ? "" : " or ").append("Platform.").append(p);
    throw new UnsupportedOperationException(entry + " is for a client built with .platform(" + names
        + "); this client speaks " + dialect.platform() + ". Use client.workflows() for the calls every platform has");
  }

  /** The session cookies the client holds now. */
  public List<Cookie> sessionCookies() {
    return transport.cookieJar().cookies();
  }

  /** Stops open streams and, for a client that owns them, its threads, calls and connections. */
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
}
