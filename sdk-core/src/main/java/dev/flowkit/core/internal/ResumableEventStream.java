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
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * A Server-Sent Events stream that resumes itself. {@link EventStreamParser} reads the events
 * as the HTML standard says; this class reconnects with {@code Last-Event-ID} after an IO
 * error, a silent connection (the stream client's read timeout) or an early end (a body that
 * stops mid-line included); honours the server's {@code retry:} hint; and delivers each event
 * once, in order, across reconnects: an event is dropped as a replay only when its own
 * {@code id} is a sequence number at or below one already delivered.
 *
 * <p>It never reconnects on 204 (a clean end), on a 4xx, or on an answer that is not
 * {@code text/event-stream}. {@link #run()} blocks the calling thread until the stream ends;
 * every {@link Handler} callback comes from that thread, and none comes after
 * {@link Handler#onClosed()}. Whatever fails inside — the parser, the handler — ends the stream
 * with a {@link StreamException} (or the typed error of a refused connection) through
 * {@link Handler#onFailure}, never by leaving the thread hanging or the failure unseen.
 */
public final class ResumableEventStream {
  /** Receives a stream's life. All calls come from the thread inside {@link #run()}. */
  public interface Handler {
    /** A connection was accepted (the first or a resumed one), before its events. */
    void onOpen(Response response);

    /**
     * An event not seen before: {@code id} is the stream's last event id as of this event (null
     * if none), {@code type} its {@code event} field (null for the default, {@code message}).
     */
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

  private static final long CHUNK = 8192;

  private final OkHttpClient client;
  private final ErrorMapper errors;
  private final ReconnectPolicy policy;
  private final Request initial;
  private final Handler handler;
  private final CountDownLatch canceledLatch = new CountDownLatch(1);

  private volatile boolean canceled;
  private volatile @Nullable Call currentCall;
  private @Nullable String lastEventId;
  private long lastSequence = -1; // the highest numeric id delivered
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
      if (failure != null) fail(failure);
    } catch (FlowException e) {
      fail(e);
    } catch (RuntimeException | Error e) {
      // A handler's bug still ends the stream with a typed error its listener sees.
      fail(new StreamException("The event stream from " + Transport.describe(initial) + " failed: " + e, e));
      if (e instanceof VirtualMachineError) throw e;
    } finally {
      handler.onClosed();
    }
  }

  private void fail(FlowException error) {
    if (canceled) return;
    try {
      handler.onFailure(error);
    } catch (RuntimeException ignored) {
      // The failure was reported as far as it can be; onClosed still follows.
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
    EventStreamParser parser =
        new EventStreamParser(
            lastEventId,
            new EventStreamParser.Listener() {
              @Override
              public void onEvent(@Nullable String id, boolean idField, @Nullable String type, String data) {
                deliver(id, idField, type, data);
              }

              @Override
              public void onLastEventId(@Nullable String id) {
                deliver(id, true, null, null);
              }

              @Override
              public void onRetry(long millis) {
                retryHintMillis = millis;
              }
            });
    Buffer chunk = new Buffer();
    try {
      while (!canceled && !handler.isFinished()) {
        if (source.read(chunk, CHUNK) == -1) {
          parser.end(); // an event cut before its blank line is dropped; the resume repeats it
          return null;
        }
        parser.feed(chunk);
      }
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  /** Records the id and hands the event on, unless its own id says it was delivered already. */
  private void deliver(@Nullable String id, boolean idField, @Nullable String type, @Nullable String data) {
    if (canceled || handler.isFinished()) return;
    if (idField && id != null) {
      long sequence = sequence(id);
      if (sequence >= 0) {
        if (sequence <= lastSequence) return; // replayed after a resume: already delivered
        lastSequence = sequence;
      }
    }
    lastEventId = id;
    if (data != null) handler.onEvent(id, type, data);
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

  /** The id as a sequence number if it is one (ASCII digits, fits a long), else -1. */
  static long sequence(String id) {
    if (id.isEmpty() || id.length() > 18) return -1;
    long result = 0;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') return -1;
      result = result * 10 + (c - '0');
    }
    return result;
  }

  private static boolean equal(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : a.equals(b);
  }
}
