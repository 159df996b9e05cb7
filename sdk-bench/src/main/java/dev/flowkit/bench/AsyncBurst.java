package dev.flowkit.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.flowkit.bench.raw.RawModels;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.models.FlowRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A burst of asynchronous triggers against a server that answers each after a fixed latency:
 * wall time until every future completed, errors, and the most client threads alive at once.
 * Flowkit with its default settings, beside raw OkHttp {@code enqueue} with the same per-host
 * concurrency (OkHttp's own default of 5 per host would need {@code triggers / 5 × latency}).
 *
 * <p>{@code java … AsyncBurst [triggers] [latencyMillis]}, 1000 and 200 by default. A single
 * shot, not a JMH throughput benchmark: the wall time is the figure.
 */
public final class AsyncBurst {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private AsyncBurst() {}

  public static void main(String[] args) throws Exception {
    int triggers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long latencyMillis = args.length > 1 ? Long.parseLong(args[1]) : 200;
    MockResponse run =
        new MockResponse.Builder()
            .code(201)
            .setHeader("Content-Type", "application/json")
            .body(Payloads.flowRun())
            .headersDelay(latencyMillis, TimeUnit.MILLISECONDS)
            .build();
    MockWebServer server =
        LocalServers.start(
            new mockwebserver3.Dispatcher() {
              @Override
              public MockResponse dispatch(RecordedRequest request) {
                return run;
              }
            });
    try {
      int concurrency = flowkitConcurrency(server.url("/"));
      System.out.printf("%d triggers, server latency %d ms, Flowkit's default concurrency %d per host%n",
          triggers, latencyMillis, concurrency);
      // A short warm-up of both paths so class loading is not in the figures.
      flowkit(server.url("/"), Math.min(triggers, 20));
      raw(server.url("/"), Math.min(triggers, 20), concurrency);
      Result flowkit = flowkit(server.url("/"), triggers);
      Result raw = raw(server.url("/"), triggers, concurrency);
      System.out.println(raw.line("raw OkHttp enqueue, maxRequestsPerHost=" + concurrency));
      System.out.println(flowkit.line("Flowkit async().triggerFlow, defaults"));
      System.out.printf("Flowkit / raw wall time: %.2f%n", flowkit.wallMillis / (double) raw.wallMillis);
      if (flowkit.errors > 0 || raw.errors > 0) throw new IllegalStateException("the burst had errors");
    } finally {
      server.close();
    }
  }

  /** Flowkit's per-host limit with default settings, read from a default client. */
  static int flowkitConcurrency(HttpUrl base) {
    try (FlowClient client = FlowClient.builder().baseUrl(base.toString()).apiKey("k").build()) {
      return Clients.maxRequestsPerHost(client);
    }
  }

  static final class Result {
    final long wallMillis;
    final int errors;
    final int peakThreads;
    final int triggers;

    Result(int triggers, long wallMillis, int errors, int peakThreads) {
      this.triggers = triggers;
      this.wallMillis = wallMillis;
      this.errors = errors;
      this.peakThreads = peakThreads;
    }

    String line(String what) {
      return String.format("%-48s %5d triggers  %6d ms wall  %d errors  peak %d client threads",
          what, triggers, wallMillis, errors, peakThreads);
    }
  }

  static Result flowkit(HttpUrl base, int triggers) throws Exception {
    Map<String, Object> input = Collections.singletonMap("name", "Ada");
    try (FlowClient client = FlowClient.builder().baseUrl(base.toString()).apiKey("k").build();
        SdkThreads threads = new SdkThreads()) {
      long start = System.nanoTime();
      List<CompletableFuture<FlowRun>> runs = new ArrayList<>(triggers);
      for (int i = 0; i < triggers; i++) runs.add(client.async().workflows().triggerFlow("flow_1", input));
      int errors = 0;
      for (CompletableFuture<FlowRun> run : runs) {
        try {
          run.get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
          errors++;
        }
      }
      long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      return new Result(triggers, wall, errors, threads.peak());
    }
  }

  static Result raw(HttpUrl base, int triggers, int concurrency) throws Exception {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(concurrency);
    dispatcher.setMaxRequests(Math.max(64, concurrency));
    OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    JsonAdapter<Map<String, Object>> bodies =
        RawModels.MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    JsonAdapter<RawModels.FlowRun> runs = RawModels.MOSHI.adapter(RawModels.FlowRun.class);
    HttpUrl url = base.newBuilder().addPathSegments("api/flows/flow_1/run").build();
    try (SdkThreads threads = new SdkThreads()) {
      long start = System.nanoTime();
      List<CompletableFuture<RawModels.FlowRun>> results = new ArrayList<>(triggers);
      for (int i = 0; i < triggers; i++) {
        String body = bodies.toJson(Collections.singletonMap("input", Collections.singletonMap("name", "Ada")));
        Request request =
            new Request.Builder().url(url).header("Authorization", "Bearer k").post(RequestBody.create(body, JSON)).build();
        CompletableFuture<RawModels.FlowRun> result = new CompletableFuture<>();
        client.newCall(request).enqueue(new Callback() {
          @Override
          public void onFailure(Call call, IOException e) {
            result.completeExceptionally(e);
          }

          @Override
          public void onResponse(Call call, Response response) {
            try (Response r = response) {
              if (!r.isSuccessful()) throw new IOException("HTTP " + r.code());
              result.complete(runs.fromJson(r.body().source()));
            } catch (IOException | RuntimeException e) {
              result.completeExceptionally(e);
            }
          }
        });
        results.add(result);
      }
      int errors = 0;
      for (CompletableFuture<RawModels.FlowRun> result : results) {
        try {
          result.get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
          errors++;
        }
      }
      long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      return new Result(triggers, wall, errors, threads.peak());
    } finally {
      dispatcher.executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
