package dev.flowkit.workflows.internal.platform;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.internal.Repeatable;
import dev.flowkit.core.internal.Transport;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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
 * How one platform speaks: the {@link Endpoint} of each {@link Operation} it has, its error
 * body, its API root and its API-key header. One file per platform builds its dialect (the
 * reference server's dialects are their mirror image). An operation the dialect does not map is
 * refused with an {@link UnsupportedOperationException} that names the platform and the SDK
 * method, before any request is built.
 */
public final class Dialect {
  /** The header of a caller's (or a fresh) idempotency key. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /**
   * Maps a platform's error body (JSON values, or null when it was not JSON) to the SDK's
   * {@code {error, message, statusCode}}; null keeps the body as it is.
   */
  public interface ErrorMap {
    @Nullable Map<String, Object> apply(int status, @Nullable Object body);
  }

  private final String platform;
  private final String apiRoot;
  private final ApiKeyHeader apiKeyHeader;
  // Hash maps, not EnumMaps: an EnumMap reads the enum's constants by reflection, which a
  // shrinking tool (R8, ProGuard) may have removed from an app that uses Flowkit.
  private final Map<Operation, Endpoint> endpoints;
  private final Map<Operation, String> refusals;
  private final @Nullable ErrorMap errors;
  private final boolean syncByWaiting;

  private Dialect(Builder b) {
    this.syncByWaiting = b.syncByWaiting;
    this.platform = b.platform;
    this.apiRoot = b.apiRoot;
    this.apiKeyHeader = b.apiKeyHeader;
    this.endpoints = new HashMap<>(b.endpoints);
    this.refusals = new HashMap<>(b.refusals);
    this.errors = b.errors;
  }

  /** Starts a dialect whose base URL may name {@code apiRoot} (such as {@code api/}) or not. */
  public static Builder builder(String platform, String apiRoot) {
    return new Builder(platform, apiRoot);
  }

  /** The platform's name, as users see it in messages. */
  public String platform() {
    return platform;
  }

  /** The header an API key travels in unless the user picks one. */
  public ApiKeyHeader apiKeyHeader() {
    return apiKeyHeader;
  }

  /**
   * Whether the platform's synchronous trigger answers a started run, which the SDK then waits
   * for (a platform with no synchronous mode of its own, such as flow8).
   */
  public boolean syncByWaiting() {
    return syncByWaiting;
  }

  /** Whether the platform has {@code operation}. */
  public boolean supports(Operation operation) {
    return endpoints.containsKey(operation);
  }

  /** The endpoint of {@code operation} (for another dialect that serves it the same way). */
  Endpoint endpoint(Operation operation) {
    return Objects.requireNonNull(endpoints.get(operation), operation + " is not mapped");
  }

  /** The SDK methods this platform supports, in the order of {@link Operation}. */
  public Set<String> supportedCalls() {
    Set<String> out = new LinkedHashSet<>();
    for (Operation op : Operation.values()) {
      if (supports(op)) Collections.addAll(out, op.calls());
    }
    return Collections.unmodifiableSet(out);
  }

  /** Throws the {@link UnsupportedOperationException} for an operation the platform lacks. */
  public void require(Operation operation) {
    if (supports(operation)) return;
    String why = refusals.get(operation);
    throw new UnsupportedOperationException(platform + " does not support " + operation.call()
        + (why == null ? ": the platform has no equivalent call" : ": " + why)
        + " (it supports " + supportedCalls() + ")");
  }

  /**
   * The base URL without the API root, or the first segments of it, when the user included them:
   * {@code http://host/api/} and {@code http://host/} both work, and for a root of {@code
   * activepieces/v1/} so do {@code http://host/activepieces/v1/} and {@code http://host/activepieces/}.
   */
  public HttpUrl normalize(HttpUrl baseUrl) {
    String path = baseUrl.encodedPath();
    for (int end = apiRoot.length(); end > 0; end = apiRoot.lastIndexOf('/', end - 2) + 1) {
      String prefix = apiRoot.substring(0, end);
      if (path.endsWith("/" + prefix)) {
        return baseUrl.newBuilder().encodedPath(path.substring(0, path.length() - prefix.length())).build();
      }
    }
    return baseUrl;
  }

  /**
   * The call on this platform's wire: its request (tagged with its {@link Operation}) and how to
   * read the answer.
   *
   * @throws UnsupportedOperationException when the platform lacks the operation, or a parameter
   *     the call was given (before any request)
   */
  public Bound bind(Transport transport, Exchange.Builder call, Operation operation) {
    require(operation);
    Endpoint e = endpoint(operation);
    Exchange probe = call.build(transport.moshi(), platform);
    String key = probe.idempotencyKey();
    if (e.keys == Endpoint.Keys.NONE && key != null) throw probe.unsupported("an idempotency key");
    if (key == null && e.keys != Endpoint.Keys.NONE && e.method.equals("POST")) {
      key = UUID.randomUUID().toString(); // fixed in the request, so every retry sends the same one
    }
    Exchange x = key == null ? probe : call.idempotencyKey(key).build(transport.moshi(), platform);
    for (String filter : x.query.keySet()) {
      if (Endpoint.SCOPED_FILTERS.contains(filter) && !e.accepted.contains(filter)) {
        throw x.unsupported("the " + filter + " filter");
      }
    }

    HttpUrl.Builder url = transport.options().baseUrl().newBuilder();
    url.removePathSegment(transport.options().baseUrl().pathSize() - 1);
    for (String segment : e.path.split("/")) {
      if (segment.isEmpty()) continue;
      if (segment.endsWith("*}")) {
        // A parameter that may span segments (a scoped piece name, @scope/name), each a plain one.
        String value = x.param(segment.substring(1, segment.length() - 2));
        for (String part : value.split("/", -1)) {
          if (part.isEmpty() || part.equals(".") || part.equals("..")) {
            throw new IllegalArgumentException("'" + value + "' has an empty, . or .. segment, which no URL path can carry");
          }
          url.addPathSegment(part);
        }
      } else {
        url.addPathSegment(segment.startsWith("{") ? x.param(segment.substring(1, segment.length() - 1)) : segment);
      }
    }
    Map<String, ?> query = e.query == null ? x.query : e.query.apply(x);
    for (Map.Entry<String, ?> q : query.entrySet()) {
      Object value = q.getValue();
      if (value instanceof java.util.List) {
        for (Object v : (java.util.List<?>) value) url.addQueryParameter(q.getKey(), String.valueOf(v));
      } else if (value != null) {
        url.addQueryParameter(q.getKey(), value.toString());
      }
    }
    Object body = e.body == null ? x.body() : e.body.apply(x);
    RequestBody requestBody = null;
    boolean hasBody = e.method.equals("POST") || e.method.equals("PUT") || e.method.equals("PATCH");
    if (hasBody || (body != null && e.method.equals("DELETE"))) {
      requestBody = body == JsonText.NONE ? RequestBody.create(new byte[0], null)
          : body instanceof JsonText ? RequestBody.create(((JsonText) body).json, Transport.JSON)
          : transport.jsonBody(body);
    }
    Request.Builder request = transport.newRequest(url.build())
        .method(e.method, requestBody)
        .tag(Operation.class, operation);
    if (key != null && e.keys == Endpoint.Keys.HEADER) request.header(IDEMPOTENCY_KEY, key);
    Request built = request.build();
    if (key != null && e.keys == Endpoint.Keys.BODY) built = Repeatable.mark(built);
    return new Bound(built, x, e.answer);
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

    /** Whether the answer is reshaped (else decoded as the SDK's model). */
    public boolean mapsAnswer() {
      return answer != null;
    }

    /** The SDK's answer for the platform's {@code answer}. */
    public @Nullable Object answer(@Nullable Object answer) {
      return this.answer == null ? answer : this.answer.apply(answer, exchange);
    }
  }

  /**
   * The exception for {@code e} with the platform's error body read as the SDK's, or {@code e}
   * itself when the platform's errors already are.
   */
  public FlowApiException remap(Transport transport, FlowApiException e, Request request) {
    if (errors == null) return e;
    Object parsed;
    try {
      parsed = e.rawBody().isEmpty() ? null : transport.moshi().adapter(Object.class).fromJson(e.rawBody());
    } catch (java.io.IOException | RuntimeException notJson) {
      parsed = null;
    }
    Map<String, Object> mapped = errors.apply(e.statusCode(), parsed);
    if (mapped == null) return e;
    // The platform's headers (request id, Retry-After, …) and its body as it arrived stay on the exception.
    Headers.Builder headers = e.headers().newBuilder();
    if (e.requestId() != null && headers.get("X-Request-Id") == null) {
      headers.add("X-Request-Id", Objects.requireNonNull(e.requestId()));
    }
    Response synthetic = new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(e.statusCode())
        .message("")
        .headers(headers.build())
        .body(ResponseBody.create(transport.moshi().adapter(Object.class).toJson(mapped),
            MediaType.get("application/json; charset=utf-8")))
        .build();
    FlowApiException remapped = transport.errors().toException(synthetic, Transport.describe(request), e.rawBody());
    remapped.addSuppressed(e);
    return remapped;
  }

  /** Builds a {@link Dialect}. */
  public static final class Builder {
    private final String platform;
    private final String apiRoot;
    private ApiKeyHeader apiKeyHeader = ApiKeyHeader.AUTHORIZATION_BEARER;
    private final Map<Operation, Endpoint> endpoints = new HashMap<>();
    private final Map<Operation, String> refusals = new HashMap<>();
    private @Nullable ErrorMap errors;
    private boolean syncByWaiting;

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

    /**
     * Serves each of {@code operations} as {@code other} does, but without its idempotency key:
     * a key is a platform's own promise, which this platform may not make.
     */
    public Builder as(Dialect other, Operation... operations) {
      for (Operation op : operations) endpoints.put(op, other.endpoint(op).unkeyed());
      return this;
    }

    /** The synchronous trigger answers a started run; the SDK waits for it to end. */
    public Builder syncByWaiting() {
      this.syncByWaiting = true;
      return this;
    }

    /** Says why the platform lacks {@code operation}, for the message that refuses it. */
    public Builder refuse(Operation operation, String why) {
      refusals.put(operation, why);
      return this;
    }

    public Dialect build() {
      return new Dialect(this);
    }
  }

  /** A JSON object of alternating names and values, keeping their order. */
  public static Map<String, Object> obj(Object... kv) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) map.put((String) kv[i], kv[i + 1]);
    return map;
  }
}
