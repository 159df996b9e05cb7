package dev.flowkit.workflows.internal;

import com.squareup.moshi.Types;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Profile;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * Builds the calls of the Flow API's REST routes; one instance per client. Calls are described
 * in the contract's terms; the client's platform {@link Profile} puts them on its own wire (or
 * refuses one it does not have, before any request).
 */
public final class Rest {
  private final Transport transport;
  private final Profile profile;

  public Rest(Transport transport) {
    this(transport, Profile.contract("FLOWKIT"));
  }

  public Rest(Transport transport, Profile profile) {
    this.transport = transport;
    this.profile = profile;
  }

  public Transport transport() {
    return transport;
  }

  /** The platform the calls are sent to. */
  public Profile profile() {
    return profile;
  }

  /** {@code GET path} with {@code query}, decoded as {@code type}. */
  public <T> ApiCall<T> get(Type type, Map<String, String> query, String... path) {
    Profile.Bound bound = profile.bind(transport, "GET", query, null, path);
    if (bound != null) return ApiCall.bound(transport, profile, bound, type);
    return ApiCall.of(transport, transport.newRequest(transport.url(query, path)).get().build(), type);
  }

  /** {@code GET path}, decoded as {@code type}. */
  public <T> ApiCall<T> get(Type type, String... path) {
    return get(type, Collections.<String, String>emptyMap(), path);
  }

  /** {@code GET path} of a page of {@code itemType}. */
  public <T> ApiCall<PageEnvelope<T>> list(Class<T> itemType, Map<String, String> query, String... path) {
    return get(Types.newParameterizedType(PageEnvelope.class, itemType), query, path);
  }

  /** {@code method path} with a JSON body, decoded as {@code type}; a POST gets an idempotency key. */
  public <T> ApiCall<T> send(String method, Type type, @Nullable Object body, String... path) {
    Profile.Bound bound = profile.bind(transport, method, Collections.<String, String>emptyMap(), body, path);
    if (bound != null) return ApiCall.bound(transport, profile, bound, type);
    return ApiCall.of(transport, request(method, transport.url(path), transport.jsonBody(body)), type);
  }

  /** {@code method path} with a body already encoded as JSON, decoded as {@code type}. */
  public <T> ApiCall<T> sendJson(String method, Type type, String json, String... path) {
    if (!profile.isContract()) {
      Object body;
      try {
        body = transport.moshi().adapter(Object.class).fromJson(json);
      } catch (IOException e) {
        throw new IllegalArgumentException("not JSON: " + json, e);
      }
      return send(method, type, body, path);
    }
    return ApiCall.of(transport, request(method, transport.url(path), RequestBody.create(json, Transport.JSON)), type);
  }

  /**
   * {@code request} with a fresh random {@code Idempotency-Key} if it is a POST without one.
   * The key is fixed in the request, so every attempt of this call (every retry) sends the same
   * one, and the server runs the call at most once; that is what makes a POST safe to retry
   * after a dropped connection or a 5xx. A new call gets a new key.
   */
  public static Request idempotent(Request request) {
    if (!request.method().equals("POST") || request.header(IDEMPOTENCY_KEY) != null) return request;
    return request.newBuilder().header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).build();
  }

  /** The header that makes a POST safe to repeat. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** {@code DELETE path}, expecting 204. */
  public ApiCall<@Nullable Void> delete(String... path) {
    Profile.Bound bound = profile.bind(transport, "DELETE", Collections.<String, String>emptyMap(), null, path);
    if (bound != null) return ApiCall.bound(transport, profile, bound, null);
    return ApiCall.noContent(transport, transport.newRequest(transport.url(path)).delete().build());
  }

  /**
   * The bare request of {@code method path} with {@code body} (null: none for GET, {@code {}} for
   * POST) on this platform's wire, for event streams that are read by hand.
   *
   * @throws UnsupportedOperationException when the platform lacks the operation
   */
  public Request request(String method, @Nullable Object body, String... path) {
    Profile.Bound bound = profile.bind(transport, method, Collections.<String, String>emptyMap(), body, path);
    if (bound != null) return bound.request;
    return new Request.Builder()
        .url(transport.url(path))
        .method(method, method.equals("GET") ? null : transport.jsonBody(body))
        .build();
  }

  /** Whether the platform has {@code operation}. */
  public boolean supports(Operation operation) {
    return profile.supports(operation);
  }

  /** The request, with a fresh {@code Idempotency-Key} if it is a POST (see {@link #idempotent}). */
  private Request request(String method, HttpUrl url, RequestBody body) {
    Request.Builder request = transport.newRequest(url).method(method, body);
    if (method.equals("POST")) request.header(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
    return request.build();
  }

  /**
   * Rejects a null or empty id, and the ids {@code .} and {@code ..}, before they become a wrong
   * URL: a path segment of only dots means "this" or "the parent" in every URL (RFC 3986), so such
   * an id would address another resource, even escaped.
   */
  public static String id(@Nullable String id, String name) {
    if (id == null) throw new NullPointerException(name + " == null");
    if (id.trim().isEmpty()) throw new IllegalArgumentException(name + " is empty");
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException(name + " is \"" + id + "\", which no URL can carry as a path segment");
    }
    return id;
  }
}
