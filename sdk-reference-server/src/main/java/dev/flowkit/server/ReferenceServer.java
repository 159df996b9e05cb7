package dev.flowkit.server;

import dev.flowkit.server.internal.ConnectionSockets;
import dev.flowkit.server.internal.DemoData;
import dev.flowkit.server.internal.Platform;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Services;
import dev.flowkit.server.internal.platform.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.jspecify.annotations.Nullable;

/**
 * The whole Flow platform of {@code openapi/flow-api.yaml}, in memory, on {@code 127.0.0.1}. It runs flows for
 * real, streams their events, and can be told to misbehave ({@link #faults()}).
 *
 * <pre>{@code
 * try (ReferenceServer server = ReferenceServer.builder().start()) {
 *   HttpUrl base = server.url();
 *   String key = server.demoApiKey();
 *   String hello = server.flowId("Hello");
 * }
 * }</pre>
 */
public final class ReferenceServer implements AutoCloseable {
  /** The seeded demo user's email. */
  public static final String DEMO_EMAIL = "demo@flowkit.dev";
  /** The seeded demo user's password. */
  public static final String DEMO_PASSWORD = "demo-password";
  /** A second user, in another workspace (for 403 tests). */
  public static final String OTHER_EMAIL = "other@flowkit.dev";
  /** The second user's password. */
  public static final String OTHER_PASSWORD = "other-password";

  private final MockWebServer server = new MockWebServer();
  private final Services services;
  private final Router router = new Router();
  private final Faults faults = new Faults();
  private final ServerDispatcher dispatcher;
  private final @Nullable HandshakeCertificates clientCertificates;
  private final DemoData.Seeded seeded;
  private final int port;
  private final ServerPlatform serverPlatform;
  private final Dialect dialect;

  private ReferenceServer(Builder b) throws IOException {
    Platform platform = new Platform(b.clock, b.ids, b.tls, b.heartbeatMillis, b.streamRetryMillis,
        b.maxBodyBytes, b.maxRunWaitMillis);
    platform.webSocketPingMillis = b.webSocketPingMillis;
    platform.webSocketPongTimeoutMillis = b.webSocketPongTimeoutMillis;
    platform.scheduleTickMillis = b.scheduleTickMillis;
    services = new Services(platform, b.executorThreads);
    serverPlatform = b.platform;
    dialect = b.platform.dialect();
    for (String[] hook : b.webhooks) services.webhooks.addTarget(hook[0], hook[1]);
    if (b.webhookScheduler != null) services.webhooks.scheduler(b.webhookScheduler::schedule);
    dialect.register(router, services);
    seeded = dialect.seed(services, DemoData.seed(services, b.seedDemoData), b.seedDemoData);
    dialect.seeded(services, seeded.owner(), seeded.flowIds());
    dispatcher = new ServerDispatcher(services, router, faults, dialect);
    server.setDispatcher(dispatcher);
    server.setBodyLimit(b.maxBodyBytes + 1);
    server.setProtocols(List.of(Protocol.HTTP_1_1));
    javax.net.ssl.SSLSocketFactory tls = null;
    if (b.tls) {
      HeldCertificate cert = new HeldCertificate.Builder()
          .addSubjectAlternativeName("127.0.0.1")
          .addSubjectAlternativeName("localhost")
          .commonName("flowkit-reference-server")
          .build();
      HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(cert).build();
      tls = serverCerts.sslSocketFactory(); // terminated per connection, before the request framing
      clientCertificates = new HandshakeCertificates.Builder()
          .addTrustedCertificate(cert.certificate())
          .build();
    } else {
      clientCertificates = null;
    }
    server.setServerSocketFactory(new ConnectionSockets(b.maxBodyBytes, tls));
    server.start(InetAddress.getByName("127.0.0.1"), b.port);
    port = server.getPort();
  }

  /** Starts configuring a server. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321/}. */
  public HttpUrl url() {
    return new HttpUrl.Builder()
        .scheme(clientCertificates != null ? "https" : "http")
        .host("127.0.0.1")
        .port(port)
        .build();
  }

  /**
   * Certificates that trust this server, for {@code OkHttpClient.Builder.sslSocketFactory}.
   *
   * @throws IllegalStateException when the server does not use TLS
   */
  public HandshakeCertificates clientCertificates() {
    if (clientCertificates == null) throw new IllegalStateException("server started without tls(true)");
    return clientCertificates;
  }

  /** The platform this server impersonates. */
  public ServerPlatform platform() {
    return serverPlatform;
  }

