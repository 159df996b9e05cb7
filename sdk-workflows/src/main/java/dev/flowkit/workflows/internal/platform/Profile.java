package dev.flowkit.workflows.internal.platform;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.RateLimitException;
import dev.flowkit.core.internal.Transport;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * How one platform speaks: which contract operations it has, where, and in what shapes; its error
 * body; its API root and its API-key header. Data plus small adapters, built by one file per
 * platform; {@link #contract(String)} is the Flowkit contract itself.
 */
public final class Profile {
  /**
   * Maps a platform's error body (JSON values, or null when it was not JSON) to the contract's
   * {@code {error, message, statusCode}}; null keeps the body as it is.
   */
  public interface ErrorMap {
    @Nullable Map<String, Object> apply(int status, @Nullable Object body);
  }

  private final String platform;
  private final String apiRoot;
  private final ApiKeyHeader apiKeyHeader;
  private final @Nullable Map<Operation, Endpoint> endpoints;
  private final @Nullable ErrorMap errors;

  private Profile(String platform, String apiRoot, ApiKeyHeader apiKeyHeader,
      @Nullable Map<Operation, Endpoint> endpoints, @Nullable ErrorMap errors) {
    this.platform = platform;
    this.apiRoot = apiRoot;
    this.apiKeyHeader = apiKeyHeader;
    this.endpoints = endpoints;
    this.errors = errors;
  }

  /** Every operation exactly as the Flowkit contract has it. */
  public static Profile contract(String platform) {
    return new Profile(platform, "api/", ApiKeyHeader.AUTHORIZATION_BEARER, null, null);
  }

  /** Starts a profile whose operations live under {@code apiRoot} (such as {@code api/}). */
  public static Builder builder(String platform, String apiRoot) {
    return new Builder(platform, apiRoot);
  }

  /** The platform's name, as users see it in messages. */
  public String platform() {
    return platform;
  }

  /** Whether every call is the contract's own (nothing to map). */
  public boolean isContract() {
    return endpoints == null;
  }

  /** The header an API key travels in unless the user picks one. */
  public ApiKeyHeader apiKeyHeader() {
    return apiKeyHeader;
  }

  /** Whether the platform has {@code operation}. */
  public boolean supports(Operation operation) {
    return endpoints == null || endpoints.containsKey(operation);
  }

  /** The SDK methods this platform supports, in the contract's order. */
  public Set<String> supportedCalls() {
    Set<String> out = new LinkedHashSet<>();
    for (Operation op : Operation.values()) {
      if (supports(op)) out.add(op.call());
    }
    if (supports(Operation.GET_RUN)) out.add("waitForRun");
    return Collections.unmodifiableSet(out);
  }

  /** Throws the {@link UnsupportedOperationException} for an operation the platform lacks. */
  public void require(Operation operation) {
    if (!supports(operation)) {
      throw new UnsupportedOperationException(platform + " does not support " + operation.call()
          + ": the platform has no " + operation.method() + " " + operation.path() + " or equivalent"
          + " (it supports " + supportedCalls() + ")");
    }
  }

  /**
   * The base URL without the API root when the user included it: {@code http://host/api/} and
   * {@code http://host/} both work.
   */
  public HttpUrl normalize(HttpUrl baseUrl) {
    String path = baseUrl.encodedPath();
    if (path.endsWith("/" + apiRoot)) {
      String root = path.substring(0, path.length() - apiRoot.length());
      return baseUrl.newBuilder().encodedPath(root).build();
    }
    return baseUrl;
  }

  /** A contract request bound to this platform's wire, or null when the contract's own is sent. */
  public @Nullable Bound bind(Transport transport, String method, Map<String, String> query,
      @Nullable Object body, String... segments) {
    if (endpoints == null) return null;
    Operation.Match match = Operation.of(method, segments, body);
    if (match == null) return null;
    require(match.operation);
    Endpoint e = Objects.requireNonNull(endpoints.get(match.operation));
    Object json = body == null ? null : transport.moshi().adapter(Object.class).toJsonValue(body);
    Exchange x = new Exchange(match.operation, match.params, query, json, platform);

    HttpUrl.Builder url = transport.options().baseUrl().newBuilder();
    url.removePathSegment(transport.options().baseUrl().pathSize() - 1);
    for (String segment : e.path.split("/")) {
      if (segment.startsWith("{")) {
        url.addPathSegment(x.param(segment.substring(1, segment.length() - 1)));
      } else {
        url.addPathSegment(segment);
      }
    }
    Map<String, String> wireQuery = e.query == null ? query : e.query.apply(x);
    for (Map.Entry<String, String> q : wireQuery.entrySet()) {
      if (q.getValue() != null) url.addQueryParameter(q.getKey(), q.getValue());
    }
    Object wireBody = e.body == null ? json : e.body.apply(x);
    RequestBody requestBody = null;
    if (e.method.equals("POST") || e.method.equals("PUT") || e.method.equals("PATCH")) {
      requestBody = transport.jsonBody(wireBody);
    } else if (wireBody != null && e.method.equals("DELETE")) {
      requestBody = transport.jsonBody(wireBody);
    }
    Request request = new Request.Builder().url(url.build()).method(e.method, requestBody).build();
    return new Bound(request, x, e.answer);
  }

  /** A request on the platform's wire and how to read its answer. */
  public static final class Bound {
    public final Request request;
    public final Exchange exchange;
    private final Endpoint.@Nullable AnswerMap answer;

    Bound(Request request, Exchange exchange, Endpoint.@Nullable AnswerMap answer) {
      this.request = request;
      this.exchange = exchange;
      this.answer = answer;
    }

    /** Whether the answer is reshaped (else decoded as the contract's). */
    public boolean mapsAnswer() {
      return answer != null;
    }

    /** The contract's answer for the platform's {@code answer}. */
    public @Nullable Object answer(@Nullable Object answer) {
      return this.answer == null ? answer : this.answer.apply(answer, exchange);
    }
  }

  /**
   * The exception for {@code e} with the platform's error body read as the contract's, or
   * {@code e} itself when the platform's errors already are.
   */
  public FlowApiException remap(Transport transport, FlowApiException e, Request request) {
    if (errors == null) return e;
    Object parsed;
    try {
      parsed = e.rawBody().isEmpty() ? null : transport.moshi().adapter(Object.class).fromJson(e.rawBody());
    } catch (java.io.IOException | RuntimeException notJson) {
      parsed = null;
    }
    Map<String, Object> contract = errors.apply(e.statusCode(), parsed);
    if (contract == null) return e;
    Headers.Builder headers = new Headers.Builder();
    if (e.requestId() != null) headers.add("X-Request-Id", Objects.requireNonNull(e.requestId()));
    if (e instanceof RateLimitException && ((RateLimitException) e).retryAfter() != null) {
      headers.add("Retry-After", Long.toString(Objects.requireNonNull(((RateLimitException) e).retryAfter()).getSeconds()));
    }
    Response synthetic = new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(e.statusCode())
        .message("")
        .headers(headers.build())
        .body(ResponseBody.create(transport.moshi().adapter(Object.class).toJson(contract),
            MediaType.get("application/json; charset=utf-8")))
        .build();
    FlowApiException mapped = transport.errors().toException(synthetic, Transport.describe(request));
    mapped.addSuppressed(e);
    return mapped;
  }

  /** Builds a {@link Profile}. */
  public static final class Builder {
    private final String platform;
    private final String apiRoot;
    private ApiKeyHeader apiKeyHeader = ApiKeyHeader.AUTHORIZATION_BEARER;
    private final Map<Operation, Endpoint> endpoints = new EnumMap<>(Operation.class);
    private @Nullable ErrorMap errors;

    Builder(String platform, String apiRoot) {
      this.platform = platform;
      this.apiRoot = apiRoot;
    }

    public Builder apiKeyHeader(ApiKeyHeader header) {
      this.apiKeyHeader = header;
      return this;
    }

    public Builder errors(ErrorMap errors) {
      this.errors = errors;
      return this;
    }

    /** Serves {@code operation} at {@code endpoint}. */
    public Builder map(Operation operation, Endpoint endpoint) {
      endpoints.put(operation, endpoint);
      return this;
    }

    /** Serves each of {@code operations} as the contract has it. */
    public Builder asContract(Operation... operations) {
      for (Operation op : operations) endpoints.put(op, Endpoint.of(op.method(), op.path().substring(1)));
      return this;
    }

    public Profile build() {
      return new Profile(platform, apiRoot, apiKeyHeader, new EnumMap<>(endpoints), errors);
    }
  }

  /** A JSON object of alternating names and values, keeping their order. */
  public static Map<String, Object> obj(Object... kv) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) map.put((String) kv[i], kv[i + 1]);
    return map;
  }
}
