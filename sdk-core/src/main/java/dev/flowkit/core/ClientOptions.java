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
 * Everything a Flowkit client needs to reach a platform: where, as whom, and how patiently.
 * Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .baseUrl("https://flow.example.com")
 *     .apiKey(System.getenv("FLOWKIT_API_KEY"))
 *     .build();
 * }</pre>
 *
 * {@link #toString()} never prints the API key.
 */
public final class ClientOptions {
  /** Used when no timeout is set: connect. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Used when no timeout is set: read and write. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  /** How long an event stream may stay silent before it counts as dropped. */
  public static final Duration DEFAULT_STREAM_READ_TIMEOUT = Duration.ofSeconds(60);
  /** How many times a failed call is retried when it is safe to do so. */
  public static final int DEFAULT_MAX_RETRIES = 3;
  /** The wait before the first retry (doubled each time, with jitter) when no Retry-After says. */
  public static final Duration DEFAULT_RETRY_INITIAL_BACKOFF = Duration.ofMillis(500);
  /** The longest computed wait between retries. */
  public static final Duration DEFAULT_RETRY_MAX_BACKOFF = Duration.ofSeconds(8);

  private final HttpUrl baseUrl;
  private final boolean allowInsecureHttp;
  private final @Nullable String apiKey;
  private final ApiKeyHeader apiKeyHeader;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final Duration streamReadTimeout;
  private final int maxRetries;
  private final double maxRequestsPerSecond;
  private final Duration retryInitialBackoff;
  private final Duration retryMaxBackoff;
  private final String userAgent;
  private final @Nullable OkHttpClient okHttpClient;
  private final Map<String, String> defaultHeaders;
  private final CookieStore cookieStore;

  private ClientOptions(Builder builder) {
    if (builder.baseUrl == null) throw new IllegalStateException("baseUrl is required");
    this.baseUrl = BaseUrls.parse(builder.baseUrl, builder.allowInsecureHttp);
    this.allowInsecureHttp = builder.allowInsecureHttp;
    this.apiKey = builder.apiKey;
    this.apiKeyHeader = builder.apiKeyHeader;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.streamReadTimeout = builder.streamReadTimeout;
    this.maxRetries = builder.maxRetries;
    this.maxRequestsPerSecond = builder.maxRequestsPerSecond;
    this.retryInitialBackoff = builder.retryInitialBackoff;
    this.retryMaxBackoff = builder.retryMaxBackoff;
    this.userAgent =
        builder.userAgentSuffix == null
            ? Version.userAgent()
            : Version.userAgent() + " " + builder.userAgentSuffix;
    this.okHttpClient = builder.okHttpClient;
    this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.defaultHeaders));
    this.cookieStore = builder.cookieStore;
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options, to derive a variant. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The platform's base URL, always ending in {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** Whether plain http to a host other than loopback was allowed ({@code false} by default). */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** The API key, or null when the client authenticates with a session cookie. */
  public @Nullable String apiKey() {
    return apiKey;
  }

  /** The header that carries {@link #apiKey()}. */
  public ApiKeyHeader apiKeyHeader() {
    return apiKeyHeader;
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
   * The most requests this client sends per second, or 0 (the default) for no limit. Requests
   * beyond it wait for their turn; retries count too.
   */
  public double maxRequestsPerSecond() {
    return maxRequestsPerSecond;
  }

  /** The {@code User-Agent} sent on every request: {@code flowkit-java/<version>}. */
  public String userAgent() {
    return userAgent;
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

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl
        + ", apiKey=" + (apiKey == null ? "null" : "<redacted>")
        + ", apiKeyHeader=" + apiKeyHeader
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout
        + ", streamReadTimeout=" + streamReadTimeout
        + ", maxRetries=" + maxRetries
        + (maxRequestsPerSecond > 0 ? ", maxRequestsPerSecond=" + maxRequestsPerSecond : "")
        + ", userAgent=" + userAgent
        + ", defaultHeaders=" + defaultHeaders.keySet()
        + "}";
  }

  /** Builds {@link ClientOptions}; setters check their argument at once. */
  public static final class Builder {
    private @Nullable String baseUrl;
    private boolean allowInsecureHttp;
    private @Nullable String apiKey;
    private ApiKeyHeader apiKeyHeader = ApiKeyHeader.AUTHORIZATION_BEARER;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = Duration.ZERO;
    private Duration streamReadTimeout = DEFAULT_STREAM_READ_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private double maxRequestsPerSecond;
    private Duration retryInitialBackoff = DEFAULT_RETRY_INITIAL_BACKOFF;
    private Duration retryMaxBackoff = DEFAULT_RETRY_MAX_BACKOFF;
    private @Nullable String userAgentSuffix;
    private @Nullable OkHttpClient okHttpClient;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private CookieStore cookieStore = CookieStore.inMemory();

    Builder() {}

    Builder(ClientOptions options) {
      this.baseUrl = options.baseUrl.toString();
      this.allowInsecureHttp = options.allowInsecureHttp; // never widened by copying
      this.apiKey = options.apiKey;
      this.apiKeyHeader = options.apiKeyHeader;
      this.connectTimeout = options.connectTimeout;
      this.readTimeout = options.readTimeout;
      this.writeTimeout = options.writeTimeout;
      this.callTimeout = options.callTimeout;
      this.streamReadTimeout = options.streamReadTimeout;
      this.maxRetries = options.maxRetries;
      this.maxRequestsPerSecond = options.maxRequestsPerSecond;
      this.retryInitialBackoff = options.retryInitialBackoff;
      this.retryMaxBackoff = options.retryMaxBackoff;
      String ua = options.userAgent;
      this.userAgentSuffix =
          ua.length() > Version.userAgent().length() ? ua.substring(Version.userAgent().length() + 1) : null;
      this.okHttpClient = options.okHttpClient;
      this.defaultHeaders.putAll(options.defaultHeaders);
      this.cookieStore = options.cookieStore;
    }

    /**
     * The platform's base URL: absolute {@code https}, or {@code http} on loopback only
     * (127.0.0.1, localhost, [::1]) unless {@link #allowInsecureHttp(boolean)} says otherwise.
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
     * Authenticates every request with this API key (see {@link #apiKeyHeader}).
     *
     * @throws IllegalArgumentException if the key is blank or holds a character an HTTP header
     *     cannot carry (a line break, say); the message never repeats the key
     */
    public Builder apiKey(@Nullable String apiKey) {
      if (apiKey != null && apiKey.trim().isEmpty()) {
        throw new IllegalArgumentException("apiKey is blank");
      }
      if (apiKey != null) {
        for (int i = 0; i < apiKey.length(); i++) {
          char c = apiKey.charAt(i);
          if ((c < 0x20 && c != '\t') || c >= 0x7f) {
            throw new IllegalArgumentException(
                "apiKey has a character an HTTP header cannot carry (code " + (int) c + " at index " + i
                    + " of " + apiKey.length() + "); check how the key was read, e.g. a trailing newline");
          }
        }
      }
      this.apiKey = apiKey;
      return this;
    }

    /** Which header carries the API key; {@link ApiKeyHeader#AUTHORIZATION_BEARER} by default. */
    public Builder apiKeyHeader(ApiKeyHeader apiKeyHeader) {
      this.apiKeyHeader = Objects.requireNonNull(apiKeyHeader, "apiKeyHeader == null");
      return this;
    }

    /** How long to wait for a connection. 10 s for connect, 60 s otherwise, by default. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /** How long a response may be silent between bytes. 10 s for connect, 60 s otherwise, by default. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkTimeout(timeout, "readTimeout");
      return this;
    }

    /** How long a request body may take between bytes. 10 s for connect, 60 s otherwise, by default. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = checkTimeout(timeout, "writeTimeout");
      return this;
    }

    /** A limit on each whole call; {@link Duration#ZERO} (the default) means none. */
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

    /** How many times to retry a call that failed in a retryable way; 0 turns retries off. */
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

    /** Text appended to the {@code User-Agent}, such as {@code "my-app/1.2"}. */
    public Builder userAgentSuffix(@Nullable String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * Shares this client's connection pool, dispatcher and interceptors. Flowkit derives its
     * own client with {@link OkHttpClient#newBuilder()} and never shuts the caller's down.
     */
    public Builder okHttpClient(@Nullable OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /** Adds a header to every request. */
    public Builder defaultHeader(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      okhttp3.Headers.of(name, value); // validates the characters of both
      defaultHeaders.put(name, value);
      return this;
    }

    /** Where session cookies are kept between runs; memory only by default. */
    public Builder cookieStore(CookieStore cookieStore) {
      this.cookieStore = Objects.requireNonNull(cookieStore, "cookieStore == null");
      return this;
    }

    /** Returns the options; throws {@link IllegalStateException} if the base URL is missing. */
    public ClientOptions build() {
      return new ClientOptions(this);
    }

    private static Duration checkTimeout(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name + " == null");
      if (timeout.isNegative()) throw new IllegalArgumentException(name + " < 0: " + timeout);
      return timeout;
    }
  }
}
