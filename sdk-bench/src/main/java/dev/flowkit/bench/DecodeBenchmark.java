package dev.flowkit.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.flowkit.bench.raw.RawModels;
import dev.flowkit.core.internal.FlowJson;
import dev.flowkit.workflows.internal.PageEnvelope;
import dev.flowkit.workflows.models.Flow;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding one page of 100 flows from JSON bytes, no network: Flowkit's models through
 * {@link FlowJson#moshi()} versus hand-written classes through plain Moshi. Both read the same
 * bytes from a fresh okio {@link Buffer}, as a response body would give them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class DecodeBenchmark {
  private final JsonAdapter<RawModels.FlowPage> raw = RawModels.MOSHI.adapter(RawModels.FlowPage.class);
  private final JsonAdapter<PageEnvelope<Flow>> flowkit =
      FlowJson.moshi().adapter(Types.newParameterizedType(PageEnvelope.class, Flow.class));

  /** The baseline: plain Moshi into hand-written classes. */
  @Benchmark
  public RawModels.FlowPage rawMoshiPage() throws IOException {
    RawModels.FlowPage page = raw.fromJson(new Buffer().write(Payloads.FLOW_PAGE_100));
    if (page == null || page.data.size() != 100) throw new IllegalStateException("rawMoshiPage: wrong page");
    return page;
  }

  /** Flowkit's models, as every list call decodes them. */
  @Benchmark
  public PageEnvelope<Flow> flowkitPage() throws IOException {
    PageEnvelope<Flow> page = flowkit.fromJson(new Buffer().write(Payloads.FLOW_PAGE_100));
    if (page == null || page.items().size() != 100) throw new IllegalStateException("flowkitPage: wrong page");
    return page;
  }
}
