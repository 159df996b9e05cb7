package dev.flowkit.workflows.internal.platform;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a platform serves one operation and how its wire differs: method, path (relative to the
 * API root, {@code {id}}-style parameters), query, request body and answer. Unset parts pass the
 * contract's through unchanged.
 */
public final class Endpoint {
  /** Maps the contract's query to the platform's. */
  public interface QueryMap {
    Map<String, String> apply(Exchange exchange);
  }

  /** Maps the contract's request body to the platform's (null: no body). */
  public interface BodyMap {
    @Nullable Object apply(Exchange exchange);
  }

  /**
   * Maps the platform's answer (JSON values) to the contract's, throwing
   * {@link dev.flowkit.core.InvalidResponseException} when it is not the platform's shape.
   */
  public interface AnswerMap {
    @Nullable Object apply(@Nullable Object answer, Exchange exchange);
  }

  final String method;
  final String path;
  final @Nullable QueryMap query;
  final @Nullable BodyMap body;
  final @Nullable AnswerMap answer;

  private Endpoint(String method, String path, @Nullable QueryMap query, @Nullable BodyMap body,
      @Nullable AnswerMap answer) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.body = body;
    this.answer = answer;
  }

  /** {@code method path}, everything else as the contract has it. */
  public static Endpoint of(String method, String path) {
    return new Endpoint(method, path, null, null, null);
  }

  public Endpoint query(QueryMap query) {
    return new Endpoint(method, path, Objects.requireNonNull(query, "query == null"), body, answer);
  }

  public Endpoint body(BodyMap body) {
    return new Endpoint(method, path, query, Objects.requireNonNull(body, "body == null"), answer);
  }

  public Endpoint answer(AnswerMap answer) {
    return new Endpoint(method, path, query, body, Objects.requireNonNull(answer, "answer == null"));
  }

  /** Whether this endpoint reshapes the answer (else it is decoded as the contract's). */
  boolean mapsAnswer() {
    return answer != null;
  }

  @Override public String toString() {
    return method + " /" + path;
  }
}
