package dev.flowkit.core.internal;

import dev.flowkit.core.RawResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Collects the HTTP response of the calls made inside {@code withRawResponse}: a blocking call
 * records into the scope of its own thread; an asynchronous call takes the scope of the thread
 * that started it and records when its answer comes.
 */
public final class ResponseCapture {
  private static final ThreadLocal<ResponseCapture> CURRENT = new ThreadLocal<>();

  private volatile int statusCode = -1;
  private volatile @Nullable Map<String, List<String>> headers;

  /** The scope of this thread, or null outside {@code withRawResponse}. */
  public static @Nullable ResponseCapture current() {
    return CURRENT.get();
  }

  /** Runs {@code call} in a new scope and returns its value with the last response recorded. */
  public static <T> RawResponse<T> capture(Supplier<T> call) {
    ResponseCapture capture = new ResponseCapture();
    T value = capture.within(call);
    return capture.toRaw(value);
  }

  /** Runs {@code call} with this as the thread's scope. */
  public <T> T within(Supplier<T> call) {
    ResponseCapture outer = CURRENT.get();
    CURRENT.set(this);
    try {
      return call.get();
    } finally {
      if (outer == null) CURRENT.remove(); else CURRENT.set(outer);
    }
  }

  /** Records {@code response}'s status and headers (the body is not kept). */
  public void record(Response response) {
    headers = response.headers().toMultimap();
    statusCode = response.code();
  }

  /** {@code value} with the last response recorded. */
  public <T> RawResponse<T> toRaw(T value) {
    Map<String, List<String>> h = headers;
    if (statusCode < 0 || h == null) {
      throw new IllegalStateException("withRawResponse: the call made no HTTP request (a stream, or a call"
          + " answered without one); pass a call such as c -> c.workflows().getFlow(id)");
    }
    return RawResponse.of(statusCode, h, value);
  }
}
