package dev.flowkit.workflows.internal;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.internal.SessionCookieJar;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.AsyncAuthService;
import dev.flowkit.workflows.AsyncWorkflows;
import dev.flowkit.workflows.AuthService;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.AsyncActivepieces;
import dev.flowkit.workflows.flow8.AsyncFlow8;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.iaiflow.AsyncIaiFlow;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import dev.flowkit.workflows.internal.activepieces.ActivepiecesCalls;
import dev.flowkit.workflows.internal.activepieces.ActivepiecesImpl;
import dev.flowkit.workflows.internal.flow8.Flow8Calls;
import dev.flowkit.workflows.internal.flow8.Flow8Impl;
import dev.flowkit.workflows.internal.flow8.Flow8Live;
import dev.flowkit.workflows.internal.iaiflow.IaiFlowCalls;
import dev.flowkit.workflows.internal.iaiflow.IaiFlowImpl;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.Operation;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
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
  /** The platform-native facades: which platforms have each, and how to build it. */
  public enum Native {
    FLOW8("flow8()", "FLOW8"),
    ACTIVEPIECES("activepieces()", "ACTIVEPIECES", "IMBRACE"),
    IAI_FLOW("iaiFlow()", "IAI_FLOW");

    final String accessor;
    final String[] platforms;

    Native(String accessor, String... platforms) {
      this.accessor = accessor;
      this.platforms = platforms;
    }

    boolean servedBy(String platform) {
      for (String p : platforms) {
        if (p.equals(platform)) return true;
      }
      return false;
    }
  }

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
  private final @Nullable Flow8Live flow8Live;
  private final @Nullable Flow8Calls flow8Calls;
  // The native facades are made on first use, so an app that never calls one (or an Android app
  // shrunk by R8) carries none of its classes.
  private @Nullable Flow8Impl flow8;
  private @Nullable ActivepiecesImpl activepieces;
  private @Nullable IaiFlowImpl iaiFlow;

  /**
   * The parts of a client with {@code requested} options speaking {@code dialect}; a client
   * derived from {@code parent} shares its pool, dispatcher and threads, and its session unless
   * it signs in as someone else.
   */
  public ClientWiring(ClientOptions requested, @Nullable ClientWiring parent, Dialect dialect, boolean apiKeyHeaderSet) {
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

    RunCalls runs = new RunCalls(rest);
    RunStreams streams = new RunStreams(transport, runs, options.reconnectPolicy(), resources.streamThreads());
    WorkflowCalls calls = new WorkflowCalls(rest, new FlowCalls(rest), runs);
    this.workflows = new WorkflowsImpl(calls, streams);
    this.asyncWorkflows = new AsyncWorkflowsImpl(calls, streams, resources.scheduler());

    String platform = dialect.platform();
    if (Native.FLOW8.servedBy(platform)) {
      this.flow8Calls = new Flow8Calls(rest);
      this.flow8Live = new Flow8Live(rest, new FlowCalls(rest), runs, flow8Calls, streams, resources.streamThreads());
      streams.useSockets(flow8Live); // flow8's run events come over its WebSocket
    } else {
      this.flow8Calls = null;
      this.flow8Live = null;
    }
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

  public Flow8 flow8() {
    return flow8Impl();
  }

  public AsyncFlow8 asyncFlow8() {
    return flow8Impl().async();
  }

  public Activepieces activepieces() {
    return activepiecesImpl();
  }

  public AsyncActivepieces asyncActivepieces() {
    return activepiecesImpl().async();
  }

  public IaiFlow iaiFlow() {
    return iaiFlowImpl();
  }

  public AsyncIaiFlow asyncIaiFlow() {
    return iaiFlowImpl().async();
  }

  private synchronized Flow8Impl flow8Impl() {
    if (flow8 == null) {
      require(Native.FLOW8);
      flow8 = new Flow8Impl(Objects.requireNonNull(flow8Calls), Objects.requireNonNull(flow8Live));
    }
    return flow8;
  }

  private synchronized ActivepiecesImpl activepiecesImpl() {
    if (activepieces == null) {
      require(Native.ACTIVEPIECES);
      activepieces = new ActivepiecesImpl(new ActivepiecesCalls(rest));
    }
    return activepieces;
  }

  private synchronized IaiFlowImpl iaiFlowImpl() {
    if (iaiFlow == null) {
      require(Native.IAI_FLOW);
      iaiFlow = new IaiFlowImpl(new IaiFlowCalls(rest));
    }
    return iaiFlow;
  }

  /** Refuses, naming the platforms that have it, a native facade this client's platform lacks. */
  private void require(Native which) {
    if (which.servedBy(dialect.platform())) return;
    StringBuilder platforms = new StringBuilder();
    for (String p : which.platforms) platforms.append(platforms.length() == 0 ? "" : " or ").append("Platform.").append(p);
    throw new UnsupportedOperationException(which.accessor + " is for a client built with .platform(" + platforms
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
