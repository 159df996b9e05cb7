package consumer;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.Session;
import java.time.Duration;
import java.util.Collections;

/**
 * What a user writes on day one, in Java 8: log in, list every flow, trigger one and wait for
 * it, then watch another run live. Arguments: base URL, email, password.
 */
public final class OneDependencyApp {
  private OneDependencyApp() {}

  public static void main(String[] args) {
    try (FlowClient client = FlowClient.builder().baseUrl(args[0]).build()) {
      Session session = client.auth().login(args[1], args[2]);
      System.out.println("logged in: " + session.user().email());

      String hello = null;
      String story = null;
      int flows = 0;
      for (Flow flow : client.workflows().listFlows().autoPager()) {
        flows++;
        if (flow.version().displayName().equals("Hello")) hello = flow.id();
        if (flow.version().displayName().equals("Story")) story = flow.id();
      }
      System.out.println("flows: " + flows);
      if (hello == null || story == null) throw new IllegalStateException("demo flows missing");

      FlowRun run = client.workflows()
          .triggerFlowSync(hello, Collections.singletonMap("name", "Ada"), Duration.ofSeconds(10));
      System.out.println("run: " + run.status() + " " + run.output());

      int events = 0;
      try (RunStream stream = client.workflows().streamFlow(story, Collections.singletonMap("topic", "AI"))) {
        while (stream.hasNext()) {
          RunEvent event = stream.next();
          if (event instanceof RunEvent.Output) System.out.println("output: " + ((RunEvent.Output) event).output());
          events++;
        }
      }
      System.out.println("streamed events: " + events);
    }
  }
}
