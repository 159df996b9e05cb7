package dev.flowkit.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jars work as named modules: each has the Automatic-Module-Name its users require. */
class ModulePathTest {
  @Test
  void programUsingTheSdkRunsWithTheJarsOnTheModulePath() throws Exception {
    Path work = Files.createDirectories(Launch.path("flowkit.workDir"));
    List<Path> modulePath = new ArrayList<>(Launch.runtimeJars());
    modulePath.addAll(Launch.serverJars());
    modulePath.addAll(Launch.paths("flowkit.platformJars"));

    Launch.Result result = Launch.java(work.resolve("module-path.log"),
        "--module-path", Launch.join(modulePath),
        // The SDK by its module names; mockwebserver3 (explicit, not automatic) for the server.
        "--add-modules", "dev.flowkit.workflows,dev.flowkit.workflows.flow8,dev.flowkit.server,mockwebserver3",
        "-cp", Launch.path("flowkit.appClasses").toString(),
        ModulePathApp.class.getName());

    assertEquals(0, result.exitCode, result.output);
    assertTrue(result.output.contains("FlowClient in module dev.flowkit.workflows"), result.output);
    assertTrue(result.output.contains("ClientOptions in module dev.flowkit.core"), result.output);
    assertTrue(result.output.contains("ReferenceServer in module dev.flowkit.server"), result.output);
    assertTrue(result.output.contains("Flow8 in module dev.flowkit.workflows.flow8"), result.output);
    assertTrue(result.output.contains("flow8 flows through Flow8.of(client): "), result.output);
    assertTrue(result.output.endsWith("OK\n"), result.output);
  }
}
