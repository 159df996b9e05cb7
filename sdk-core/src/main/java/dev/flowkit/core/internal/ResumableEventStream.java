package dev.flowkit.core.internal;

import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.StreamException;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.sse.internal.ServerSentEventReader;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * A Server-Sent Events stream that resumes itself. okhttp-sse parses the events; this class
 * adds what it lacks: reconnecting with {@code Last-Event-ID} after an IO error, a silent
 * connection (the stream client's read timeout) or an early end; honouring the server's
 * {@code retry:} hint; and delivering each event exactly once, in order, across reconnects.
 *
 * <p>It never reconnects on 204 (a clean end), on a 4xx, or on an answer that is not
 * {@code text/event-stream}. {@link #run()} blocks the calling thread until the stream ends;
 * every {@link Handler} callback comes from that thread, and none comes after
 * {@link Handler#onClosed()}.
 *
 * <p>We drive okhttp-sse's {@link ServerSentEventReader} ourselves rather than through
 * {@code EventSources}, because only the reader reports {@code retry:} and lets us skip a
 * leading byte-order mark, which the reader would otherwise take as part of the first field.
 */
public final class ResumableEventStream {
  /** Receives a stream's life. All calls come from the thread inside {@link #run()}. */
  public interface Handler {
    /** A connection was accepted (the first or a resumed one), before its events. */
    void onOpen(Response response);

    /** An event not seen before. */
    void onEvent(@Nullable String id, @Nullable String type, String data);

    /** The stream dropped and is about to be resumed; {@code attempt} counts from 1. */
    void onReconnect(int attempt, @Nullable String lastEventId, Throwable cause);

    /** Whether the final event has been seen, so that an end of stream is a clean one. */
    boolean isFinished();

    /** The request that resumes after {@code lastEventId}, or null when there is no way to. */
    @Nullable Request resumeRequest(@Nullable String lastEventId);

    /** The stream failed for good; {@link #onClosed()} follows. */
    void onFailure(FlowException error);

    /** The stream is over: finished, failed, or canceled. Always the last call. */
    void onClosed();
  }

  private static final ByteString BOM = ByteString.decodeHex("efbbbf");

  private final OkHttpClient client;
  private final ErrorMapper errors;
  private final ReconnectPolicy policy;
  private final Request initial;
  private final Handler handler;
  private final CountDownLatch canceledLatch = new CountDownLatch(1);

  private volatile boolean canceled;
  private volatile @Nullable Call currentCall;
  private @Nullable String lastEventId;
  private long lastSequence = -1;
  private long retryHintMillis = -1; // the server's retry: field, kept for the stream's life
  private long retryAfterMillis = -1; // a Retry-After header, for the next wait only

  /**
   * @param client a client whose read timeout is the stream's silence limit
   */
  public ResumableEventStream(
      OkHttpClient client, ErrorMapper errors, ReconnectPolicy policy, Request initial, Handler handler) {
    this.client = client;
    this.errors = errors;
    this.policy = policy;
    this.initial = initial;
    this.handler = handler;
  }

  /** Closes the connection at once; {@link #run()} then returns after {@code onClosed}. */
  public void cancel() {
    canceled = true;
    canceledLatch.countDown();
    Call call = currentCall;
    if (call != null) call.cancel();
  }

  public boolean isCanceled() {
    return canceled;
  }

  /** Streams until the final event, a failure, or {@link #cancel()}. */
  public void run() {
    try {
      FlowException failure = loop();
      if (failure != null && !canceled) handler.onFailure(failure);
    } catch (FlowException e) {
      if (!canceled) handler.onFailure(e);
    } catch (RuntimeException e) {
      if (!canceled) handler.onFailure(new StreamException("The event stream's handler failed: " + e, e));
    } finally {
      handler.onClosed();
    }
  }

  private @Nullable FlowException loop() {
    Request request = initial;
    int attempt = 0;
    while (!canceled) {
      Throwable cause;
      boolean refused = false; // 429 or 503: the server did nothing, so asking again is safe
      Call call = client.newCall(request);
      currentCall = call;
      if (canceled) call.cancel();
      try (Response response = call.execute()) {
        if (response.code() == 204) return null;
        if (!response.isSuccessful()) {
          FlowApiException error = errors.toException(response, Transport.describe(request));
          if (!isRetryable(response.code())) return error;
          retryAfterMillis = retryAfterMillis(response);
          refused = response.code() == 429 || response.code() == 503;
          cause = error;
        } else if (!isEventStream(response.body())) {
          return new StreamException(
              "Expected text/event-stream from " + Transport.describe(request) + " but got "
                  + response.body().contentType(), null);
        } else {
          handler.onOpen(response);
          long before = lastSequence;
          String idBefore = lastEventId;
          cause = read(response.body().source());
          if (lastSequence != before || !equal(lastEventId, idBefore)) attempt = 0; // progress
          if (cause == null) {
            if (handler.isFinished() || canceled) return null;
            cause = new IOException("the stream ended before its final event");
          }
        }
      } catch (IOException e) {
        cause = e;
      }
      if (canceled) return null;
      if (handler.isFinished()) return null;

      attempt++;
      Request resume = handler.resumeRequest(lastEventId);
      if (resume == null && refused) resume = request;
      if (resume == null || attempt > policy.maxAttempts()) {
        String why = resume == null ? "it cannot be resumed" : "gave up after " + policy.maxAttempts() + " reconnects";
        return new StreamException(
            "The event stream from " + Transport.describe(initial) + " dropped and " + why + ": " + cause, cause);
      }
      handler.onReconnect(attempt, lastEventId, cause);
      long hint = retryAfterMillis >= 0 ? retryAfterMillis : retryHintMillis;
      retryAfterMillis = -1;
      if (sleep(Backoff.millis(policy, attempt, hint))) return null;
      request = resume;
    }
    return null;
  }

  /** Reads events until the body ends (null) or fails (the cause). */
  private @Nullable Throwable read(BufferedSource source) {
    try {
      if (source.rangeEquals(0, BOM)) source.skip(BOM.size());
    } catch (IOException e) {
      return e;
    }
    ServerSentEventReader reader =
        new ServerSentEventReader(
            source,
            new ServerSentEventReader.Callback() {
              @Override
              public void onEvent(@Nullable String id, @Nullable String type, String data) {
                deliver(id, type, data);
              }

              @Override
              public void onRetryChange(long timeMs) {
                retryHintMillis = timeMs;
              }
            });
    try {
      while (!canceled && !handler.isFinished() && reader.processNextEvent()) {
        // Each call delivers at most one event.
      }
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  private void deliver(@Nullable String id, @Nullable String type, String data) {
    if (canceled) return;
    if (id != null) {
      long sequence = parseSequence(id);
      if (sequence >= 0) {
        if (sequence <= lastSequence) return; // replayed after a resume: already delivered
        lastSequence = sequence;
      }
      lastEventId = id;
    }
    handler.onEvent(id, type, data);
  }

  private boolean sleep(long millis) {
    try {
      return canceledLatch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      return true;
    }
  }

  private static boolean isRetryable(int code) {
    return code == 408 || code == 429 || code >= 500;
  }

  private static long retryAfterMillis(Response response) {
    java.time.Duration wait = ErrorMapper.retryAfter(response.header("Retry-After"));
    return wait == null ? -1 : wait.toMillis();
  }

  private static boolean isEventStream(@Nullable ResponseBody body) {
    if (body == null) return false;
    MediaType type = body.contentType();
    return type != null && type.type().equals("text") && type.subtype().equals("event-stream");
  }

  private static long parseSequence(String id) {
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  private static boolean equal(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : a.equals(b);
  }
}
