package dev.flowkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the app of the {@code one-dependency} consumer project (built by the invoker just before)
 * on exactly the runtime classpath Maven resolved for a project whose only dependency is
 * {@code sdk-workflows}, against a reference server on loopback.
 */
class OneDependencyConsumerIT {
  private static final Path CONSUMER = Paths.get(System.getProperty("consumer.dir", "target/it/one-dependency"));

  @Test
  void oneDependencyAppLogsInListsTriggersAndStreams() throws Exception {
    String classpath = CONSUMER.resolve("target/classes") + File.pathSeparator
        + new String(Files.readAllBytes(CONSUMER.resolve("target/runtime-classpath.txt")), StandardCharsets.UTF_8).trim();

    try (ReferenceServer server = ReferenceServer.builder().start()) {
      Path log = Files.createTempFile("one-dependency", ".log");
      Process app = new ProcessBuilder(
              Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp", classpath, "consumer.OneDependencyApp",
              server.url().toString(), ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      boolean exited = app.waitFor(60, TimeUnit.SECONDS);
      if (!exited) app.destroyForcibly();
      String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      assertTrue(exited, "the app did not finish in 60 s:\n" + output);
      assertEquals(0, app.exitValue(), "the app failed:\n" + output);

      List<String> lines = Arrays.asList(output.split("\\R"));
      assertTrue(lines.contains("logged in: " + ReferenceServer.DEMO_EMAIL), output);
      assertTrue(lines.contains("flows: " + server.flowIds().size()), output);
      assertTrue(lines.contains("run: SUCCEEDED {greeting=Hello, Ada!}"), output);
      assertTrue(lines.stream().anyMatch(l -> l.matches("streamed events: [1-9][0-9]*")), output);
      assertEquals(1, server.runsCreated(server.flowId("Hello")));
      assertEquals(1, server.runsCreated(server.flowId("Story")));
    }
  }

  @Test
  void runtimeClasspathHoldsOneOkioAndTheOkHttpClasses() throws IOException {
    List<String> jars = Arrays.asList(new String(
        Files.readAllBytes(CONSUMER.resolve("target/runtime-classpath.txt")), StandardCharsets.UTF_8)
        .trim().split(File.pathSeparator));
    List<String> okio = jars.stream().filter(j -> j.contains("okio-jvm")).toList();
    assertEquals(1, okio.size(), jars.toString());
    assertTrue(okio.get(0).endsWith("okio-jvm-" + System.getProperty("okio.version") + ".jar"), okio.toString());
    assertTrue(jars.stream().anyMatch(j -> j.endsWith("okhttp-jvm-" + System.getProperty("okhttp.version") + ".jar")), jars.toString());
  }
}
