package dev.flowkit.server;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the reference server standalone: {@code --port N} or env {@code FLOWKIT_PORT} (default
 * 4454), with the demo user, an API key and the demo flows. Runs until Ctrl-C.
 */
public final class ReferenceServerMain {
  private ReferenceServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    int port = 4454;
    String env = System.getenv("FLOWKIT_PORT");
    if (env != null && !env.isBlank()) port = Integer.parseInt(env.trim());
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        port = Integer.parseInt(args[++i]);
      } else if (args[i].startsWith("--port=")) {
        port = Integer.parseInt(args[i].substring("--port=".length()));
      } else {
        System.err.println("usage: ReferenceServerMain [--port N]   (env FLOWKIT_PORT)");
        System.exit(2);
      }
    }
    ReferenceServer server = ReferenceServer.builder().port(port).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "flowkit-shutdown"));
    String base = server.url().toString().replaceAll("/$", "");
    StringBuilder out = new StringBuilder();
    out.append("Flowkit reference server listening on ").append(base).append("/\n\n");
    out.append("Log in (the session cookie lands in cookies.txt):\n");
    out.append("  curl -c cookies.txt -X POST ").append(base).append("/api/auth/login \\\n")
        .append("    -H 'Content-Type: application/json' \\\n")
        .append("    -d '{\"email\":\"").append(ReferenceServer.DEMO_EMAIL)
        .append("\",\"password\":\"").append(ReferenceServer.DEMO_PASSWORD).append("\"}'\n");
    out.append("  curl -b cookies.txt ").append(base).append("/api/flows\n\n");
    out.append("Demo API key: ").append(server.demoApiKey()).append('\n');
    out.append("  curl -H 'Authorization: Bearer ").append(server.demoApiKey()).append("' ")
        .append(base).append("/api/flows\n\n");
    out.append("Seeded flows:\n");
    for (Map.Entry<String, String> e : server.flowIds().entrySet()) {
      out.append(String.format("  %-9s %s%n", e.getKey(), e.getValue()));
    }
    out.append("\nStream the LLM-style flow (FlowAI format):\n");
    out.append("  curl -N -X POST ").append(base).append("/v1/api/workflow/run/")
        .append(server.flowId("Story")).append(" -H 'X-API-KEY: ").append(server.demoApiKey())
        .append("' -d '{\"input\":{\"topic\":\"AI trends 2026\"},\"stream\":true}'\n\n");
    out.append("Ctrl-C to stop.");
    System.out.println(out);
    System.out.flush();
    stopped.await();
  }
}
