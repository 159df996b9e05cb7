package dev.flowkit.examples;

import dev.flowkit.core.FlowException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import java.util.Collections;
import org.jspecify.annotations.Nullable;

/** Watches an LLM-style flow live: each step as it starts and ends, each token as it comes. */
public final class StreamingExample {
  private StreamingExample() {}

  public static void main(String[] args) throws InterruptedException {
    try (ReferenceServer server = ReferenceServer.builder().start();
        FlowClient client =
            FlowClient.builder().baseUrl(server.url().toString()).apiKey(server.demoApiKey()).build()) {
      RunSubscription run =
          client.workflows().streamFlow(server.flowId("Story"), Collections.singletonMap("topic", "AI"), new RunEventListener() {
            @Override
            public void onStepStart(RunSubscription run, String step) {
              System.out.println("[" + step + "] started");
            }

            @Override
            public void onToken(RunSubscription run, String content, String step, @Nullable String reasoning) {
              System.out.print(content);
              System.out.flush();
            }

            @Override
            public void onStepFinish(RunSubscription run, String step, Duration timeSpent, @Nullable Object output) {
              System.out.println("\n[" + step + "] finished in " + timeSpent.toMillis() + " ms");
            }

            @Override
            public void onOutput(RunSubscription run, RunEvent.Output output) {
              System.out.println("Output after " + output.totalTime().toMillis() + " ms: " + output.output());
            }

            @Override
            public void onRunFailed(RunSubscription run, RunFailedException failure) {
              System.out.println("The run failed: " + failure.getMessage());
            }

            @Override
            public void onFailure(RunSubscription run, FlowException error) {
              System.out.println("The stream failed: " + error.getMessage());
            }
          });
      if (!run.awaitCompletion(Duration.ofSeconds(30))) run.cancel();
    }
  }
}
