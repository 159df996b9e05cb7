package dev.flowkit.packaging;

import dev.flowkit.core.ClientOptions;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.flow8.Flow8Flow;
import dev.flowkit.workflows.models.FlowRun;
import java.time.Duration;
import java.util.Collections;

/**
 * Run with the Flowkit jars on the module path ({@code --module-path … --add-modules
 * dev.flowkit.workflows,dev.flowkit.workflows.flow8,dev.flowkit.server}): checks that each jar is
 * the named module its manifest promises, triggers a flow on an embedded reference server, and
 * speaks flow8 through sdk-flow8, which sdk-workflows finds as a service across modules. Prints
 * {@code OK} and exits 0, or says what failed and exits 1.
 */
public final class ModulePathApp {
  private ModulePathApp() {}

  public static void main(String[] args) {
    try {
      expectModule(ClientOptions.class, "dev.flowkit.core");
      expectModule(FlowClient.class, "dev.flowkit.workflows");
      expectModule(ReferenceServer.class, "dev.flowkit.server");
      expectModule(Flow8.class, "dev.flowkit.workflows.flow8");
      try (ReferenceServer server = ReferenceServer.builder().start();
          FlowClient client = FlowClient.builder().baseUrl(server.url().toString())
              .apiKey(server.demoApiKey()).build()) {
        FlowRun run = client.workflows().triggerFlowSync(
            server.flowId("Hello"), Collections.singletonMap("name", "Ada"), Duration.ofSeconds(10));
        if (!Collections.singletonMap("greeting", "Hello, Ada!").equals(run.output())) {
          throw new AssertionError("unexpected output " + run.output());
        }
      }
      try (ReferenceServer server = ReferenceServer.builder().platform(ServerPlatform.FLOW8).start();
          FlowClient client = FlowClient.builder().platform(Platform.FLOW8).baseUrl(server.url() + "api/")
              .apiKey(server.demoApiKey()).build()) {
        java.util.List<Flow8Flow> flows = Flow8.of(client).flows().list().data();
        if (flows.isEmpty() || client.workflows().listFlows().data().size() != flows.size()) {
          throw new AssertionError("flow8 lists differ: " + flows);
        }
        System.out.println("flow8 flows through Flow8.of(client): " + flows.size());
      }
      System.out.println("OK");
    } catch (Throwable t) {
      t.printStackTrace(System.out);
      System.exit(1);
    }
    System.exit(0);
  }

  private static void expectModule(Class<?> type, String name) {
    Module module = type.getModule();
    if (!module.isNamed() || !module.getName().equals(name)) {
      throw new AssertionError(type.getName() + " is in " + module + ", expected module " + name);
    }
    System.out.println(type.getSimpleName() + " in module " + module.getName());
  }
}
