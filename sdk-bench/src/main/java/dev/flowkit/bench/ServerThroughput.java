package dev.flowkit.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.flowkit.bench.raw.RawModels;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.models.FlowRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * How many triggers per second the reference server sustains: N client threads, each with its
 * own client, trigger the seeded {@code Hello} flow back to back for a fixed time, with Flowkit
 * and with hand-written OkHttp + Moshi. Server and clients share this machine's cores, so the
 * figure is what one machine carries for a load test, not the server alone.
 *
 * <p>{@code java … ServerThroughput [seconds] [clients…]}, 5 seconds and 1 2 4 8 clients by
 * default.
 */
public final class ServerThroughput {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private ServerThroughput() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    List<Integer> clients = new ArrayList<>();
    for (int i = 1; i < args.length; i++) clients.add(Integer.parseInt(args[i]));
    if (clients.isEmpty()) clients = java.util.Arrays.asList(1, 2, 4, 8);
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      String flowId = server.flowId("Hello");
      long nanos = (long) (seconds * 1e9);
      run(server, flowId, 1, Math.min(nanos, 1_000_000_000L), true); // warm-up, not reported
      run(server, flowId, 1, Math.min(nanos, 1_000_000_000L), false);
      System.out.printf("%-8s %14s %14s %8s%n", "clients", "raw trig/s", "Flowkit trig/s", "ratio");
      for (int n : clients) {
        double raw = run(server, flowId, n, nanos, false);
        double flowkit = run(server, flowId, n, nanos, true);
        System.out.printf("%-8d %14.0f %14.0f %8.2f%n", n, raw, flowkit, flowkit / raw);
      }
    }
  }

  /** Triggers per second over {@code nanos} with {@code n} client threads. */
  static double run(ReferenceServer server, String flowId, int n, long nanos, boolean flowkit) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      long deadline = System.nanoTime() + nanos;
      for (int i = 0; i < n; i++) {
        tasks.add(flowkit ? () -> flowkitLoop(server, flowId, deadline) : () -> rawLoop(server, flowId, deadline));
      }
      long start = System.nanoTime();
      int total = 0;
      for (Future<Integer> done : threads.invokeAll(tasks)) total += done.get();
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      threads.shutdown();
    }
  }

  static int flowkitLoop(ReferenceServer server, String flowId, long deadline) {
    Map<String, Object> input = Collections.singletonMap("name", "Ada");
    int count = 0;
    try (FlowClient client =
        FlowClient.builder().baseUrl(server.url().toString()).apiKey(server.demoApiKey()).build()) {
      while (System.nanoTime() < deadline) {
        FlowRun run = client.workflows().triggerFlow(flowId, input);
        if (run.id().isEmpty()) throw new IllegalStateException();
        count++;
      }
    }
    return count;
  }

  static int rawLoop(ReferenceServer server, String flowId, long deadline) throws IOException {
    OkHttpClient client = new OkHttpClient();
    JsonAdapter<Map<String, Object>> bodies =
        RawModels.MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    JsonAdapter<RawModels.FlowRun> runs = RawModels.MOSHI.adapter(RawModels.FlowRun.class);
    HttpUrl url = server.url().newBuilder().addPathSegments("api/flows").addPathSegment(flowId).addPathSegment("run").build();
    Map<String, Object> input = Collections.singletonMap("name", "Ada");
    int count = 0;
    try {
      while (System.nanoTime() < deadline) {
        String body = bodies.toJson(Collections.singletonMap("input", input));
        Request request =
            new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + server.demoApiKey())
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = client.newCall(request).execute()) {
          if (!response.isSuccessful()) throw new IOException("HTTP " + response.code() + " " + response.body().string());
          RawModels.FlowRun run = runs.fromJson(response.body().source());
          if (run == null || run.id.isEmpty()) throw new IllegalStateException();
        }
        count++;
      }
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    return count;
  }
}
