package dev.flowkit.workflows.internal;

import dev.flowkit.core.internal.Transport;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
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

  private ApiCall(
      Transport transport, Request request, @Nullable Type type, Function<@Nullable Object, T> mapper) {
    this.transport = transport;
    this.request = request;
    this.type = type;
    this.mapper = mapper;
  }

  /** A call whose body decodes as {@code type}. */
  @SuppressWarnings("unchecked")
  public static <T> ApiCall<T> of(Transport transport, Request request, Type type) {
    return new ApiCall<>(transport, request, type, body -> (T) body);
  }

  /** A call with no body to read (204). */
  public static ApiCall<@Nullable Void> noContent(Transport transport, Request request) {
    return new ApiCall<>(transport, request, null, body -> null);
  }

  public Request request() {
    return request;
  }

  /** The same call yielding {@code f} of the result. */
  public <R> ApiCall<R> map(Function<? super T, R> f) {
    Function<@Nullable Object, T> inner = mapper;
    return new ApiCall<>(transport, request, type, body -> f.apply(inner.apply(body)));
  }

  /** The same call sent with another request (for example with a longer read timeout). */
  public ApiCall<T> withRequest(Request other) {
    return new ApiCall<>(transport, other, type, mapper);
  }

  /** Runs the call on this thread. */
  public T execute() {
    if (type == null) {
      transport.executeNoContent(request);
      return mapper.apply(null);
    }
    return mapper.apply(transport.execute(request, type));
  }

  /** Runs the call on OkHttp's dispatcher; cancelling the future cancels the call. */
  public CompletableFuture<T> executeAsync() {
    CompletableFuture<@Nullable Object> call = transport.executeAsync(request, type);
    CompletableFuture<T> result = call.thenApply(mapper);
    // Cancelling the derived future must reach the HTTP call too.
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) call.cancel(true);
    });
    return result;
  }
}
