package dev.flowkit.bench;

import com.squareup.moshi.JsonAdapter;
import dev.flowkit.bench.raw.RawModels;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.ListFlowsParams;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;

/**
 * Walks every flow of a long list, 100 per page, and records the live heap (after a full GC)
 * as it goes: Flowkit's {@code autoPager()} beside a hand-written OkHttp + Moshi loop that
 * follows {@code next} cursors. Run it at a small heap ({@code -Xmx32m}); flat figures mean
 * nothing is kept per page.
 *
 * <p>{@code java -Xmx32m … PagingMemory [pages]}, 1000 pages (100,000 flows) by default.
 */
public final class PagingMemory {
  static final int PAGE_SIZE = 100;

  private PagingMemory() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    // One page body, with only its cursor changed per request: the server keeps nothing.
    String page = Payloads.flowPage(1, PAGE_SIZE, "CURSOR");
    ByteString head = ByteString.encodeUtf8(page.substring(0, page.indexOf("CURSOR")));
    ByteString tail = ByteString.encodeUtf8(page.substring(page.indexOf("CURSOR") + "CURSOR".length()));
    ByteString last = ByteString.encodeUtf8(page.replace("\"CURSOR\"", "null"));
    MockWebServer server =
        LocalServers.start(
            new mockwebserver3.Dispatcher() {
              @Override
              public MockResponse dispatch(RecordedRequest request) {
                String cursor = request.getUrl().queryParameter("cursor");
                int n = cursor == null ? 1 : Integer.parseInt(cursor.substring(1));
                Buffer body = new Buffer();
                if (n >= pages) {
                  body.write(last);
                } else {
                  body.write(head).writeUtf8("c" + (n + 1)).write(tail);
                }
                return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
              }
            });
    try {
      System.out.printf("%d pages of %d flows, max heap %d MB%n",
          pages, PAGE_SIZE, Runtime.getRuntime().maxMemory() / (1024 * 1024));
      Walk raw = raw(server.url("/"), pages);
      Walk flowkit = flowkit(server.url("/"), pages);
      System.out.println(raw.line("raw OkHttp + Moshi, following next"));
      System.out.println(flowkit.line("Flowkit listFlows(…).autoPager()"));
    } finally {
      server.close();
    }
  }

  /** Live heap after a full collection, in KB. */
  static long liveKb() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed() / 1024;
  }

  static final class Walk {
    final int items;
    final long millis;
    final List<Long> liveKb; // at 1, 10%, 20%, … 100% of the pages

    Walk(int items, long millis, List<Long> liveKb) {
      this.items = items;
      this.millis = millis;
      this.liveKb = liveKb;
    }

    String line(String what) {
      long min = Long.MAX_VALUE;
      long max = 0;
      for (long kb : liveKb) {
        min = Math.min(min, kb);
        max = Math.max(max, kb);
      }
      return String.format("%-40s %7d flows %6d ms  live heap KB at each tenth %s (spread %d KB)",
          what, items, millis, liveKb, max - min);
    }
  }

  static Walk flowkit(HttpUrl base, int pages) {
    try (FlowClient client = FlowClient.builder().baseUrl(base.toString()).apiKey("k").build()) {
      List<Long> live = new ArrayList<>();
      int every = Math.max(1, pages / 10);
      int items = 0;
      long start = System.nanoTime();
      for (Flow flow : client.workflows().listFlows(ListFlowsParams.builder().limit(PAGE_SIZE).build()).autoPager()) {
        if (flow.id().isEmpty()) throw new IllegalStateException();
        if (items % (every * PAGE_SIZE) == PAGE_SIZE - 1) live.add(liveKb());
        items++;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (items != pages * PAGE_SIZE) throw new IllegalStateException("walked " + items + " flows");
      return new Walk(items, millis, live);
    }
  }

  static Walk raw(HttpUrl base, int pages) throws IOException {
    OkHttpClient client = new OkHttpClient();
    JsonAdapter<RawModels.FlowPage> adapter = RawModels.MOSHI.adapter(RawModels.FlowPage.class);
    List<Long> live = new ArrayList<>();
    int every = Math.max(1, pages / 10);
    int items = 0;
    long start = System.nanoTime();
    String cursor = null;
    do {
      HttpUrl.Builder url = base.newBuilder().addPathSegments("api/flows").addQueryParameter("limit", "100");
      if (cursor != null) url.addQueryParameter("cursor", cursor);
      Request request = new Request.Builder().url(url.build()).header("Authorization", "Bearer k").build();
      RawModels.FlowPage page;
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful()) throw new IOException("HTTP " + response.code());
        page = adapter.fromJson(response.body().source());
      }
      for (RawModels.Flow flow : page.data) {
        if (flow.id.isEmpty()) throw new IllegalStateException();
        if (items % (every * PAGE_SIZE) == PAGE_SIZE - 1) live.add(liveKb());
        items++;
      }
      cursor = page.next;
    } while (cursor != null);
    long millis = (System.nanoTime() - start) / 1_000_000;
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    if (items != pages * PAGE_SIZE) throw new IllegalStateException("walked " + items + " flows");
    return new Walk(items, millis, live);
  }
}
