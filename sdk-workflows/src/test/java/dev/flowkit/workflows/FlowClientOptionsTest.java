package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.ReconnectPolicy;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One options object for every setting; derived clients; how many calls run at once. */
class FlowClientOptionsTest {
  private MockWebServer server;
  private final AtomicInteger arrived = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        arrived.incrementAndGet();
        release.await(10, TimeUnit.SECONDS);
        return new MockResponse.Builder().code(204).build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    server.close();
  }

  private FlowClient.Builder client() {
    return FlowClient.builder().baseUrl(server.url("/").toString()).apiKey("key_test_123456789");
  }

  @Test
  void everySettingLivesInClientOptions() {
    ReconnectPolicy never = ReconnectPolicy.never();
    try (FlowClient client = client().credentials("ada@example.com", "s3cret").apiKey(null)
        .reconnectPolicy(never).maxConcurrentRequests(7).userAgentSuffix("app/1").build()) {
      ClientOptions options = client.options();
      assertEquals("ada@example.com", options.email());
      assertEquals("s3cret", options.password());
      assertSame(never, options.reconnectPolicy());
      assertEquals(7, options.maxConcurrentRequests());
      assertFalse(options.toString().contains("s3cret"), options.toString());

      ClientOptions copy = FlowClient.builder().from(options).build().options();
      assertEquals(options.toString(), copy.toString());
      assertEquals("app/1", copy.userAgentSuffix());
    }
  }

  @Test
  void flowClientBuilderHasEverySetterOfClientOptionsBuilderAndOnlyPlatformBesides() {
    java.util.Set<String> options = new java.util.TreeSet<>();
    for (java.lang.reflect.Method m : ClientOptions.Builder.class.getMethods()) {
      if (m.getReturnType() == ClientOptions.Builder.class) options.add(m.getName() + java.util.Arrays.toString(m.getParameterTypes()));
    }
    java.util.Set<String> client = new java.util.TreeSet<>();
    for (java.lang.reflect.Method m : FlowClient.Builder.class.getMethods()) {
      if (m.getReturnType() == FlowClient.Builder.class) client.add(m.getName() + java.util.Arrays.toString(m.getParameterTypes()));
    }
    java.util.Set<String> missing = new java.util.TreeSet<>(options);
    missing.removeAll(client);
    java.util.Set<String> extra = new java.util.TreeSet<>(client);
    extra.removeAll(options);
    assertEquals(java.util.Set.of(), missing, "ClientOptions.Builder setters FlowClient.Builder lacks");
    assertEquals(java.util.Set.of("platform[class dev.flowkit.workflows.Platform]"), extra);
  }

  @Test
  void copyingOptionsKeepsThePlainHttpGuard() {
    ClientOptions loopback = ClientOptions.builder().baseUrl(server.url("/").toString()).build();
    assertFalse(loopback.allowInsecureHttp());
    assertFalse(loopback.toBuilder().build().allowInsecureHttp());
    assertThrows(IllegalArgumentException.class,
        () -> loopback.toBuilder().baseUrl("http://flow.example.com").build());
    assertThrows(IllegalArgumentException.class,
        () -> FlowClient.builder().from(loopback).baseUrl("http://flow.example.com").build());
  }

  @Test
  void fromReplacesDefaultHeadersInsteadOfAddingToThem() {
    ClientOptions options = ClientOptions.builder().baseUrl(server.url("/").toString())
        .defaultHeader("X-A", "1").build();
    ClientOptions replaced = ClientOptions.builder().baseUrl(server.url("/").toString())
        .defaultHeader("X-B", "2").from(options).build();
    assertEquals(options.defaultHeaders(), replaced.defaultHeaders());
  }

  @Test
  void aDefaultClientRunsManyMoreThanFiveCallsAtOnce() throws Exception {
    try (FlowClient client = client().build()) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) calls.add(client.async().workflows().deleteFlow("flow_" + i));
      awaitArrived(20);
      release.countDown();
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void maxConcurrentRequestsCapsTheCallsInFlight() throws Exception {
    try (FlowClient client = client().maxConcurrentRequests(3).build()) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) calls.add(client.async().workflows().deleteFlow("flow_" + i));
      awaitArrived(3);
      Thread.sleep(300); // room for a fourth call to arrive, were it let through
      assertEquals(3, arrived.get());
      release.countDown();
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
      assertEquals(8, arrived.get());
    }
  }

  @Test
  void withOptionsDerivesAClientThatSharesThePoolAndChangesOnlyWhatItSays() throws Exception {
    release.countDown();
    try (FlowClient client = client().defaultHeader("X-App", "a").build()) {
      FlowClient quick = client.withOptions(o -> o.callTimeout(Duration.ofSeconds(3)).defaultHeader("X-Call", "c"));
      assertNotSame(client, quick);
      assertEquals(Duration.ofSeconds(3), quick.options().callTimeout());
      assertEquals(Duration.ZERO, client.options().callTimeout());
      assertEquals(client.options().apiKey(), quick.options().apiKey());

      quick.workflows().deleteFlow("flow_1");
      client.workflows().deleteFlow("flow_2");
      RecordedRequest first = server.takeRequest();
      RecordedRequest second = server.takeRequest();
      assertEquals("c", first.getHeaders().get("X-Call"));
      assertEquals("a", first.getHeaders().get("X-App"));
      assertEquals(null, second.getHeaders().get("X-Call"));
      assertEquals(first.getConnectionIndex(), second.getConnectionIndex(), "both clients use one pooled connection");

      quick.close();
      client.workflows().deleteFlow("flow_3"); // closing the derived client leaves the parent working
    }
  }

  private void awaitArrived(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (arrived.get() < n) {
      assertTrue(System.nanoTime() < deadline, "only " + arrived.get() + " of " + n + " calls arrived");
      Thread.sleep(10);
    }
  }
}
