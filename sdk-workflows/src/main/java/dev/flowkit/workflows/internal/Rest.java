package dev.flowkit.workflows.internal;

import com.squareup.moshi.Types;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.Exchange;
import dev.flowkit.workflows.internal.platform.Operation;
import java.lang.reflect.Type;
import java.util.Map;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Where every call is described: its {@link Operation} and parameters, put on the wire by the
 * client's platform {@link Dialect} (which refuses an operation it lacks, before any request).
 * One instance per client.
 *
 * <pre>{@code
 * ApiCall<Flow> call = rest.call(Operation.GET_FLOW).param("id", flowId).returning(Flow.class);
 * }</pre>
 */
public final class Rest {
  private final Transport transport;
  private final Dialect dialect;

  public Rest(Transport transport, Dialect dialect) {
    this.transport = transport;
    this.dialect = dialect;
  }

  public Transport transport() {
    return transport;
  }

  /** The platform the calls are sent to. */
  public Dialect dialect() {
    return dialect;
  }

  /** Whether the platform has {@code operation}. */
  public boolean supports(Operation operation) {
    return dialect.supports(operation);
  }

  /** Starts describing a call of {@code operation}. */
  public Call call(Operation operation) {
    return new Call(operation);
  }

  /** One call being described: its parameters, then what it yields. */
  public final class Call {
    private final Operation operation;
    private final Exchange.Builder exchange;

    Call(Operation operation) {
      this.operation = operation;
      this.exchange = new Exchange.Builder(operation);
    }

    /** The path parameter {@code name}, such as {@code id}. */
    public Call param(String name, String value) {
      exchange.param(name, value);
      return this;
    }

    /** The query in the SDK's terms (limit, cursor, filters). */
    public Call query(Map<String, String> query) {
      exchange.query(query);
      return this;
    }

    /** The request body: a params object, a map, or a {@code Trigger}. */
    public Call body(@Nullable Object body) {
      exchange.body(body);
      return this;
    }

    /** The caller's idempotency key (null: the platform's default). */
    public Call idempotencyKey(@Nullable String key) {
      exchange.idempotencyKey(key);
      return this;
    }

    /** The call, decoding its answer as {@code type}. */
    public <T> ApiCall<T> returning(Type type) {
      return ApiCall.bound(transport, dialect, bind(), type);
    }

    /** The call of a list, decoding a page of {@code itemType}. */
    public <T> ApiCall<PageEnvelope<T>> page(Class<T> itemType) {
      return returning(Types.newParameterizedType(PageEnvelope.class, itemType));
    }

    /** The call, its answer read whole by {@code reader} whatever its status. */
    public <T> ApiCall<T> reading(Transport.AnswerReader<T> reader) {
      return ApiCall.reading(transport, dialect, bind(), reader);
    }

    /** The call, expecting no body worth reading (such as a 204). */
    public ApiCall<@Nullable Void> noContent() {
      return ApiCall.bound(transport, dialect, bind(), null);
    }

    /** The bare request, for an event stream that is read by hand. */
    public Request request() {
      return bind().request;
    }

    private Dialect.Bound bind() {
      return dialect.bind(transport, exchange, operation);
    }
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
