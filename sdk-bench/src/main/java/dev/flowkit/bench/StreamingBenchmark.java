package dev.flowkit.bench;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.FlowJson;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.internal.ErrorMapper;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.RunEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events per second of one run-event stream read three ways: raw okhttp-sse, Flowkit's
 * {@link ResumableEventStream} (the same parser plus resume bookkeeping), and the public
 * {@link RunStream} (all of that plus JSON decoding into {@link RunEvent}s and a hand-off from
 * the stream thread). Every operation reads one whole stream of {@link #EVENTS} events from a
 * local {@link MockWebServer}, and fails unless it saw exactly that many.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StreamingBenchmark {
  /** Events in each stream: {@code EVENTS - 1} tokens, then the output. */
  public static final int EVENTS = 10_000;

  @State(Scope.Benchmark)
  public static class StreamState {
    MockWebServer server;
    OkHttpClient okHttp;
    Request request;
    ErrorMapper errors;
    FlowClient client;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      MockResponse response =
          new MockResponse.Builder()
              .setHeader("Content-Type", "text/event-stream")
              .body(payload(EVENTS))
              .build();
      server = new MockWebServer();
      // The same response for every request and path (the body is copied on each write).
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return response;
            }
          });
      server.start(InetAddress.getByName("127.0.0.1"), 0);

      okHttp = new OkHttpClient();
      request =
          new Request.Builder()
              .url(server.url("/api/runs/run_1/events"))
              .header("Accept", "text/event-stream")
              .build();
      errors = new ErrorMapper(FlowJson.moshi());
      client = FlowClient.builder().baseUrl(server.url("/").toString()).apiKey("k").build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      client.close();
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
      server.close();
    }
  }

  /** A FlowAI-format stream: {@code n - 1} {@code stream} events, then one {@code output}. */
  static Buffer payload(int n) {
    Buffer body = new Buffer();
    for (int i = 1; i < n; i++) {
      body.writeUtf8("id: ")
          .writeUtf8(Integer.toString(i))
          .writeUtf8("\nevent: stream\ndata: {\"Content\":\" tok\",\"Node\":\"write\",\"Reasoning\":null}\n\n");
    }
    body.writeUtf8("id: ")
        .writeUtf8(Integer.toString(n))
        .writeUtf8(
            "\nevent: output\ndata: {\"output\":\"tok tok tok\",\"total_time\":1.0,"
                + "\"runId\":\"run_1\",\"status\":\"SUCCEEDED\"}\n\n");
    return body;
  }

  /** The baseline: okhttp-sse parses the events; nothing is decoded. */
  @Benchmark
  public int rawOkHttpSse(StreamState state, Blackhole blackhole) throws IOException {
    CountingListener listener = new CountingListener(blackhole);
    try (Response response = state.okHttp.newCall(state.request).execute()) {
      EventSources.processResponse(response, listener);
    }
    return check("rawOkHttpSse", listener.count, listener.failure);
  }

  /** The same parser driven by Flowkit's resumable stream: dedupe by id, no JSON decoding. */
  @Benchmark
  public int flowkitResumableStream(StreamState state, Blackhole blackhole) {
    CountingHandler handler = new CountingHandler(blackhole);
    new ResumableEventStream(state.okHttp, state.errors, ReconnectPolicy.never(), state.request, handler).run();
    if (!handler.closed) throw new IllegalStateException("flowkitResumableStream: onClosed never came");
    return check("flowkitResumableStream", handler.count, handler.failure);
  }

  /** The public API end to end: typed, JSON-decoded events from a blocking {@link RunStream}. */
  @Benchmark
  public int flowkitTypedEvents(StreamState state, Blackhole blackhole) {
    int count = 0;
    RunEvent last = null;
    try (RunStream events = state.client.workflows().streamRun("run_1")) {
      while (events.hasNext()) {
        RunEvent event = events.next();
        count++;
        blackhole.consume(event);
        last = event;
      }
    }
    if (!(last instanceof RunEvent.Output)) {
      throw new IllegalStateException("flowkitTypedEvents: the last event was " + last + ", not the output");
    }
    return check("flowkitTypedEvents", count, null);
  }

  private static int check(String benchmark, int count, @Nullable Throwable failure) {
    if (failure != null) throw new IllegalStateException(benchmark + ": the stream failed", failure);
    if (count != EVENTS) {
      throw new IllegalStateException(benchmark + ": saw " + count + " events, expected " + EVENTS);
    }
    return count;
  }

  static final class CountingListener extends EventSourceListener {
    private final Blackhole blackhole;
    int count;
    @Nullable Throwable failure;

    CountingListener(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void onEvent(EventSource eventSource, @Nullable String id, @Nullable String type, String data) {
      count++;
      blackhole.consume(data);
    }

    @Override
    public void onFailure(EventSource eventSource, @Nullable Throwable t, @Nullable Response response) {
      failure = t != null ? t : new IOException("failed with " + response);
    }
  }

  static final class CountingHandler implements ResumableEventStream.Handler {
    private final Blackhole blackhole;
    int count;
    boolean finished;
    boolean closed;
    @Nullable FlowException failure;

    CountingHandler(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void onOpen(Response response) {}

    @Override
    public void onEvent(@Nullable String id, @Nullable String type, String data) {
      count++;
      if ("output".equals(type)) finished = true;
      blackhole.consume(data);
    }

    @Override
    public void onReconnect(int attempt, @Nullable String lastEventId, Throwable cause) {}

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public @Nullable Request resumeRequest(@Nullable String lastEventId) {
      return null; // never resumes: a drop fails the benchmark rather than replaying events
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
