package dev.flowkit.workflows.internal.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a platform serves one operation and how: method, path (relative to the base URL, with
 * {@code {id}}-style parameters), query, request body and answer. An unset map passes the
 * SDK's own query or body through, and decodes the answer as the SDK's model.
 */
public final class Endpoint {
  /**
   * The SDK's filters only some platforms have (projects, creation dates, tags): an endpoint that
   * does not {@link #accepts accept} one refuses a call that sets it, before any request.
   */
  public static final Set<String> SCOPED_FILTERS =
      Collections.unmodifiableSet(new HashSet<>(Arrays.asList("projectId", "createdAfter", "createdBefore", "tags")));

  /**
   * The platform's query for a call: names to values, a {@code List} of strings being sent as the
   * name repeated (null values are left out).
   */
  public interface QueryMap {
    Map<String, ?> apply(Exchange exchange);
  }

  /** The platform's request body for a call (null: none). */
  public interface BodyMap {
    @Nullable Object apply(Exchange exchange);
  }

  /**
   * The SDK's answer (JSON values) for the platform's, throwing
   * {@link dev.flowkit.core.InvalidResponseException} when it is not the platform's shape.
   */
  public interface AnswerMap {
    @Nullable Object apply(@Nullable Object answer, Exchange exchange);
  }

  /** How a call is made safe to repeat on this platform. */
  enum Keys {
    /** The platform knows no idempotency key: a caller's key is refused, none is invented. */
    NONE,
    /** An {@code Idempotency-Key} header: the caller's, or a fresh one for every new POST. */
    HEADER,
    /** The body map carries the caller's key (or a fresh one) itself; see {@link Exchange#idempotencyKey()}. */
    BODY
  }

  final String method;
  final String path;
  final @Nullable QueryMap query;
  final @Nullable BodyMap body;
  final @Nullable AnswerMap answer;
  final Keys keys;
  final Set<String> accepted;

  private Endpoint(String method, String path, @Nullable QueryMap query, @Nullable BodyMap body,
      @Nullable AnswerMap answer, Keys keys, Set<String> accepted) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.body = body;
    this.answer = answer;
    this.keys = keys;
    this.accepted = accepted;
  }

  /** {@code method path}, with the SDK's query and body and its model's answer. */
  public static Endpoint of(String method, String path) {
    return new Endpoint(method, path, null, null, null, Keys.NONE, Collections.<String>emptySet());
  }

  public static Endpoint get(String path) {
    return of("GET", path);
  }

  public static Endpoint post(String path) {
    return of("POST", path);
  }

  public static Endpoint put(String path) {
    return of("PUT", path);
  }

  public static Endpoint delete(String path) {
    return of("DELETE", path);
  }

  public Endpoint query(QueryMap query) {
    return new Endpoint(method, path, Objects.requireNonNull(query, "query == null"), body, answer, keys, accepted);
  }

  public Endpoint body(BodyMap body) {
    return new Endpoint(method, path, query, Objects.requireNonNull(body, "body == null"), answer, keys, accepted);
  }

  public Endpoint answer(AnswerMap answer) {
    return new Endpoint(method, path, query, body, Objects.requireNonNull(answer, "answer == null"), keys, accepted);
  }

  /** The call carries an {@code Idempotency-Key} header: the caller's, else a fresh one per call. */
  public Endpoint keyedByHeader() {
    return new Endpoint(method, path, query, body, answer, Keys.HEADER, accepted);
  }

  /**
   * The body map puts the idempotency key in the body (the caller's, else a fresh one per call,
   * as {@link Exchange#idempotencyKey()} gives it), so a repeat is safe.
   */
  public Endpoint keyedInBody() {
    return new Endpoint(method, path, query, body, answer, Keys.BODY, accepted);
  }

  /** This endpoint, taking the {@link #SCOPED_FILTERS} {@code filters} (its query map sends them). */
  public Endpoint accepts(String... filters) {
    Set<String> all = new LinkedHashSet<>(accepted);
    for (String f : filters) {
      if (!SCOPED_FILTERS.contains(f)) throw new IllegalArgumentException(f + " is not a scoped filter");
      all.add(f);
    }
    return new Endpoint(method, path, query, body, answer, keys, Collections.unmodifiableSet(all));
  }

  /** This endpoint without an idempotency key. */
  Endpoint unkeyed() {
    return new Endpoint(method, path, query, body, answer, Keys.NONE, accepted);
  }

  @Override public String toString() {
    return method + " /" + path;
  }
}
