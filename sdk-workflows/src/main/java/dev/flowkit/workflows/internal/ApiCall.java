package dev.flowkit.workflows.internal;

import com.squareup.moshi.JsonDataException;
import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.Folder;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * One API call described once — its request, the type of its body and what to make of it —
 * so the blocking and the asynchronous facades run the same description.
 *
 * @param <T> what the call yields
 */
public final class ApiCall<T> {
  private final Transport transport;
  private final Request request;
  private final @Nullable Type type;
  private final Function<@Nullable Object, T> mapper;
  /** The platform whose errors to read, and how its answer maps to the SDK's. */
  private final Dialect dialect;
  private final Dialect.Bound bound;
  /** Reads the whole answer itself (any status), instead of decoding {@code type}; or null. */
  private final Transport.@Nullable AnswerReader<?> reader;

  private ApiCall(
      Transport transport,
      Request request,
      @Nullable Type type,
      Function<@Nullable Object, T> mapper,
      Dialect dialect,
      Dialect.Bound bound,
      Transport.@Nullable AnswerReader<?> reader) {
    this.transport = transport;
    this.request = request;
    this.type = type;
    this.mapper = mapper;
    this.dialect = dialect;
    this.bound = bound;
    this.reader = reader;
  }

  /**
   * A call on a platform's wire: {@code bound}'s request, its answer mapped to the SDK's and
   * decoded as {@code type} (null: no body to read), errors read as {@code dialect}'s.
   */
  @SuppressWarnings("unchecked")
  public static <T> ApiCall<T> bound(Transport transport, Dialect dialect, Dialect.Bound bound, @Nullable Type type) {
    return new ApiCall<>(transport, bound.request, type, body -> (T) body, dialect, bound, null);
  }

  /**
   * A call on a platform's wire whose answer {@code reader} reads whole, whatever its status;
   * errors it throws are read as {@code dialect}'s.
   */
  @SuppressWarnings("unchecked")
  public static <T> ApiCall<T> reading(Transport transport, Dialect dialect, Dialect.Bound bound,
      Transport.AnswerReader<T> reader) {
    return new ApiCall<>(transport, bound.request, null, body -> (T) body, dialect, bound, reader);
  }

  public Request request() {
    return request;
  }

  /** The same call yielding {@code f} of the result. */
  public <R> ApiCall<R> map(Function<? super T, R> f) {
    Function<@Nullable Object, T> inner = mapper;
    return new ApiCall<>(transport, request, type, body -> f.apply(inner.apply(body)), dialect, bound, reader);
  }

  /** The same call sent with another request (for example with a longer read timeout). */
  public ApiCall<T> withRequest(Request other) {
    return new ApiCall<>(transport, other, type, mapper, dialect, bound, reader);
  }

  /** Runs the call on this thread. */
  public T execute() {
    try {
      if (reader != null) return mapper.apply(transport.execute(request, reader));
      if (type == null) {
        transport.executeNoContent(request);
        return mapper.apply(null);
      }
      if (!bound.mapsAnswer()) return mapper.apply(checked(transport.execute(request, type)));
      return mapper.apply(decode(transport.execute(request, Object.class)));
    } catch (FlowApiException e) {
      throw remap(e);
    }
  }

  /** Runs the call on OkHttp's dispatcher; cancelling the future cancels the call. */
  public CompletableFuture<T> executeAsync() {
    boolean maps = bound.mapsAnswer() && type != null;
    @SuppressWarnings("unchecked")
    CompletableFuture<@Nullable Object> call = reader != null
        ? (CompletableFuture<@Nullable Object>) transport.executeAsync(request, reader)
        : transport.executeAsync(request, maps ? Object.class : type);
    CompletableFuture<T> result =
        call.handle(
            (body, error) -> {
              if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof FlowApiException) throw new CompletionException(remap((FlowApiException) cause));
                throw error instanceof CompletionException ? (CompletionException) error : new CompletionException(error);
              }
              return mapper.apply(reader != null ? body : maps ? decode(body) : checked(body));
            });
    // Cancelling the derived future must reach the HTTP call too.
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) call.cancel(true);
    });
    return result;
  }

  /**
   * A resource decoded as the contract's must have its id: an answer in another shape (such as
   * {@code {"run":{…}}}) is an {@link InvalidResponseException}, never a model of nulls.
   */
  private @Nullable Object checked(@Nullable Object value) {
    boolean missing =
        (value instanceof Flow && ((Flow) value).id() == null)
            || (value instanceof FlowRun && ((FlowRun) value).id() == null)
            || (value instanceof Folder && ((Folder) value).id() == null);
    if (missing) {
      throw new InvalidResponseException("Expected a " + value.getClass().getSimpleName() + " with an \"id\" from "
          + Transport.describe(request) + "; is the client's platform() the server's?", null);
    }
    return value;
  }

  private FlowApiException remap(FlowApiException e) {
    return dialect.remap(transport, e, request);
  }

  /** The platform's answer mapped to the contract's, decoded as {@code type}. */
  private @Nullable Object decode(@Nullable Object answer) {
    Type t = type;
    if (t == null) return answer;
    Object contract = bound.answer(answer);
    try {
      // The plain models' Moshi: the dialect has already checked the platform's shape, and the
      // contract's required fields are not all reported by every platform.
      Object value = FlowJson.moshi().adapter(t).fromJsonValue(contract);
      if (value == null) throw new InvalidResponseException("Expected a JSON body from " + Transport.describe(request), null);
      return value;
    } catch (JsonDataException | IllegalArgumentException e) {
      throw new InvalidResponseException(
          "Unexpected response body from " + Transport.describe(request) + ": " + e.getMessage(), e);
    }
  }
}
