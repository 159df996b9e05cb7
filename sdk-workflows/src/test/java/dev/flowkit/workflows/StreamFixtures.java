package dev.flowkit.workflows;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.ReconnectPolicy;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.contract.ContractValidator;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** Clients, flows and a recording listener for the streaming tests. */
final class StreamFixtures {
  /** Checks every exchange against openapi/flow-api.yaml (streams by status and headers). */
  private static final OkHttpClient CONTRACT_CHECKED =
      new OkHttpClient.Builder().addNetworkInterceptor(ContractValidator.interceptor()).build();

  private StreamFixtures() {}

  /** An API-key client that reconnects quickly, with the given silence limit. */
  static FlowClient client(ReferenceServer server, Duration streamReadTimeout) {
    return FlowClient.builder()
        .baseUrl(server.url().toString())
        .okHttpClient(CONTRACT_CHECKED)
        .apiKey(server.demoApiKey())
        .streamReadTimeout(streamReadTimeout)
        .reconnectPolicy(ReconnectPolicy.of(5, Duration.ofMillis(1), Duration.ofMillis(20)))
        .build();
  }

  /**
   * A client whose traffic is not checked against the spec, for answers a proxy in the way
   * would give (an HTML page), which the contract rightly does not describe.
   */
  static FlowClient uncheckedClient(ReferenceServer server) {
    return FlowClient.builder().baseUrl(server.url().toString()).apiKey(server.demoApiKey()).build();
  }

  static FlowClient client(ReferenceServer server) {
    return client(server, Duration.ofSeconds(10));
  }

  /**
   * A published flow whose stream has exactly {@code 6 + tokens} events: start, the trigger's
   * start_node and finish_node, the LLM's start_node, its tokens, its finish_node, and output.
   */
  static String llmFlow(FlowClient client, int tokens, long tokenDelayMs) {
    StringBuilder text = new StringBuilder("w0");
    for (int i = 1; i < tokens; i++) text.append(" w").append(i);
    Flow flow =
        client.workflows().createFlow(
            CreateFlowParams.builder()
                .displayName("Tokens " + tokens)
                .trigger(Step.manualTrigger("trigger").then(Step.llm("llm", text.toString(), tokenDelayMs)))
                .build());
    client.workflows().applyFlowOperation(flow.id(), FlowOperation.lockAndPublish());
    return flow.id();
  }

  /** Records every callback, and fails on any callback after {@code onClosed}. */
  static final class Recorder implements RunEventListener {
    final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
    final List<String> tokens = Collections.synchronizedList(new ArrayList<>());
    final List<Long> tokenNanos = Collections.synchronizedList(new ArrayList<>());
    final List<String> reconnects = Collections.synchronizedList(new ArrayList<>());
    final List<String> nodes = Collections.synchronizedList(new ArrayList<>());
    /** Both kinds of failure, in order. */
    final List<FlowException> errors = Collections.synchronizedList(new ArrayList<>());
    final List<RunFailedException> runFailures = Collections.synchronizedList(new ArrayList<>());
    final List<FlowException> streamFailures = Collections.synchronizedList(new ArrayList<>());
    final List<String> afterClose = Collections.synchronizedList(new ArrayList<>());
    final AtomicBoolean closed = new AtomicBoolean();
    volatile @Nullable Object output;
    volatile @Nullable Duration totalTime;
    volatile @Nullable String startedRunId;

    private void check(String callback) {
      if (closed.get()) afterClose.add(callback);
    }

    @Override
    public void onEvent(RunSubscription subscription, RunEvent event) {
      check("onEvent");
      events.add(event);
    }

    @Override
    public void onStart(RunSubscription subscription) {
      check("onStart");
      startedRunId = subscription.runId();
    }

    @Override
    public void onStepStart(RunSubscription subscription, String node) {
      check("onStepStart");
      nodes.add("start " + node);
    }

    @Override
    public void onStepFinish(RunSubscription subscription, String node, Duration timeSpent, @Nullable Object output) {
      check("onStepFinish");
      nodes.add("finish " + node);
    }

    @Override
    public void onToken(RunSubscription subscription, String content, String node, @Nullable String reasoning) {
      check("onToken");
      tokenNanos.add(System.nanoTime());
      tokens.add(content);
    }

    @Override
    public void onOutput(RunSubscription subscription, RunEvent.Output output) {
      check("onOutput");
      this.output = output.output();
      this.totalTime = output.totalTime();
    }

    @Override
    public void onRunFailed(RunSubscription subscription, RunFailedException failure) {
      check("onRunFailed");
      runFailures.add(failure);
      errors.add(failure);
    }

    @Override
    public void onFailure(RunSubscription subscription, FlowException error) {
      check("onFailure");
      streamFailures.add(error);
      errors.add(error);
    }

    @Override
    public void onReconnect(RunSubscription subscription, int attempt, @Nullable String lastEventId) {
      check("onReconnect");
      reconnects.add(attempt + "@" + lastEventId);
    }

    @Override
    public void onClosed(RunSubscription subscription) {
      check("onClosed");
      closed.set(true);
    }

    List<Long> ids() {
      List<Long> ids = new ArrayList<>();
      synchronized (events) {
        for (RunEvent event : events) ids.add(Long.parseLong(event.id()));
      }
      return ids;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(@Nullable Object value) {
    return (Map<String, Object>) value;
  }
}
