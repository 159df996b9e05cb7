package dev.flowkit.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.flowkit.bench.raw.RawModels;
import dev.flowkit.core.Page;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListFlowsParams;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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

/**
 * Whole REST calls against a local {@link MockWebServer} answering canned JSON (TCP_NODELAY):
 * {@code getFlow}, a {@code listFlows} page of {@link #PAGE_SIZE} and an asynchronous-run
 * {@code triggerFlow}, each through Flowkit's blocking API and through hand-written OkHttp +
 * Moshi code sending the same request (same path, query, API key and JSON body).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RestBenchmark {
  /** Flows in each listed page. */
  public static final int PAGE_SIZE = 20;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  @State(Scope.Benchmark)
  public static class Rest {
    MockWebServer server;
    OkHttpClient okHttp;
    HttpUrl base;
    FlowClient client;
    Map<String, Object> input;
    ListFlowsParams listParams;
    final JsonAdapter<RawModels.Flow> rawFlow = RawModels.MOSHI.adapter(RawModels.Flow.class);
    final JsonAdapter<RawModels.FlowPage> rawPage = RawModels.MOSHI.adapter(RawModels.FlowPage.class);
    final JsonAdapter<RawModels.FlowRun> rawRun = RawModels.MOSHI.adapter(RawModels.FlowRun.class);
    final JsonAdapter<Map<String, Object>> rawBody =
        RawModels.MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      MockResponse flow = json(200, Payloads.flow(1));
      MockResponse page = json(200, Payloads.flowPage(1, PAGE_SIZE, "c1"));
      MockResponse run = json(201, Payloads.flowRun());
      MockResponse notFound = json(404, "{\"error\":\"NOT_FOUND\",\"message\":\"no\",\"statusCode\":404,\"requestId\":\"r\"}");
      server =
          LocalServers.start(
              new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                  String path = request.getUrl().encodedPath();
                  if (path.equals("/api/flows/flow_1")) return flow;
                  if (path.equals("/api/flows")) return page;
                  if (path.equals("/api/flows/flow_1/run")) return run;
                  return notFound;
                }
              });
      base = server.url("/");
      okHttp = new OkHttpClient();
      client = FlowClient.builder().baseUrl(base.toString()).apiKey("k").build();
      input = new LinkedHashMap<>();
      input.put("name", "Ada");
      listParams = ListFlowsParams.builder().limit(PAGE_SIZE).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      client.close();
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
      server.close();
    }

    private static MockResponse json(int code, String body) {
      return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    <T> T rawCall(Request request, JsonAdapter<T> adapter) throws IOException {
      try (Response response = okHttp.newCall(request).execute()) {
        if (!response.isSuccessful()) throw new IOException("HTTP " + response.code());
        T value = adapter.fromJson(response.body().source());
        if (value == null) throw new IOException("null body");
        return value;
      }
    }
  }

  @Benchmark
  public RawModels.Flow rawGetFlow(Rest s) throws IOException {
    Request request =
        new Request.Builder()
            .url(s.base.newBuilder().addPathSegments("api/flows").addPathSegment("flow_1").build())
            .header("Authorization", "Bearer k")
            .build();
    return s.rawCall(request, s.rawFlow);
  }

  @Benchmark
  public Flow flowkitGetFlow(Rest s) {
    return s.client.workflows().getFlow("flow_1");
  }

  @Benchmark
  public RawModels.FlowPage rawListFlows(Rest s) throws IOException {
    Request request =
        new Request.Builder()
            .url(
                s.base.newBuilder()
                    .addPathSegments("api/flows")
                    .addQueryParameter("limit", String.valueOf(PAGE_SIZE))
                    .build())
            .header("Authorization", "Bearer k")
            .build();
    RawModels.FlowPage page = s.rawCall(request, s.rawPage);
    if (page.data.size() != PAGE_SIZE) throw new IllegalStateException("rawListFlows: wrong page");
    return page;
  }

  @Benchmark
  public Page<Flow> flowkitListFlows(Rest s) {
    Page<Flow> page = s.client.workflows().listFlows(s.listParams);
    if (page.data().size() != PAGE_SIZE) throw new IllegalStateException("flowkitListFlows: wrong page");
    return page;
  }

  @Benchmark
  public RawModels.FlowRun rawTrigger(Rest s) throws IOException {
    String body = s.rawBody.toJson(Collections.<String, Object>singletonMap("input", s.input));
    Request request =
        new Request.Builder()
            .url(s.base.newBuilder().addPathSegments("api/flows").addPathSegment("flow_1").addPathSegment("run").build())
            .header("Authorization", "Bearer k")
            .post(RequestBody.create(body, JSON))
            .build();
    return s.rawCall(request, s.rawRun);
  }

  @Benchmark
  public FlowRun flowkitTrigger(Rest s) {
    return s.client.workflows().triggerFlow("flow_1", s.input);
  }
}
