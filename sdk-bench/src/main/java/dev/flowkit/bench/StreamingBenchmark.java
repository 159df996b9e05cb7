package dev.flowkit.bench;

import com.squareup.moshi.JsonAdapter;
import dev.flowkit.bench.raw.RawModels;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.core.internal.ErrorMapper;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.models.RunEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
 * Events per second of one run-event stream. The pair that matters: raw okhttp-sse with each
 * event decoded by plain Moshi into hand-written classes ({@link #rawSseMoshi}), against the
 * public API with a listener ({@link #flowkitListener}) and with the blocking {@link RunStream}
 * ({@link #flowkitRunStream}). Two more show where time goes: raw okhttp-sse with no decoding,
 * and Flowkit's {@link ResumableEventStream} with no decoding. Every operation reads one whole
 * stream of {@link #EVENTS} events from a local {@link MockWebServer}, and fails unless it saw
 * exactly that many.
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
      // The same response for every request and path (the body is copied on each write).
      server =
          LocalServers.start(
              new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                  return response;
                }
              });

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
    return Payloads.runEvents(n);
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

  /**
   * The baseline for typed events: okhttp-sse parses, plain Moshi decodes each {@code data:}
   * into a hand-written class chosen by the event type, on the calling thread.
   */
  @Benchmark
  public int rawSseMoshi(StreamState state, Blackhole blackhole) throws IOException {
    DecodingListener listener = new DecodingListener(blackhole);
    try (Response response = state.okHttp.newCall(state.request).execute()) {
      EventSources.processResponse(response, listener);
    }
    if (!(listener.last instanceof RawModels.Output)) {
      throw new IllegalStateException("rawSseMoshi: the last event was " + listener.last + ", not the output");
    }
    return check("rawSseMoshi", listener.count, listener.failure);
  }

  /**
   * What a raw user writes for a blocking iterator: okhttp-sse's asynchronous {@code EventSource}
   * decodes each event with plain Moshi on OkHttp's thread and hands it over through a 64-slot
   * {@link ArrayBlockingQueue}, the size of {@code RunStream}'s buffer.
   */
  @Benchmark
  public int rawSseMoshiQueue(StreamState state, Blackhole blackhole) throws InterruptedException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
    Object end = new Object();
    DecodingListener decoder = new DecodingListener(blackhole);
    EventSource source =
        EventSources.createFactory(state.okHttp)
            .newEventSource(
                state.request,
                new EventSourceListener() {
                  @Override
                  public void onEvent(EventSource s, @Nullable String id, @Nullable String type, String data) {
                    decoder.onEvent(s, id, type, data);
                    put(queue, decoder.last);
                  }

                  @Override
                  public void onClosed(EventSource s) {
                    put(queue, end);
                  }

                  @Override
                  public void onFailure(EventSource s, @Nullable Throwable t, @Nullable Response response) {
                    decoder.onFailure(s, t, response);
                    put(queue, end);
                  }
                });
    int count = 0;
    Object last = null;
    try {
      for (Object item = queue.take(); item != end; item = queue.take()) {
        count++;
        last = item;
        blackhole.consume(item);
      }
    } finally {
      source.cancel();
    }
    if (!(last instanceof RawModels.Output)) {
      throw new IllegalStateException("rawSseMoshiQueue: the last event was " + last + ", not the output");
    }
    return check("rawSseMoshiQueue", count, decoder.failure);
  }

  private static void put(BlockingQueue<Object> queue, @Nullable Object item) {
    try {
      queue.put(item == null ? "null" : item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The same parser driven by Flowkit's resumable stream: dedupe by id, no JSON decoding. */
  @Benchmark
  public int flowkitResumableStream(StreamState state, Blackhole blackhole) {
    CountingHandler handler = new CountingHandler(blackhole);
    new ResumableEventStream(state.okHttp, state.errors, ReconnectPolicy.never(), state.request, handler).run();
    if (!handler.closed) throw new IllegalStateException("flowkitResumableStream: onClosed never came");
    return check("flowkitResumableStream", handler.count, handler.failure);
  }

  /**
   * The public API end to end with a listener: typed events delivered on Flowkit's stream
   * thread; the benchmark thread waits for the end.
   */
  @Benchmark
  public int flowkitListener(StreamState state, Blackhole blackhole) throws InterruptedException {
    CountingEventListener listener = new CountingEventListener(blackhole);
    RunSubscription subscription = state.client.workflows().streamRun("run_1", listener);
    if (!subscription.awaitCompletion(Duration.ofMinutes(1))) {
      subscription.cancel();
      throw new IllegalStateException("flowkitListener: the stream did not end within a minute");
    }
    if (!(listener.last instanceof RunEvent.Output)) {
      throw new IllegalStateException("flowkitListener: the last event was " + listener.last + ", not the output");
    }
    return check("flowkitListener", listener.count, listener.failure);
  }

  /** The public API end to end: typed, JSON-decoded events from a blocking {@link RunStream}. */
  @Benchmark
  public int flowkitRunStream(StreamState state, Blackhole blackhole) {
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
      throw new IllegalStateException("flowkitRunStream: the last event was " + last + ", not the output");
    }
    return check("flowkitRunStream", count, null);
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

  /** Decodes each event as a raw user would: pick the class by the event type, then Moshi. */
  static final class DecodingListener extends EventSourceListener {
    private static final JsonAdapter<RawModels.Token> TOKEN = RawModels.MOSHI.adapter(RawModels.Token.class);
    private static final JsonAdapter<RawModels.Output> OUTPUT = RawModels.MOSHI.adapter(RawModels.Output.class);
    private static final JsonAdapter<RawModels.Message> MESSAGE = RawModels.MOSHI.adapter(RawModels.Message.class);
    private static final JsonAdapter<RawModels.Failure> FAILURE = RawModels.MOSHI.adapter(RawModels.Failure.class);

    private final Blackhole blackhole;
    int count;
    @Nullable Object last;
    @Nullable Throwable failure;

    DecodingListener(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void onEvent(EventSource eventSource, @Nullable String id, @Nullable String type, String data) {
      Object event;
      try {
        if ("stream".equals(type)) {
          event = TOKEN.fromJson(data);
        } else if ("output".equals(type)) {
          event = OUTPUT.fromJson(data);
        } else if ("msg".equals(type)) {
          event = MESSAGE.fromJson(data);
        } else if ("error".equals(type)) {
          event = FAILURE.fromJson(data);
        } else {
          event = data;
        }
      } catch (IOException e) {
        failure = e;
        return;
      }
      count++;
      last = event;
      blackhole.consume(event);
    }

    @Override
    public void onFailure(EventSource eventSource, @Nullable Throwable t, @Nullable Response response) {
      failure = t != null ? t : new IOException("failed with " + response);
    }
  }

  /** Counts typed events through the public listener API. */
  static final class CountingEventListener implements RunEventListener {
    private final Blackhole blackhole;
    // Plain fields: awaitCompletion's latch publishes them to the benchmark thread.
    int count;
    @Nullable RunEvent last;
    @Nullable Throwable failure;

    CountingEventListener(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void onEvent(RunSubscription subscription, RunEvent event) {
      count++;
      last = event;
      blackhole.consume(event);
    }

    @Override
    public void onFailure(RunSubscription subscription, dev.flowkit.core.FlowException error) {
      failure = error;
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
