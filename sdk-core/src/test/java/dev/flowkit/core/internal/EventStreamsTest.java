package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.NotFoundException;
import dev.flowkit.core.ReconnectPolicy;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generic pull and push machinery over a transport that is not SSE: a WebSocket of string
 * events. (The run streams' tests in sdk-workflows cover it over SSE.)
 */
class EventStreamsTest {
  private MockWebServer server;
  private Transport transport;
  private ExecutorService threads;
  private EventStreams streams;
  private final CountDownLatch testOver = new CountDownLatch(1);

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    transport = new Transport(ClientOptions.builder().baseUrl(server.url("/").toString())
        .webSocketPingInterval(Duration.ofMillis(200)).build());
    threads = Executors.newCachedThreadPool(runnable -> new Thread(runnable, "stream-thread"));
    streams = new EventStreams(threads);
  }

  @AfterEach
  void tearDown() {
    testOver.countDown();
    threads.shutdownNow();
    server.close();
  }

  /** Messages are events named by their text; "end" is the last and the stream's result. */
  private static final CatchUpHandler.Feed<String> FEED = new CatchUpHandler.Feed<String>() {
    @Override
    public List<String> decode(String text) {
      return Collections.singletonList(text);
    }

    @Override
    public Object identity(String event) {
      return event;
    }

    @Override
    public boolean isFinal(String event) {
      return event.equals("end");
    }

    @Override
    public List<String> missed(boolean reconnected) {
      return Collections.emptyList();
    }
  };

  private static final PushEvents.Outcome<String, String> ENDS_WITH_END = new PushEvents.Outcome<String, String>() {
    @Override
    public @Nullable String result(String event) {
      return event.equals("end") ? "done" : null;
    }

    @Override
    public @Nullable Throwable failure(String event) {
      return null;
    }
  };

  private EventChannel channel(EventSink<String> sink) {
    Request upgrade = new Request.Builder().url("ws://127.0.0.1:" + server.getPort() + "/api/ws").build();
    return new WebSocketChannel(transport.webSocketClient(), transport.errors(),
        ReconnectPolicy.of(2, Duration.ofMillis(1), Duration.ofMillis(5)), upgrade, new CatchUpHandler<>(FEED, sink));
  }

  private MockResponse sending(String... messages) {
    return new MockResponse.Builder().webSocketUpgrade(new WebSocketChannelTest.ServerSide() {
      @Override
      public void onOpen(WebSocket ws, Response response) {
        for (String message : messages) ws.send(message);
      }
    }).build();
  }

  private MockResponse silent() {
    return sending();
  }

  @Test
  void pushedEventsReachTheListenerInOrderFromOneStreamThreadAndClosedComesLast() throws Exception {
    server.enqueue(sending("a", "b", "c", "end"));
    Listener listener = new Listener();
    PushEvents<String, String> events = new PushEvents<>(listener, ENDS_WITH_END);
    streams.start(events, channel(events));

    assertTrue(events.awaitCompletion(Duration.ofSeconds(5)));
    assertEquals("done", events.completion().getNow(null));
    assertEquals(List.of("a", "b", "c", "end", "closed"), listener.calls);
    assertEquals(Collections.singleton("stream-thread"), listener.threads);
  }

  @Test
  void aCanceledPushedStreamClosesAndItsCompletionIsCancelled() throws Exception {
    server.enqueue(silent());
    Listener listener = new Listener();
    PushEvents<String, String> events = new PushEvents<>(listener, ENDS_WITH_END);
    streams.start(events, channel(events));
    waitForTheUpgrade();

    events.cancel();
    assertTrue(events.awaitCompletion(Duration.ofSeconds(2)));
    assertTrue(events.isCanceled());
    assertTrue(events.completion().isCancelled());
    assertEquals(List.of("closed"), listener.calls);
  }

  @Test
  void aRefusedPushedStreamFailsItsCompletionWithTheTypedError() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"NOT_FOUND\",\"message\":\"no\"}").build());
    Listener listener = new Listener();
    PushEvents<String, String> events = new PushEvents<>(listener, ENDS_WITH_END);
    streams.start(events, channel(events));

    assertTrue(events.awaitCompletion(Duration.ofSeconds(5)));
    Throwable failure = assertThrows(Exception.class, () -> events.completion().getNow(null)).getCause();
    assertInstanceOf(NotFoundException.class, failure);
    assertEquals(List.of("failure NotFoundException", "closed"), listener.calls);
  }

  @Test
  void pulledEventsAreReadOnTheReadersThreadOneReaderAtATime() throws Exception {
    server.enqueue(sending("a", "b"));
    PullEvents<String> events = new PullEvents<>();
    streams.open(events, channel(events));

    assertEquals("a", events.next());
    assertEquals("b", events.next());
    CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(events::hasNext, threads);
    Thread.sleep(200); // the first reader now waits for an event that does not come
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(events::hasNext, threads);
    ExecutionException refused = assertThrows(ExecutionException.class, () -> second.get(2, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, refused.getCause());
    assertTrue(refused.getCause().getMessage().contains("another thread"), refused.getCause().getMessage());
    assertFalse(reader.isDone(), "the first reader still waits for an event");

    events.close(); // from another thread than the reader's
    assertFalse(reader.get(2, TimeUnit.SECONDS), "close woke the waiting reader");
    assertFalse(events.hasNext(), "a closed stream stays over");
  }

  @Test
  void cancelAllEndsPushedAndPulledStreams() throws Exception {
    server.enqueue(silent());
    server.enqueue(silent());
    Listener listener = new Listener();
    PushEvents<String, String> pushed = new PushEvents<>(listener, ENDS_WITH_END);
    streams.start(pushed, channel(pushed));
    PullEvents<String> pulled = new PullEvents<>();
    streams.open(pulled, channel(pulled));
    waitForTheUpgrade();
    waitForTheUpgrade();

    streams.cancelAll();
    assertTrue(pushed.awaitCompletion(Duration.ofSeconds(2)));
    assertTrue(pulled.isClosed());
    assertFalse(pulled.hasNext());
    assertEquals(List.of("closed"), listener.calls);
  }

  private void waitForTheUpgrade() throws InterruptedException {
    assertTrue(server.takeRequest(5, TimeUnit.SECONDS) != null, "the upgrade arrived");
  }

  /** Records a listener's calls and the threads they came from. */
  static final class Listener implements EventSink<String> {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final java.util.Set<String> threads = Collections.synchronizedSet(new java.util.HashSet<>());

    @Override
    public void event(String event) {
      threads.add(Thread.currentThread().getName());
      calls.add(event);
    }

    @Override
    public void reconnect(int attempt, @Nullable String lastEventId) {
      calls.add("reconnect " + attempt);
    }

    @Override
    public void failure(FlowException error) {
      calls.add("failure " + error.getClass().getSimpleName());
    }

    @Override
    public void closed() {
      threads.add(Thread.currentThread().getName());
      calls.add("closed");
    }
  }
}
