package dev.flowkit.core;

import dev.flowkit.core.internal.BaseUrls;
import dev.flowkit.core.internal.Version;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Every setting of a Flowkit client: where the platform is, as whom to call it (an API key, or
 * email and password for a session), how patiently, how many calls at once, and how streams
 * resume. Immutable; build one with {@link #builder()}, derive a variant with {@link
 * #toBuilder()}.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .baseUrl("https://flow.example.com")
 *     .apiKey(System.getenv("FLOWKIT_API_KEY"))
 *     .build();
 * }</pre>
 *
 * {@link #toString()} never prints the API key, the access token, the organization id or the
 * password.
 */
public final class ClientOptions {
  /** The default connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The default read and write timeouts: 60 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  /** How long an event stream may stay silent before it counts as dropped: 60 s. */
  public static final Duration DEFAULT_STREAM_READ_TIMEOUT = Duration.ofSeconds(60);
  /**
   * How often a WebSocket stream pings the server to tell that it is alive: 15 s, the interval
   * at which flow8's server pings its clients.
   */
  public static final Duration DEFAULT_WEB_SOCKET_PING_INTERVAL = Duration.ofSeconds(15);
  /** How many times a failed call is retried when it is safe to do so. */
  public static final int DEFAULT_MAX_RETRIES = 3;
  /** How many calls may be in flight at once, per client and per host: 64. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 64;
  /** The wait before the first retry (doubled each time, with jitter) when no Retry-After says. */
  public static final Duration DEFAULT_RETRY_INITIAL_BACKOFF = Duration.ofMillis(500);
  /** The longest computed wait between retries. */
  public static final Duration DEFAULT_RETRY_MAX_BACKOFF = Duration.ofSeconds(8);

  final HttpUrl baseUrl;
  final boolean allowInsecureHttp;
  final @Nullable String apiKey;
  final ApiKeyHeader apiKeyHeader;
  final @Nullable String accessToken;
  final @Nullable String organizationId;
  final @Nullable String email;
  final @Nullable String password;
  final Duration connectTimeout;
  final Duration readTimeout;
  final Duration writeTimeout;
  final Duration callTimeout;
  final Duration streamReadTimeout;
  final Duration webSocketPingInterval;
  final int maxRetries;
  final int maxConcurrentRequests;
  final double maxRequestsPerSecond;
  final Duration retryInitialBackoff;
  final Duration retryMaxBackoff;
  final ReconnectPolicy reconnectPolicy;
  final @Nullable String userAgentSuffix;
  final @Nullable OkHttpClient okHttpClient;
  final Map<String, String> defaultHeaders;
  final CookieStore cookieStore;
  final HttpLogLevel httpLogLevel;

  ClientOptions(Builder builder) {
    if (builder.baseUrl == null) throw new IllegalStateException("baseUrl is required");
    if (builder.apiKey != null && builder.accessToken != null) {
      throw new IllegalStateException("apiKey and accessToken are both set; a client authenticates with one of them");
    }
    this.baseUrl = BaseUrls.parse(builder.baseUrl, builder.allowInsecureHttp);
    this.allowInsecureHttp = builder.allowInsecureHttp;
    this.apiKey = builder.apiKey;
    this.apiKeyHeader = builder.apiKeyHeader;
    this.accessToken = builder.accessToken;
    this.organizationId = builder.organizationId;
    this.email = builder.email;
    this.password = builder.password;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.streamReadTimeout = builder.streamReadTimeout;
    this.webSocketPingInterval = builder.webSocketPingInterval;
    this.maxRetries = builder.maxRetries;
    this.maxConcurrentRequests = builder.maxConcurrentRequests;
    this.maxRequestsPerSecond = builder.maxRequestsPerSecond;
    this.retryInitialBackoff = builder.retryInitialBackoff;
    this.retryMaxBackoff = builder.retryMaxBackoff;
    this.reconnectPolicy = builder.reconnectPolicy;
    this.userAgentSuffix = builder.userAgentSuffix;
    this.okHttpClient = builder.okHttpClient;
    this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.defaultHeaders));
    this.cookieStore = builder.cookieStore;
    this.httpLogLevel = builder.httpLogLevel;
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options, to derive a variant. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** The platform's base URL, always ending in {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** Whether plain http to a host other than loopback was allowed ({@code false} by default). */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** The API key, or null when the client authenticates with a session. */
  public @Nullable String apiKey() {
    return apiKey;
  }

  /** The header that carries {@link #apiKey()}. */
  public ApiKeyHeader apiKeyHeader() {
    return apiKeyHeader;
  }

  /**
   * The user's access token (Imbrace's {@code x-access-token}, or a JWT), or null when the
   * client authenticates otherwise.
   */
  public @Nullable String accessToken() {
    return accessToken;
  }

  /** The organization every request is scoped to ({@code x-organization-id}), or null. */
  public @Nullable String organizationId() {
    return organizationId;
  }

  /** The email the client logs in with, or null without session credentials. */
  public @Nullable String email() {
    return email;
  }

  /** The password the client logs in with, or null without session credentials. */
  public @Nullable String password() {
    return password;
  }

  /** How long to wait for a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long a response may be silent between bytes. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** How long a request body may take between bytes. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** The limit on a whole call, from connect to the last body byte; zero means none. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** How long an event stream may be silent (no event, no heartbeat) before it is resumed. */
  public Duration streamReadTimeout() {
    return streamReadTimeout;
  }

  /**
   * How often a WebSocket stream pings the server; a pong that does not come back within the next
   * interval counts the connection as dropped. {@link Duration#ZERO} means no pings.
   */
  public Duration webSocketPingInterval() {
    return webSocketPingInterval;
  }

  /** How many times a failed call is retried when it is safe to retry it. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The wait before the first retry when the server gives no {@code Retry-After}; doubled each time. */
  public Duration retryInitialBackoff() {
    return retryInitialBackoff;
  }

  /** The longest computed wait between two retries. */
  public Duration retryMaxBackoff() {
    return retryMaxBackoff;
  }

  /**
   * How many calls may be in flight at once (per client, and per host). Calls beyond it wait in
   * the client's queue. Applied to the client's own OkHttp dispatcher; a caller's {@link
   * #okHttpClient()} keeps its own dispatcher and limits.
   */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /**
   * The most requests this client sends per second, or 0 (the default) for no limit. Requests
   * beyond it wait for their turn; retries count too.
   */
  public double maxRequestsPerSecond() {
    return maxRequestsPerSecond;
  }

  /** How dropped event streams are resumed. */
  public ReconnectPolicy reconnectPolicy() {
    return reconnectPolicy;
  }

  /** Text appended to the {@code User-Agent}, or null. */
  public @Nullable String userAgentSuffix() {
    return userAgentSuffix;
  }

  /** The {@code User-Agent} sent on every request: {@code flowkit-java/<version>} and the suffix. */
  public String userAgent() {
    return userAgentSuffix == null ? Version.userAgent() : Version.userAgent() + " " + userAgentSuffix;
  }

  /** The caller's client whose connection pool and dispatcher are shared, or null. */
  public @Nullable OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** Headers added to every request unless the request sets them itself. */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /** Where the session cookies are kept between runs. */
  public CookieStore cookieStore() {
    return cookieStore;
  }

  /** How much of each HTTP exchange is logged, always with secrets redacted. */
  public HttpLogLevel httpLogLevel() {
    return httpLogLevel;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl
        + ", apiKey=" + (apiKey == null ? "null" : "<redacted>")
        + ", apiKeyHeader=" + apiKeyHeader
        + (accessToken == null ? "" : ", accessToken=<redacted>")
        + (organizationId == null ? "" : ", organizationId=<redacted>")
        + ", email=" + email
        + ", password=" + (password == null ? "null" : "<redacted>")
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout
        + ", streamReadTimeout=" + streamReadTimeout
        + ", webSocketPingInterval=" + webSocketPingInterval
        + ", maxRetries=" + maxRetries
        + ", maxConcurrentRequests=" + maxConcurrentRequests
        + (maxRequestsPerSecond > 0 ? ", maxRequestsPerSecond=" + maxRequestsPerSecond : "")
        + ", reconnectPolicy=" + reconnectPolicy
        + ", userAgent=" + userAgent()
        + ", defaultHeaders=" + defaultHeaders.keySet()
        + ", httpLogLevel=" + httpLogLevel
        + "}";
  }

  /**
   * Builds {@link ClientOptions}; the client builders (such as {@code FlowClient.Builder}) have
   * the same setters. Setters check their argument at once.
   */
  public static final class Builder {
    @Nullable String baseUrl;
    boolean allowInsecureHttp;
    @Nullable String apiKey;
    ApiKeyHeader apiKeyHeader = ApiKeyHeader.AUTHORIZATION_BEARER;
    @Nullable String accessToken;
    @Nullable String organizationId;
    @Nullable String email;
    @Nullable String password;
    Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    Duration readTimeout = DEFAULT_READ_TIMEOUT;
    Duration writeTimeout = DEFAULT_READ_TIMEOUT;
    Duration callTimeout = Duration.ZERO;
    Duration streamReadTimeout = DEFAULT_STREAM_READ_TIMEOUT;
    Duration webSocketPingInterval = DEFAULT_WEB_SOCKET_PING_INTERVAL;
    int maxRetries = DEFAULT_MAX_RETRIES;
    int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    double maxRequestsPerSecond;
    Duration retryInitialBackoff = DEFAULT_RETRY_INITIAL_BACKOFF;
    Duration retryMaxBackoff = DEFAULT_RETRY_MAX_BACKOFF;
    ReconnectPolicy reconnectPolicy = ReconnectPolicy.defaults();
    @Nullable String userAgentSuffix;
    @Nullable OkHttpClient okHttpClient;
    final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    CookieStore cookieStore = CookieStore.inMemory();
    HttpLogLevel httpLogLevel = HttpLogLevel.NONE;

    Builder() {}

    /**
     * Returns the options; throws {@link IllegalStateException} if the base URL is missing, or
     * if both an API key and an access token are set.
     */
    public ClientOptions build() {
      return new ClientOptions(this);
    }

    /**
     * Replaces every setting made so far with those of {@code options}, default headers
     * included (allowing plain http only if {@code options} did).
     */
    public Builder from(ClientOptions options) {
      Objects.requireNonNull(options, "options == null");
      this.baseUrl = options.baseUrl.toString();
      this.allowInsecureHttp = options.allowInsecureHttp; // never widened by copying
      this.apiKey = options.apiKey;
      this.apiKeyHeader = options.apiKeyHeader;
      this.accessToken = options.accessToken;
      this.organizationId = options.organizationId;
      this.email = options.email;
      this.password = options.password;
      this.connectTimeout = options.connectTimeout;
      this.readTimeout = options.readTimeout;
      this.writeTimeout = options.writeTimeout;
      this.callTimeout = options.callTimeout;
      this.streamReadTimeout = options.streamReadTimeout;
      this.webSocketPingInterval = options.webSocketPingInterval;
      this.maxRetries = options.maxRetries;
      this.maxConcurrentRequests = options.maxConcurrentRequests;
      this.maxRequestsPerSecond = options.maxRequestsPerSecond;
      this.retryInitialBackoff = options.retryInitialBackoff;
      this.retryMaxBackoff = options.retryMaxBackoff;
      this.reconnectPolicy = options.reconnectPolicy;
      this.userAgentSuffix = options.userAgentSuffix;
      this.okHttpClient = options.okHttpClient;
      this.defaultHeaders.clear();
      this.defaultHeaders.putAll(options.defaultHeaders);
      this.cookieStore = options.cookieStore;
      this.httpLogLevel = options.httpLogLevel;
      return this;
    }

    /**
     * The platform's base URL: absolute {@code https}, or {@code http} on loopback only
     * (127.0.0.1, localhost, [::1]) unless {@link #allowInsecureHttp(boolean)} says otherwise.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      BaseUrls.parse(baseUrl, true); // reject a malformed URL now, with its reason
      this.baseUrl = baseUrl;
      return this;
    }

    /** As {@link #baseUrl(String)}. */
    public Builder baseUrl(HttpUrl baseUrl) {
      return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl == null").toString());
    }

    /** Allows plain {@code http} to hosts other than loopback. Secrets then travel in clear. */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Authenticates every request with this API key (see {@link #apiKeyHeader}); null removes
     * it.
     *
     * @throws IllegalArgumentException if the key is blank or holds a character an HTTP header
     *     cannot carry (a line break, say); the message never repeats the key
     */
    public Builder apiKey(@Nullable String apiKey) {
      this.apiKey = checkHeaderValue(apiKey, "apiKey");
      return this;
    }

    /**
     * Authenticates every request as a signed-in user with this access token, as Imbrace's
     * access-token mode does: {@code x-access-token: <token>}, or {@code Authorization: Bearer
     * <token>} when the token is a JWT and an organization is set. Null removes it. An API key and
     * an access token cannot both be set ({@link #build()} says so).
     *
     * @throws IllegalArgumentException if the token is blank or holds a character an HTTP header
     *     cannot carry; the message never repeats the token
     */
    public Builder accessToken(@Nullable String accessToken) {
      this.accessToken = checkHeaderValue(accessToken, "accessToken");
      return this;
    }

    /**
     * As {@link #accessToken(String)}, scoped to {@code organizationId} (sent as {@code
     * x-organization-id}).
     */
    public Builder accessToken(String accessToken, @Nullable String organizationId) {
      Objects.requireNonNull(accessToken, "accessToken == null");
      accessToken(accessToken);
      return organizationId(organizationId);
    }

    /**
     * Scopes every request to this organization with {@code x-organization-id}, whichever
     * credential the client uses (Imbrace needs it with an access token, and some of its services
     * with an API key too); null removes it. Never printed.
     *
     * @throws IllegalArgumentException if it is blank or holds a character an HTTP header cannot carry
     */
    public Builder organizationId(@Nullable String organizationId) {
      this.organizationId = checkHeaderValue(organizationId, "organizationId");
      return this;
    }

    /** {@code value} if an HTTP header can carry it; the message never repeats the value. */
    private static @Nullable String checkHeaderValue(@Nullable String value, String name) {
      if (value != null && value.trim().isEmpty()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      if (value != null) {
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if ((c < 0x20 && c != '\t') || c >= 0x7f) {
            throw new IllegalArgumentException(
                name + " has a character an HTTP header cannot carry (code " + (int) c + " at index " + i
                    + " of " + value.length() + "); check how it was read, e.g. a trailing newline");
          }
        }
      }
      return value;
    }

    /** Which header carries the API key; {@link ApiKeyHeader#AUTHORIZATION_BEARER} by default. */
    public Builder apiKeyHeader(ApiKeyHeader apiKeyHeader) {
      this.apiKeyHeader = Objects.requireNonNull(apiKeyHeader, "apiKeyHeader == null");
      return this;
    }

    /**
     * Authenticates with a session: the client logs in with these on its first call and again
     * when the session expires. {@code toString()} never shows the password.
     *
     * @throws IllegalArgumentException if {@code email} is blank
     */
    public Builder credentials(String email, String password) {
      Objects.requireNonNull(email, "email == null");
      Objects.requireNonNull(password, "password == null");
      if (email.trim().isEmpty()) throw new IllegalArgumentException("email is blank");
      this.email = email;
      this.password = password;
      return this;
    }

    /** Removes session credentials set earlier. */
    public Builder clearCredentials() {
      this.email = null;
      this.password = null;
      return this;
    }

    /** How long to wait for a TCP and TLS connection; 10 s by default, zero for no limit. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long a response may be silent between two reads of its bytes; 60 s by default, zero
     * for no limit. A synchronous trigger adds its own wait to this.
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkTimeout(timeout, "readTimeout");
      return this;
    }

    /** How long writing the request body may stall between two writes; 60 s by default, zero for no limit. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = checkTimeout(timeout, "writeTimeout");
      return this;
    }

    /**
     * A limit on each whole call, retries included, from connect to the last body byte;
     * {@link Duration#ZERO} (the default) means none. Event streams are not limited by it.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = checkTimeout(timeout, "callTimeout");
      return this;
    }

    /** How long an event stream may be silent before it is resumed; 60 s by default. */
    public Builder streamReadTimeout(Duration timeout) {
      checkTimeout(timeout, "streamReadTimeout");
      if (timeout.isZero()) throw new IllegalArgumentException("streamReadTimeout must be > 0");
      this.streamReadTimeout = timeout;
      return this;
    }

    /**
     * How often a WebSocket stream pings the server, 15 s by default: a pong that does not come
     * back within the next interval counts the connection as dropped, and it is resumed. The
     * server's own pings are answered whatever this says. {@link Duration#ZERO} sends no pings
     * (a peer that vanishes without closing the connection then goes unnoticed).
     */
    public Builder webSocketPingInterval(Duration interval) {
      checkTimeout(interval, "webSocketPingInterval");
      if (interval.toMillis() > Integer.MAX_VALUE || (!interval.isZero() && interval.toMillis() == 0)) {
        throw new IllegalArgumentException("webSocketPingInterval must be 0 or 1 ms.." + Integer.MAX_VALUE + " ms but was " + interval);
      }
      this.webSocketPingInterval = interval;
      return this;
    }

    /**
     * How many times a call is repeated when that is safe: on 429 and 503 always, on other
     * server errors and dropped connections only for GET, PUT, DELETE and requests with an
     * idempotency key. {@value #DEFAULT_MAX_RETRIES} by default; 0 turns retries off.
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be in 0..10 but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * How long to wait between retries when the server does not say ({@code Retry-After}):
     * {@code initial} before the first, doubling up to {@code max}, each wait jittered into its
     * upper half. 500 ms and 8 s by default.
     */
    public Builder retryBackoff(Duration initial, Duration max) {
      checkTimeout(initial, "initial");
      checkTimeout(max, "max");
      if (max.compareTo(initial) < 0) throw new IllegalArgumentException("max < initial: " + max + " < " + initial);
      this.retryInitialBackoff = initial;
      this.retryMaxBackoff = max;
      return this;
    }

    /**
     * Sends at most this many requests per second from the client (a leaky bucket shared by
     * blocking, async and streaming calls, retries included): a request that comes too early
     * waits for its turn rather than failing. 0, the default, means no limit. Seed platforms
     * advise 20.
     */
    public Builder maxRequestsPerSecond(double maxRequestsPerSecond) {
      if (!(maxRequestsPerSecond >= 0) || Double.isInfinite(maxRequestsPerSecond)) {
        throw new IllegalArgumentException("maxRequestsPerSecond must be >= 0 but was " + maxRequestsPerSecond);
      }
      this.maxRequestsPerSecond = maxRequestsPerSecond;
      return this;
    }

    /**
     * How many calls may be in flight at once, per client and per host ({@value
     * #DEFAULT_MAX_CONCURRENT_REQUESTS} by default; OkHttp's own default is 5 per host). Further
     * asynchronous calls wait in the dispatcher's queue. Each call in flight holds one thread
     * of OkHttp's dispatcher pool, so a burst of asynchronous calls uses up to this many
     * threads. Not applied to a caller's {@link #okHttpClient(OkHttpClient)}, whose dispatcher
     * keeps its own limits.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be >= 1 but was " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /** How dropped event streams are resumed; {@link ReconnectPolicy#defaults()} by default. */
    public Builder reconnectPolicy(ReconnectPolicy policy) {
      this.reconnectPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /** Text appended to the {@code User-Agent}, such as {@code "my-app/1.2"}; null for none. */
    public Builder userAgentSuffix(@Nullable String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * Shares this client's connection pool, dispatcher and interceptors; null for a client of
     * Flowkit's own. Flowkit derives its client with {@link OkHttpClient#newBuilder()} and never
     * shuts the caller's down.
     */
    public Builder okHttpClient(@Nullable OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /** Adds a header to every request, replacing an earlier one of that name. */
    public Builder defaultHeader(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      okhttp3.Headers.of(name, value); // validates the characters of both
      defaultHeaders.put(name, value);
      return this;
    }

    /** Removes a header added with {@link #defaultHeader(String, String)}. */
    public Builder removeDefaultHeader(String name) {
      defaultHeaders.remove(Objects.requireNonNull(name, "name == null"));
      return this;
    }

    /** Where session cookies are kept between runs; memory only by default. */
    public Builder cookieStore(CookieStore cookieStore) {
      this.cookieStore = Objects.requireNonNull(cookieStore, "cookieStore == null");
      return this;
    }

    /**
     * Logs each HTTP exchange to the {@code java.util.logging} logger {@code dev.flowkit.http}
     * at {@code INFO}, with every secret redacted; {@link HttpLogLevel#NONE} by default.
     */
    public Builder httpLogLevel(HttpLogLevel level) {
      this.httpLogLevel = Objects.requireNonNull(level, "level == null");
      return this;
    }

    private static Duration checkTimeout(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name + " == null");
      if (timeout.isNegative()) throw new IllegalArgumentException(name + " < 0: " + timeout);
      return timeout;
    }
  }
}
