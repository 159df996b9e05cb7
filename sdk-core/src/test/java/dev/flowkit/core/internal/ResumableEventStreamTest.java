package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.StreamException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reconnect loop against scripted answers; the reference server tests cover real runs. */
class ResumableEventStreamTest {
  private MockWebServer server;
  private Transport transport;
  private final Recorder recorder = new Recorder();

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    transport = new Transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .streamReadTimeout(Duration.ofMillis(500)).build());
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  @Test
  void leadingByteOrderMarkDoesNotHideTheFirstEvent() {
    Buffer body = new Buffer().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
        .writeUtf8("id: 1\nevent: msg\ndata: first\n\nid: 2\nevent: output\ndata: done\n\n");
    server.enqueue(sse(body));
    run(ReconnectPolicy.defaults());
    assertEquals(List.of("1 msg first", "2 output done"), recorder.events);
    assertNull(recorder.failure);
  }

  @Test
  void streamEndingMidLineResumesAndLosesNothing() throws Exception {
    server.enqueue(sse(new Buffer().writeUtf8("retry: 10\nid: 1\nevent: msg\ndata: a\n\nid: 2\nevent: msg\nda")));
    server.enqueue(sse(new Buffer().writeUtf8("id: 1\nevent: msg\ndata: a\n\nid: 2\nevent: msg\ndata: b\n\nid: 3\nevent: output\ndata: c\n\n")));
    run(ReconnectPolicy.defaults());

    assertEquals(List.of("1 msg a", "2 msg b", "3 output c"), recorder.events, "the replayed event 1 is dropped");
    assertEquals(List.of("1@1"), recorder.reconnects);
    server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest resume = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("1", resume.getHeaders().get("Last-Event-ID"));
    assertEquals("/resume", resume.getUrl().encodedPath());
  }

  @Test
  void theServersRetryFieldReplacesTheBackoff() {
    server.enqueue(sse(new Buffer().writeUtf8("retry: 20\nid: 1\nevent: msg\ndata: a\n\n")));
    server.enqueue(sse(new Buffer().writeUtf8("id: 2\nevent: output\ndata: b\n\n")));
    long started = System.nanoTime();
    // Left alone, this policy would wait 5 to 10 s before reconnecting.
    run(ReconnectPolicy.of(3, Duration.ofSeconds(10), Duration.ofSeconds(30)));
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertEquals(List.of("1 msg a", "2 output b"), recorder.events);
    assertTrue(tookMillis < 3_000, "reconnected after " + tookMillis + " ms");
  }

  @Test
  void noContentEndsCleanlyWithoutReconnecting() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    run(ReconnectPolicy.defaults());
    assertNull(recorder.failure);
    assertEquals(1, server.getRequestCount());
    assertTrue(recorder.closed);
  }

  @Test
  void notFoundIsATypedFailureWithoutReconnecting() {
    server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"RUN_NOT_FOUND\",\"message\":\"no run\"}").build());
    run(ReconnectPolicy.defaults());
    assertInstanceOf(NotFoundException.class, recorder.failure);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void htmlAnswerIsAStreamExceptionWithoutReconnecting() {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html").body("<html>proxy</html>").build());
    run(ReconnectPolicy.defaults());
    assertInstanceOf(StreamException.class, recorder.failure);
    assertTrue(recorder.failure.getMessage().contains("text/html"), recorder.failure.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRefusedTriggerIsAskedAgainThenGivenUp() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("{}").build());
    }
    run(ReconnectPolicy.of(2, Duration.ofMillis(1), Duration.ofMillis(5)), trigger(null));
    assertInstanceOf(StreamException.class, recorder.failure);
    assertTrue(recorder.failure.getMessage().contains("gave up after 2 reconnects"), recorder.failure.getMessage());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void anEventSourceFailsOnEveryStatusButTwoHundredWithoutReconnecting() {
    // The HTML standard's EventSource, and web-platform-tests' status-error cases (plus 429, 500).
    int[] statuses = {205, 210, 299, 404, 410, 429, 500, 503};
    for (int status : statuses) {
      MockResponse.Builder answer = new MockResponse.Builder().code(status)
          .addHeader("Content-Type", "text/event-stream").addHeader("Retry-After", "0");
      // 205 Reset Content has no body by definition (OkHttp refuses one that claims a body).
      server.enqueue(status == 205 ? answer.build() : answer.body("id: 1\nevent: output\ndata: x\n\n").build());
      Recorder one = new Recorder().with(server);
      run(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), get(), one);
      assertTrue(one.failure != null, status + " failed the stream");
      if (status >= 400) {
        assertInstanceOf(dev.flowkit.core.FlowApiException.class, one.failure, String.valueOf(status));
      } else {
        assertInstanceOf(StreamException.class, one.failure, String.valueOf(status));
      }
      assertEquals(List.of(), one.events, status + " delivered nothing");
      assertEquals(List.of(), one.reconnects, status + " did not reconnect");
      assertTrue(one.closed);
    }
    assertEquals(statuses.length, server.getRequestCount());
  }

  @Test
  void onlyA200OpensTheStream() {
    server.enqueue(new MockResponse.Builder().code(202).addHeader("Content-Type", "text/event-stream")
        .body("id: 1\nevent: output\ndata: x\n\n").build());
    run(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)));
    assertInstanceOf(StreamException.class, recorder.failure);
    assertTrue(recorder.failure.getMessage().contains("202"), recorder.failure.getMessage());
    assertEquals(List.of(), recorder.events);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aTriggerToldToComeBackLaterIsAskedAgainAfterItsRetryAfter() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").body("{}").build());
    server.enqueue(new MockResponse.Builder().code(409).addHeader("Retry-After", "0")
        .body("{\"error\":\"IDEMPOTENCY_IN_PROGRESS\"}").build());
    server.enqueue(new MockResponse.Builder().code(500).body("{}").build());
    server.enqueue(sse(new Buffer().writeUtf8("id: 1\nevent: output\ndata: done\n\n")));
    run(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), trigger("key-1"));
    assertNull(recorder.failure);
    assertEquals(List.of("1 output done"), recorder.events);
    for (int i = 0; i < 4; i++) {
      RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("POST", sent.getMethod());
      assertEquals("key-1", sent.getHeaders().get("Idempotency-Key"));
    }
  }

  @Test
  void aTriggerWithoutAKeyIsNotRepeatedAfterAServerError() {
    server.enqueue(new MockResponse.Builder().code(500).body("{\"error\":\"INTERNAL_ERROR\"}").build());
    run(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), trigger(null));
    assertInstanceOf(dev.flowkit.core.InternalServerException.class, recorder.failure);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aKeyedPostWhoseAnswerNeverCameIsSentAgainWithItsKey() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(sse(new Buffer().writeUtf8("id: 1\nevent: output\ndata: done\n\n")));
    run(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), trigger("key-1"));

    assertNull(recorder.failure);
    assertEquals(List.of("1 output done"), recorder.events);
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("POST", second.getMethod());
    assertEquals("key-1", first.getHeaders().get("Idempotency-Key"));
    assertEquals("key-1", second.getHeaders().get("Idempotency-Key"));
  }

  @Test
  void aKeyedTriggerThatDropsAfterItsAnswerIsNotPostedAgain() {
    // Once an answer came, only a resume request may go on: a platform without one (FlowAI)
    // would start the flow again on a second POST, whatever key it carries.
    server.enqueue(sse(new Buffer().writeUtf8("event: msg\ndata: a\n\n")));
    run(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), trigger("key-1"));

    assertEquals(List.of("null msg a"), recorder.events);
    assertInstanceOf(StreamException.class, recorder.failure);
    assertTrue(recorder.failure.getMessage().contains("cannot be resumed"), recorder.failure.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPostWithoutAKeyWhoseAnswerNeverCameIsNotRepeated() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    run(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), trigger(null));

    assertInstanceOf(StreamException.class, recorder.failure);
    assertTrue(recorder.failure.getMessage().contains("cannot be resumed"), recorder.failure.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void silenceLongerThanTheReadTimeoutResumes() {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(
                new mockwebserver3.MockResponseBody() {
                  @Override
                  public long getContentLength() {
                    return -1;
                  }

                  @Override
                  public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
                    sink.writeUtf8("id: 1\nevent: msg\ndata: a\n\n").flush();
                    try {
                      Thread.sleep(3_000); // silent: no events, no heartbeats
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                })
            .build());
    server.enqueue(sse(new Buffer().writeUtf8("id: 2\nevent: output\ndata: b\n\n")));
    run(ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)));
    assertEquals(List.of("1 msg a", "2 output b"), recorder.events);
    assertEquals(1, recorder.reconnects.size());
  }

  @Test
  void loneCarriageReturnLineEndsOverHttp() {
    server.enqueue(sse(new Buffer().writeUtf8("id: 1\revent: msg\rdata: a\r\rid: 2\revent: output\rdata: b\r\r")));
    run(ReconnectPolicy.defaults());
    assertEquals(List.of("1 msg a", "2 output b"), recorder.events);
    assertNull(recorder.failure);
  }

  @Test
  void mixedLineEndingsAndACrLfSplitAcrossWritesOverHttp() {
    server.enqueue(
        trickled(
            "id: 1\r\nevent: msg\ndata: a\r",
            "\ndata: b\r",
            "\n\r",
            "\nid: 2\revent: output\r\ndata: c\n\n"));
    run(ReconnectPolicy.defaults());
    assertEquals(List.of("1 msg a\nb", "2 output c"), recorder.events);
    assertNull(recorder.failure);
  }

  @Test
  void blockWithOnlyAnIdMovesTheResumePoint() throws Exception {
    server.enqueue(sse(new Buffer().writeUtf8("retry: 1\nid: 1\nevent: msg\ndata: a\n\nid: 2\n\n")));
    server.enqueue(sse(new Buffer().writeUtf8("id: 3\nevent: output\ndata: c\n\n")));
    run(ReconnectPolicy.defaults());
    assertEquals(List.of("1 msg a", "3 output c"), recorder.events);
    assertEquals(List.of("1@2"), recorder.reconnects);
    server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("2", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Last-Event-ID"));
  }

  @Test
  void idContainingNulIsIgnoredAndNeverSentBack() throws Exception {
    server.enqueue(sse(new Buffer().writeUtf8("retry: 1\nid: 1\nevent: msg\ndata: a\n\nid: 2\u0000\nevent: msg\ndata: b\n\n")));
    server.enqueue(sse(new Buffer().writeUtf8("id: 2\nevent: output\ndata: c\n\n")));
    run(ReconnectPolicy.defaults());
    assertEquals(List.of("1 msg a", "1 msg b", "2 output c"), recorder.events);
    server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("1", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Last-Event-ID"));
  }

  @Test
  void eventsWithoutTheirOwnIdAreNotTakenForReplays() throws Exception {
    server.enqueue(
        sse(new Buffer().writeUtf8("retry: 1\nid: 1\nevent: msg\ndata: a\n\nevent: stream\ndata: b\n\nevent: stream\ndata: c\n\n")));
    server.enqueue(sse(new Buffer().writeUtf8("id: 1\nevent: msg\ndata: a\n\nevent: stream\ndata: d\n\nid: 2\nevent: output\ndata: e\n\n")));
    run(ReconnectPolicy.defaults());
    // Only event 1 carries an id that shows it was delivered before; the others are new to us.
    assertEquals(List.of("1 msg a", "1 stream b", "1 stream c", "1 stream d", "2 output e"), recorder.events);
  }

  @Test
  void streamCutMidLineOverARealConnectionResumes() throws Exception {
    // The connection closes without the final chunk, in the middle of a data line.
    server.enqueue(
        trickled("retry: 1\nid: 1\nevent: msg\ndata: a\n\n", "id: 2\nevent: msg\ndata: {\"half")
            .newBuilder()
            .onResponseEnd(new mockwebserver3.SocketEffect.CloseSocket())
            .build());
    server.enqueue(sse(new Buffer().writeUtf8("id: 2\nevent: msg\ndata: b\n\nid: 3\nevent: output\ndata: c\n\n")));
    run(ReconnectPolicy.defaults());
    assertEquals(List.of("1 msg a", "2 msg b", "3 output c"), recorder.events);
    assertNull(recorder.failure);
  }

  @Test
  void handlerThatThrowsEndsTheStreamWithAStreamException() {
    server.enqueue(sse(new Buffer().writeUtf8("id: 1\nevent: msg\ndata: a\n\nid: 2\nevent: output\ndata: b\n\n")));
    recorder.throwOn = "a";
    run(ReconnectPolicy.defaults());
    assertInstanceOf(StreamException.class, recorder.failure);
    assertInstanceOf(IllegalStateException.class, recorder.failure.getCause());
    assertTrue(recorder.closed);
    assertEquals(1, server.getRequestCount());
  }

  private static MockResponse trickled(String... parts) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream")
        .body(
            new mockwebserver3.MockResponseBody() {
              @Override
              public long getContentLength() {
                return -1;
              }

              @Override
              public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
                for (String part : parts) {
                  sink.writeUtf8(part).flush();
                  try {
                    Thread.sleep(30); // each part arrives as its own read
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                }
              }
            })
        .build();
  }

  @Test
  void pullModeReadsOnlyUntilTheNextEventAndResumesAcrossADrop() throws Exception {
    // The first body ends after event 1, before the final event: the pump after it resumes.
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream")
        .body(new Buffer().writeUtf8("retry: 10\nid: 1\nevent: msg\ndata: a\n\n"))
        .build());
    server.enqueue(sse(new Buffer().writeUtf8("id: 2\nevent: msg\ndata: b\n\nid: 3\nevent: output\ndata: c\n\n")));
    Request initial = new Request.Builder().url(server.url("/stream")).build();
    ResumableEventStream stream = new ResumableEventStream(
        transport.streamClient(), transport.errors(), ReconnectPolicy.defaults(), initial, recorder.with(server));

    assertTrue(stream.connect());
    assertEquals(List.of(), recorder.events, "connect() reads no event");
    assertTrue(stream.pump());
    assertEquals(List.of("1 msg a"), recorder.events);
    assertFalse(recorder.closed);
    assertTrue(stream.pump()); // the first body ends early: resumed after id 1 on this thread
    assertEquals(List.of("1@1"), recorder.reconnects);
    assertTrue(recorder.events.contains("2 msg b"));
    int pumps = 0;
    while (stream.pump() && pumps++ < 10) {
      // to the end
    }
    assertEquals(List.of("1 msg a", "2 msg b", "3 output c"), recorder.events);
    assertTrue(recorder.closed);
    assertNull(recorder.failure);
    assertFalse(stream.pump(), "over stays over");
    server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("1", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Last-Event-ID"));
  }

  private void run(ReconnectPolicy policy) {
    run(policy, get(), recorder);
  }

  private void run(ReconnectPolicy policy, Request initial) {
    run(policy, initial, recorder);
  }

  private void run(ReconnectPolicy policy, Request initial, Recorder handler) {
    new ResumableEventStream(transport.streamClient(), transport.errors(), policy, initial, handler.with(server)).run();
  }

  /** An event source: {@code GET /stream}, resumed at {@code /resume}. */
  private Request get() {
    return new Request.Builder().url(server.url("/stream")).build();
  }

  /**
   * A trigger that streams its run, before the run is known: only the POST itself can be
   * repeated (the recorder has no resume request for it).
   */
  private Request trigger(@Nullable String idempotencyKey) {
    recorder.noResume = true;
    Request.Builder post = new Request.Builder().url(server.url("/trigger")).post(okhttp3.RequestBody.create("{}", Transport.JSON));
    if (idempotencyKey != null) post.header("Idempotency-Key", idempotencyKey);
    return post.build();
  }

  private static MockResponse sse(Buffer body) {
    return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build();
  }

  static final class Recorder implements ResumableEventStream.Handler {
    final List<String> events = new ArrayList<>();
    final List<String> reconnects = new ArrayList<>();
    @Nullable FlowException failure;
    boolean finished;
    boolean closed;
    @Nullable String throwOn;
    boolean noResume;
    MockWebServer server;

    Recorder with(MockWebServer server) {
      this.server = server;
      return this;
    }

    @Override
    public void onOpen(Response response) {}

    @Override
    public void onEvent(@Nullable String id, @Nullable String type, String data) {
      if (data.equals(throwOn)) throw new IllegalStateException("listener bug");
      events.add(id + " " + type + " " + data);
      if ("output".equals(type)) finished = true;
    }

    @Override
    public void onReconnect(int attempt, @Nullable String lastEventId, Throwable cause) {
      reconnects.add(attempt + "@" + lastEventId);
    }

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public @Nullable Request resumeRequest(@Nullable String lastEventId) {
      if (noResume) return null;
      Request.Builder builder = new Request.Builder().url(server.url("/resume"));
      if (lastEventId != null) builder.header("Last-Event-ID", lastEventId);
      return builder.build();
    }

    @Override
    public void onFailure(FlowException error) {
      failure = error;
    }

    @Override
    public void onClosed() {
      closed = true;
    }
  }
}
