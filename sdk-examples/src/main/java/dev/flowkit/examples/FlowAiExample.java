package dev.flowkit.examples;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunEvent;
import java.time.Duration;
import java.util.Map;

/**
 * FlowAI's workflow API with the typed client: the standard call ({@code {output, total_time}})
 * and the streaming call (msg, stream and output events), both on
 * {@code POST /v1/api/workflow/run/{id}} with {@code X-API-KEY}. Runs against an embedded server
 * speaking FlowAI; point {@code baseUrl} at {@code https://flowai.cc} to run it for real.
 *
 * <p>{@code mvn -pl sdk-examples exec:java@example -Dexample=FlowAiExample}
 */
public final class FlowAiExample {
  private FlowAiExample() {}

  public static void main(String[] args) {
    try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOWAI).start();
        FlowClient client = FlowClient.builder()
            .platform(Platform.FLOWAI)
            .baseUrl(server.url().toString())
            .apiKey(server.demoApiKey()) // sent as X-API-KEY, FlowAI's header
            .build()) {
      // Standard output: the result all at once.
      FlowRun result = client.workflows().triggerFlowSync(server.flowId("Hello"),
          Map.of("name", "Are you there?"), Duration.ofSeconds(60));
      System.out.println("output: " + result.output() + "  total_time: " + result.durationMs() / 1000.0 + " s");

      // Streaming output: tokens as the LLM step writes them.
      try (RunStream events = client.workflows().streamFlow(server.flowId("Story"), Map.of("topic", "AI"))) {
        while (events.hasNext()) {
          RunEvent event = events.next();
          if (event instanceof RunEvent.Token) {
            System.out.print(((RunEvent.Token) event).content());
          } else if (event instanceof RunEvent.Output) {
            System.out.println();
            System.out.println("event:output after " + ((RunEvent.Output) event).totalTime().toMillis() + " ms");
          }
        }
      }
    }
  }
}
