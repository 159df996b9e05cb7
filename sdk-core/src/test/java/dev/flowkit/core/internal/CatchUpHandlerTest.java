package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Events without ids, merged from live messages and a REST catch-up: each identity once, in order. */
class CatchUpHandlerTest {
  /** A 101 answer, as a connection's open hands it over. */
  static final Response OPENED = new Response.Builder()
      .request(new Request.Builder().url("http://127.0.0.1/api/ws").build())
      .protocol(Protocol.HTTP_1_1).code(101).message("Switching Protocols").build();

  private final ListSink sink = new ListSink();

  /** A feed whose messages are single events named by their text; "end" is the last. */
  private static class Feed implements CatchUpHandler.Feed<String> {
    final List<String> missedCalls = new ArrayList<>();
    List<String> missedBefore = Collections.emptyList();
    List<String> missedWhileAway = Collections.emptyList();

    @Override
    public List<String> decode(String text) {
      return text.startsWith("other:") ? Collections.emptyList() : Arrays.asList(text.split(","));
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
      missedCalls.add(reconnected ? "after a reconnect" : "after the first open");
      return reconnected ? missedWhileAway : missedBefore;
    }
  }

  @Test
  void liveEventsAreDeliveredOnceEachInOrder() {
    Feed feed = new Feed();
    CatchUpHandler<String> handler = new CatchUpHandler<>(feed, sink);
    handler.onOpen(OPENED);
    for (String text : List.of("a", "b", "a", "other:x", "c,d", "b", "end", "e")) handler.onMessage(text);

    assertEquals(List.of("a", "b", "c", "d", "end"), sink.events, "repeats skipped, nothing after the end");
    assertTrue(handler.isFinished());
    assertEquals(List.of("after the first open"), feed.missedCalls);
  }

  @Test
  void whatWasMissedComesBeforeTheLiveEventsAndNothingTwice() {
    Feed feed = new Feed();
    CatchUpHandler<String> handler = new CatchUpHandler<>(feed, sink);
    handler.onOpen(OPENED);
    handler.onMessage("a");
    handler.onMessage("b");
    // Dropped after b; c and d happened meanwhile. The new connection's first messages (d, e)
    // waited while the REST call ran, which already saw d.
    handler.onReconnecting(1, new java.io.IOException("drop"));
    feed.missedWhileAway = List.of("a", "b", "c", "d");
    handler.onOpen(OPENED);
    handler.onResumed();
    handler.onMessage("d");
    handler.onMessage("e");
    handler.onMessage("end");

    assertEquals(List.of("a", "b", "c", "d", "e", "end"), sink.events);
    assertEquals(List.of("1@null"), sink.reconnects);
    assertEquals(List.of("after the first open", "after a reconnect"), feed.missedCalls);
  }

  @Test
  void theFirstConnectionCatchesUpOnWhatHappenedBeforeIt() {
    Feed feed = new Feed();
    feed.missedBefore = List.of("start", "a");
    CatchUpHandler<String> handler = new CatchUpHandler<>(feed, sink);
    handler.onOpen(OPENED);
    handler.onMessage("a");
    handler.onMessage("b");

    assertEquals(List.of("start", "a", "b"), sink.events);
  }

  @Test
  void aCatchUpThatHoldsTheLastEventEndsTheStream() {
    Feed feed = new Feed();
    CatchUpHandler<String> handler = new CatchUpHandler<>(feed, sink);
    handler.onOpen(OPENED);
    handler.onMessage("a");
    feed.missedWhileAway = List.of("a", "b", "end");
    handler.onResumed();
    handler.onMessage("late");

    assertEquals(List.of("a", "b", "end"), sink.events);
    assertTrue(handler.isFinished());
  }

  @Test
  void identitiesAreRememberedUpToTheBound() {
    Feed feed = new Feed();
    CatchUpHandler<String> handler = new CatchUpHandler<>(feed, sink, 2);
    handler.onOpen(OPENED);
    handler.onMessage("a,b,c");
    feed.missedWhileAway = List.of("a", "b", "c");
    handler.onResumed();

    // Only the last two are remembered: a was forgotten, so it is delivered again, which makes
    // b the oldest and forgotten, and so on. A bound far above a stream's catch-up avoids this.
    assertEquals(List.of("a", "b", "c", "a", "b", "c"), sink.events);
  }

  @Test
  void aDropMidwayIsCaughtUpOverRestWithEveryEventExactlyOnce() throws Exception {
    List<String> record = Collections.synchronizedList(new ArrayList<>()); // the platform's own record
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        private int connections;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
          if (request.getUrl().encodedPath().equals("/api/events")) {
            synchronized (record) {
              return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                  .body(FlowJsonArray.of(record)).build();
            }
          }
          int connection;
          synchronized (this) {
            connection = ++connections;
          }
          return new MockResponse.Builder().webSocketUpgrade(new WebSocketChannelTest.ServerSide() {
            @Override
            public void onOpen(WebSocket ws, Response response) {
              if (connection == 1) {
                for (String event : List.of("e1", "e2", "e3", "e4")) {
                  record.add(event);
                  ws.send(event);
                }
                WebSocketChannelTest.awaitSent(ws);
                record.add("e5"); // happens while the client is away
                record.add("e6");
                ws.cancel(); // the connection drops without a close
              } else {
                record.add("e7");
                ws.send("e6"); // sent again live, though the record has it
                ws.send("e7");
                record.add("e8");
                ws.send("e8");
                record.add("end");
                ws.send("end");
              }
            }
          }).build();
        }
      });
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      Transport transport = new Transport(ClientOptions.builder().baseUrl(server.url("/").toString())
          .webSocketPingInterval(Duration.ofMillis(200)).build());
      Feed feed = new Feed() {
        @Override
        public List<String> missed(boolean reconnected) {
          missedCalls.add(reconnected ? "after a reconnect" : "after the first open");
          Request get = new Request.Builder().url(server.url("/api/events")).build();
          return transport.execute(get, List.class);
        }
      };
      Request upgrade = new Request.Builder().url("ws://127.0.0.1:" + server.getPort() + "/api/ws").build();
      new WebSocketChannel(transport.webSocketClient(), transport.errors(),
          ReconnectPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), upgrade,
          new CatchUpHandler<>(feed, sink)).run();

      assertEquals(List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "end"), sink.events);
      assertEquals(List.of("1@null"), sink.reconnects);
      assertEquals(List.of("after the first open", "after a reconnect"), feed.missedCalls);
      assertNull(sink.failure);
      assertTrue(sink.closed);
    }
  }

  /** Writes strings as a JSON array. */
  private static final class FlowJsonArray {
    static String of(List<String> items) {
      StringBuilder json = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) json.append(i == 0 ? "" : ",").append('"').append(items.get(i)).append('"');
      return json.append(']').toString();
    }
  }

  /** Records what reaches a stream's sink. */
  static final class ListSink implements EventSink<String> {
    final List<String> events = new ArrayList<>();
    final List<String> reconnects = new ArrayList<>();
    @Nullable FlowException failure;
    boolean closed;

    @Override
    public void event(String event) {
      events.add(event);
    }

    @Override
    public void reconnect(int attempt, @Nullable String lastEventId) {
      reconnects.add(attempt + "@" + lastEventId);
    }

    @Override
    public void failure(FlowException error) {
      failure = error;
    }

    @Override
    public void closed() {
      closed = true;
    }
  }
}
