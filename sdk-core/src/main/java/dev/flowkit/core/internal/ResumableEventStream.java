package dev.flowkit.core.internal;

import dev.flowkit.core.FlowApiException;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.StreamException;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The Server-Sent Events {@link EventChannel}: a stream that resumes itself. {@link
 * EventStreamParser} reads the events as the HTML standard says; this class reconnects with
 * {@code Last-Event-ID} after an IO
 * error, a silent connection (the stream client's read timeout) or an early end (a body that
 * stops mid-line included); honours the server's {@code retry:} hint; and delivers each event
 * once, in order, across reconnects: an event is dropped as a replay only when its own
 * {@code id} is a sequence number at or below one already delivered.
 *
 * <p>Only a 200 answer of type {@code text/event-stream} opens the stream, and a 204 ends it
 * cleanly. A GET (an event source: a run's events, or the resume of any stream) is failed by
 * every other answer, without a reconnect, as the standard says. A POST (a trigger that
 * streams its run) is an API call first: it is asked again, under the same
 * {@link ReconnectPolicy} and after any {@code Retry-After}, on the answers {@link
 * RetryInterceptor} repeats for any call (408, 429 and 503; for a request with an
 * {@code Idempotency-Key} also 500, 502, 504 and 409 {@code IDEMPOTENCY_IN_PROGRESS}), and
 * sent again with its key when its answer never came and it has no resume request yet.
 *
 * <p>{@link #run()} (the push mode) blocks the calling thread until the stream ends; {@link
 * #pump()} instead reads only until the next event, so that a reader on its own thread pulls
 * events without a second thread or a queue between. Every {@link Handler} callback comes
 * from the thread that reads, and none comes after {@link Handler#onClosed()}. Whatever fails
 * inside — the parser, the handler — ends the stream with a {@link StreamException} (or the
 * typed error of a refused connection) through {@link Handler#onFailure}, never by leaving the
 * thread hanging or the failure unseen.
 */
public final class ResumableEventStream extends ChannelDriver {
  /** Receives a stream's life. All calls come from the thread that reads. */
  public interface Handler {
    /** A connection was accepted (the first or a resumed one), before its events. */
    void onOpen(Response response);

    /**
     * An event not seen before: {@code id} is the stream's last event id as of this event (null
     * if none), {@code type} its {@code event} field (null for the default, {@code message}).
     */
    void onEvent(@Nullable String id, @Nullable String type, String data);

    /**
     * As {@link #onEvent(String, String, String)}, with the data as its UTF-8 bytes, valid during
     * this call only: a handler that decodes JSON reads them without a {@code String} between.
     */
    default void onEvent(@Nullable String id, @Nullable String type, Buffer data) {
      onEvent(id, type, data.readUtf8());
    }

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

  private final Buffer chunk = new Buffer();

  private volatile @Nullable Call currentCall;
  // Owned by the thread that reads (run, pump, connect):
  private Request request;
  private int attempt;
  private @Nullable Response response; // the open connection
  private @Nullable EventStreamParser parser;
  private long sequenceAtOpen;
  private @Nullable String idAtOpen;
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
    this.request = initial;
    this.handler = handler;
  }

  @Override
  void interrupt() {
    Call call = currentCall;
    if (call != null) call.cancel();
  }

  @Override
  boolean isOpen() {
    return response != null;
  }

  @Override
  String describe() {
    return "The event stream from " + Transport.describe(initial);
  }

  @Override
  void onFailure(FlowException error) {
    handler.onFailure(error);
  }

  @Override
  void onClosed() {
    handler.onClosed();
  }

  /** One unit of work: a connection attempt, or one read. False once the stream is over. */
  @Override
  boolean step(boolean untilOpen) {
    if (canceled || handler.isFinished()) return false;
    Response open = response;
    if (open == null) return connectOnce();
    EventStreamParser p = Objects.requireNonNull(parser);
    try {
      if (open.body().source().read(chunk, CHUNK) == -1) {
        p.end(); // an event cut before its blank line is dropped; the resume repeats it
        dropped();
        if (handler.isFinished() || canceled) return false;
        return retry(new IOException("the stream ended before its final event"), false);
      }
      p.feed(chunk);
      return true;
    } catch (IOException e) {
      dropped();
      return retry(e, false);
    }
  }

  private boolean connectOnce() {
    Call call = client.newCall(request);
    currentCall = call;
    if (canceled) call.cancel();
    Response answer;
    try {
      answer = call.execute();
    } catch (IOException e) {
      FlowException carried = Transport.carried(e);
      if (carried != null) { // a typed failure inside the call: a refused login
        fail(carried);
        return false;
      }
      // No answer came: a GET, or a POST whose Idempotency-Key makes a repeat the same run, may
      // be sent again as it is. (After an answer, only a resume request goes on from a drop.)
      return retry(e, RetryInterceptor.isRepeatable(request));
    }
    FlowApiException refusal;
    boolean keep = false;
    try {
      if (answer.code() == 204) return false;
      if (answer.isSuccessful()) {
        if (answer.code() != 200 || !isEventStream(answer.body())) {
          fail(new StreamException(
              "Expected 200 text/event-stream from " + Transport.describe(request) + " but got "
                  + answer.code() + " " + answer.body().contentType(), null));
          return false;
        }
        response = answer;
        keep = true;
        parser = newParser();
        sequenceAtOpen = lastSequence;
        idAtOpen = lastEventId;
        handler.onOpen(answer);
        return true;
      }
      // An event source fails on any other status, as the standard says; a trigger that
      // streams is repeated where any call would be.
      boolean again = !request.method().equals("GET")
          && RetryInterceptor.isRetryable(request, answer, RetryInterceptor.isRepeatable(request));
      refusal = errors.toException(answer, Transport.describe(request));
      if (!again) {
        fail(refusal);
        return false;
      }
      retryAfterMillis = retryAfterMillis(answer);
    } finally {
      if (!keep) answer.close(); // before any wait for a retry
    }
    return retry(refusal, true); // safe: the server did nothing, or the key makes it the same run
  }

  /** The open connection ended; a connection that delivered something resets the attempts. */
  private void dropped() {
    closeConnection();
    if (lastSequence != sequenceAtOpen || !equal(lastEventId, idAtOpen)) attempt = 0;
  }

  @Override
  void release() {
    closeConnection();
  }

  private void closeConnection() {
    Response open = response;
    response = null;
    parser = null;
    chunk.clear();
    if (open != null) open.close();
  }

  /**
   * Waits and prepares the resumed request; false when the stream cannot or should not go on.
   * Without a resume request (the run is not known yet), the same request is sent again only
   * when {@code sameAgain}.
   */
  private boolean retry(Throwable cause, boolean sameAgain) {
    if (canceled || handler.isFinished()) return false;
    attempt++;
    Request resume = handler.resumeRequest(lastEventId);
    if (resume == null && sameAgain) resume = request;
    if (resume == null || attempt > policy.maxAttempts()) {
      String why = resume == null ? "it cannot be resumed" : "gave up after " + policy.maxAttempts() + " reconnects";
      fail(new StreamException(
          "The event stream from " + Transport.describe(initial) + " dropped and " + why + ": " + cause, cause));
      return false;
    }
    handler.onReconnect(attempt, lastEventId, cause);
    long hint = retryAfterMillis >= 0 ? retryAfterMillis : retryHintMillis;
    retryAfterMillis = -1;
    if (sleep(Backoff.millis(policy, attempt, hint))) return false;
    request = resume;
    return true;
  }

  private EventStreamParser newParser() {
    return new EventStreamParser(
        lastEventId,
        new EventStreamParser.Listener() {
          @Override
          public void onEvent(@Nullable String id, boolean idField, @Nullable String type, Buffer data) {
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
  }

  /** Records the id and hands the event on, unless its own id says it was delivered already. */
  private void deliver(@Nullable String id, boolean idField, @Nullable String type, @Nullable Buffer data) {
    if (canceled || handler.isFinished()) return;
    if (idField && id != null) {
      long sequence = sequence(id);
      if (sequence >= 0) {
        if (sequence <= lastSequence) return; // replayed after a resume: already delivered
        lastSequence = sequence;
      }
    }
    lastEventId = id;
    if (data != null) {
      delivered++;
      handler.onEvent(id, type, data);
    }
  }

  private static long retryAfterMillis(Response response) {
    java.time.Duration wait = ErrorMapper.retryAfter(response.headers());
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