  /**
   * The journey of this platform's document as curl commands against this server: sign in, list,
   * trigger, read the run (or call and stream, for FlowAI).
   */
  public String curlJourney() {
    String base = url().toString().replaceAll("/$", "");
    return dialect.journey(new Dialect.Facts(base, DEMO_EMAIL, DEMO_PASSWORD, demoApiKey(), flowIds()));
  }

  /** A seeded API key of the demo user. */
  public String demoApiKey() {
    return seeded.demoApiKey();
  }

  /**
   * The id of a seeded flow ("Hello", "Story", "Approval", "Slow", "Failing").
   *
   * @throws IllegalArgumentException for an unknown name or when demo data is off
   */
  public String flowId(String displayName) {
    String id = seeded.flowIds().get(displayName);
    if (id == null) {
      throw new IllegalArgumentException("No seeded flow '" + displayName + "'; seeded: "
          + seeded.flowIds().keySet());
    }
    return id;
  }

  /** Seeded flow names → ids, in seeding order. */
  public Map<String, String> flowIds() {
    return Collections.unmodifiableMap(seeded.flowIds());
  }

  /** The fault injector for the next requests and streams. */
  public Faults faults() {
    return faults;
  }

  /** Invalidates every session at once (API keys keep working), as a login that expires. */
  public void expireAllSessions() {
    services.auth.expireAllSessions();
  }

  /** Every exchange so far, oldest first, secrets redacted. */
  public List<RecordedExchange> exchanges() {
    return dispatcher.exchanges();
  }

  /** Forgets the recorded exchanges. */
  public void clearExchanges() {
    dispatcher.clearExchanges();
  }

  /**
   * How many event streams the server is writing right now. A client that closes its stream
   * is seen here as soon as the next event or heartbeat fails to reach it.
   */
  public int openStreams() {
    return dispatcher.openStreams();
  }

  /** How many runs of this flow were created, to prove exactly-once triggering. */
  public int runsCreated(String flowId) {
    return services.engine.runsCreated(flowId);
  }

  /** WebSocket connections open now (flow8's {@code /api/ws}). */
  public int openWebSockets() {
    return dialect.webSockets();
  }

  /**
   * Drops every open WebSocket connection without a close frame, as a network failure would, so
   * a test can check that a client reconnects and misses nothing.
   */
  public void dropWebSockets() {
    dialect.dropWebSockets();
  }

  /**
   * Starts the plays of every schedule that is due by the server's clock now, without waiting
   * for the next timer tick (see {@link Builder#clock} and {@link Builder#scheduleTickMillis}).
   */
  public void fireDueSchedules() {
    dialect.fireSchedules();
  }

  /**
   * Every attempt to deliver a signed webhook so far, oldest first (IAI Flow sends them to the
   * receivers {@link Builder#webhook} set). Deliveries happen in the background: poll this until
   * what a test waits for is there.
   */
  public List<WebhookDelivery> webhookDeliveries() {
    List<WebhookDelivery> out = new java.util.ArrayList<>();
    for (dev.flowkit.server.internal.iaiflow.Webhooks.Attempt a : services.webhooks.attempts()) {
      out.add(new WebhookDelivery(a.event(), a.url(), a.attempt(), a.status(), a.error(),
          WebhookDelivery.Outcome.valueOf(a.outcome()), a.retryAfter(), a.body()));
    }
    return out;
  }

  /** Every route served, as {@code "METHOD /api/path/{param}"}, aliases included. */
  public List<String> routes() {
    return router.describe();
  }

  /** Stops the server, its streams and its runs. */
  @Override public void close() {
    services.platform.close();
    services.engine.close();
    dialect.close();
    services.webhooks.close();
    try {
      server.close();
    } catch (RuntimeException e) {
      // closing anyway
    }
  }

  @Override public String toString() {
    return "ReferenceServer{" + serverPlatform + " " + url() + "}";
  }

  /** Configures a {@link ReferenceServer}. */
  public static final class Builder {
    int port;
    boolean tls;
    Clock clock = Clock.systemUTC();
    IdGenerator ids = IdGenerator.sequential();
    long heartbeatMillis = 15_000;
    long maxBodyBytes = 1024 * 1024;
    boolean seedDemoData = true;
    int executorThreads = 8;
    long webSocketPingMillis = 15_000;
    long webSocketPongTimeoutMillis = 30_000;
    long scheduleTickMillis = 1_000;
    long streamRetryMillis;
    ServerPlatform platform = ServerPlatform.FLOWKIT;
    long maxRunWaitMillis = Long.MAX_VALUE;
    final List<String[]> webhooks = new java.util.ArrayList<>();
    @Nullable DelayScheduler webhookScheduler;

