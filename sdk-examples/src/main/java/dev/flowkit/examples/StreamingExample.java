package dev.flowkit.examples;

import dev.flowkit.core.FlowException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunSubscription;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Watches an LLM-style flow live: each node as it starts and ends, each token as it comes. */
public final class StreamingExample {
  private StreamingExample() {}

  public static void main(String[] args) throws InterruptedException {
    try (ReferenceServer server = ReferenceServer.builder().start();
        FlowClient client =
            FlowClient.builder().baseUrl(server.url().toString()).apiKey(server.demoApiKey()).build()) {
      RunSubscription run =
          client.workflows().streamFlow(server.flowId("Story"), Map.of("topic", "AI"), new RunEventListener() {
            @Override
            public void onNodeStart(String node) {
              System.out.println("[" + node + "] started");
            }

            @Override
            public void onToken(String content, String node, @Nullable String reasoning) {
              System.out.print(content);
              System.out.flush();
            }

            @Override
            public void onNodeFinish(String node, Duration timeSpent, @Nullable Object output) {
              System.out.println("\n[" + node + "] finished in " + timeSpent.toMillis() + " ms");
            }

            @Override
            public void onOutput(@Nullable Object output, Duration totalTime) {
              System.out.println("Output after " + totalTime.toMillis() + " ms: " + output);
            }

            @Override
            public void onError(FlowException error) {
              System.out.println("Failed: " + error.getMessage());
            }
          });
      if (!run.awaitCompletion(Duration.ofSeconds(30))) run.cancel();
    }
  }
}