    Builder() {}

    /**
     * Caps how long any request waits for a run to end (a sync trigger's {@code timeoutMs}, the
     * FlowAI call's wait), for tests that must not wait out a paused run. Each route answers as
     * it does when its own wait runs out.
     */
    Builder maxRunWait(java.time.Duration wait) {
      this.maxRunWaitMillis = Math.max(1, wait.toMillis());
      return this;
    }

    /** The platform to impersonate (default {@link ServerPlatform#FLOWKIT}, the full contract). */
    public Builder platform(ServerPlatform platform) {
      this.platform = Objects.requireNonNull(platform, "platform == null");
      return this;
    }

    /** The port on 127.0.0.1; 0 (default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port: " + port);
      this.port = port;
      return this;
    }

    /** Serve HTTPS with a fresh self-signed certificate; see {@link #clientCertificates()}. */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /** The clock for every timestamp (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The id generator (default: {@link IdGenerator#sequential()}). */
    public Builder idGenerator(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids == null");
      return this;
    }

    /** Quiet time before an event stream sends {@code : ping} (default 15000). */
    public Builder heartbeatMillis(long millis) {
      if (millis < 1) throw new IllegalArgumentException("heartbeatMillis < 1");
      this.heartbeatMillis = millis;
      return this;
    }

    /** Largest accepted request body; larger is 413 (default 1 MiB). */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 0) throw new IllegalArgumentException("maxBodyBytes < 0");
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Seed the demo users, API key and flows (default true). */
    public Builder seedDemoData(boolean seed) {
      this.seedDemoData = seed;
      return this;
    }

    /** Threads that execute runs (default 8). */
    public Builder executorThreads(int threads) {
      if (threads < 1) throw new IllegalArgumentException("executorThreads < 1");
      this.executorThreads = threads;
      return this;
    }

    /** How often a WebSocket is pinged (default 15 s, as flow8 documents). */
    public Builder webSocketPingMillis(long millis) {
      if (millis < 1) throw new IllegalArgumentException("webSocketPingMillis < 1");
      this.webSocketPingMillis = millis;
      return this;
    }

    /** How long without a pong closes a WebSocket (default 30 s, as flow8 documents). */
    public Builder webSocketPongTimeoutMillis(long millis) {
      if (millis < 1) throw new IllegalArgumentException("webSocketPongTimeoutMillis < 1");
      this.webSocketPongTimeoutMillis = millis;
      return this;
    }

    /** How often the server looks for due schedules on its clock (default 1 s). */
    public Builder scheduleTickMillis(long millis) {
      if (millis < 1) throw new IllegalArgumentException("scheduleTickMillis < 1");
      this.scheduleTickMillis = millis;
      return this;
    }

    /** If positive, every event stream begins with {@code retry: <ms>} (default 0: none). */
    public Builder streamRetryMillis(long millis) {
      this.streamRetryMillis = millis;
      return this;
    }

    /**
     * Sends IAI Flow's signed webhooks ({@code run.started}, {@code run.completed},
     * {@code run.failed}, {@code flow.updated}, {@code agent.completed}) to {@code url}, signed
     * with {@code secret}: {@code X-IAI-Signature: sha256=<HMAC-SHA256 of the body>}. A receiver
     * that does not answer 2xx is tried again 30 s, 5 min and 30 min later (see {@link
     * #webhookScheduler}). May be called more than once; only {@link ServerPlatform#IAI_FLOW}
     * sends webhooks.
     *
     * @throws IllegalArgumentException if {@code url} is not an http(s) URL or the secret is empty
     */
    public Builder webhook(String url, String secret) {
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(secret, "secret == null");
      if (HttpUrl.parse(url) == null) throw new IllegalArgumentException("webhook url is not an http(s) URL: " + url);
      if (secret.isEmpty()) throw new IllegalArgumentException("webhook secret is empty");
      webhooks.add(new String[] {url, secret});
      return this;
    }

    /**
     * How webhook retries wait (default: a background timer, for real 30 s / 5 min / 30 min). A
     * test passes one that runs the retry at once and records the delay asked for.
     */
    public Builder webhookScheduler(DelayScheduler scheduler) {
      this.webhookScheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    /**
     * Starts the server.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public ReferenceServer start() {
      if (!webhooks.isEmpty() && platform != ServerPlatform.IAI_FLOW) {
        throw new IllegalStateException("webhooks are sent by the IAI_FLOW platform only, not " + platform);
      }
      try {
        return new ReferenceServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the reference server on port " + port, e);
      }
    }
  }
}
