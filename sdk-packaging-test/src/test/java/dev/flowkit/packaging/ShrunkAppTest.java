package dev.flowkit.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * The shrinker rules that ship in the jars are enough: ProGuard shrinks, optimizes and
 * obfuscates {@link ShrinkApp} together with its runtime classpath, using only the rules found
 * in the jars (as R8 reads them) plus the app's own {@code app.pro}, and the shrunk app then
 * passes every check against a reference server.
 */
class ShrunkAppTest {
  @Test
  void shrunkAndObfuscatedAppWorksAgainstTheReferenceServer() throws Exception {
    Path work = Files.createDirectories(Launch.path("flowkit.workDir"));
    List<Path> jars = Launch.runtimeJars();
    // ShrinkApp alone: ModulePathApp needs the reference server, ShrinkPlatformApp the platforms.
    Path shrunk = shrink(work, "", "!**/ModulePathApp.class,!**/ShrinkPlatformApp.class", jars);

    try (JarFile jar = new JarFile(shrunk.toFile())) {
      assertTrue(jar.getEntry("dev/flowkit/packaging/ShrinkApp.class") != null, "the app's entry point is kept");
      assertTrue(jar.getEntry("dev/flowkit/workflows/FlowClient.class") == null, "FlowClient was renamed");
      assertTrue(jar.getEntry("dev/flowkit/workflows/internal/Rest.class") == null, "internal classes were renamed");
    }

    try (ReferenceServer server = ReferenceServer.builder().start()) {
      // First as built, so a failure below is the shrinker's, not the app's.
      List<Path> unshrunk = new ArrayList<>(jars);
      unshrunk.add(0, Launch.path("flowkit.appClasses"));
      Launch.Result plain = Launch.java(work.resolve("app.log"),
          "-cp", Launch.join(unshrunk), ShrinkApp.class.getName(),
          server.url().toString(), ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD);
      assertEquals(0, plain.exitCode, plain.output);
    }
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      Launch.Result result = Launch.java(work.resolve("shrunk-app.log"),
          "-cp", shrunk.toString(), ShrinkApp.class.getName(),
          server.url().toString(), ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD);
      assertEquals(0, result.exitCode, result.output);
      assertTrue(result.output.startsWith("OK "), result.output);
      assertFalse(result.output.contains("Exception"), result.output);
    }
  }

  /**
   * The platform artifacts shrunk with the rules they ship: sdk-workflows finds each one as a
   * service in the obfuscated app, and its shared and native calls read their models.
   */
  @Test
  void shrunkAppOnThePlatformArtifactsFindsThemAndReadsTheirModels() throws Exception {
    Path work = Files.createDirectories(Launch.path("flowkit.workDir"));
    List<Path> jars = new ArrayList<>(Launch.runtimeJars());
    jars.addAll(Launch.paths("flowkit.platformJars"));
    Path shrunk = shrink(work, "platform-", "!**/ModulePathApp.class,!**/ShrinkApp.class,!**/ShrinkApp$*.class", jars);
    try (JarFile jar = new JarFile(shrunk.toFile())) {
      assertTrue(jar.getEntry("dev/flowkit/workflows/flow8/Flow8.class") == null, "Flow8 was renamed");
    }
    for (ServerPlatform platform : new ServerPlatform[] {ServerPlatform.FLOW8, ServerPlatform.IMBRACE, ServerPlatform.IAI_FLOW}) {
      try (ReferenceServer server = ReferenceServer.builder().platform(platform).start()) {
        String base = platform == ServerPlatform.FLOW8 ? server.url() + "api/" : server.url().toString();
        Launch.Result result = Launch.java(work.resolve("shrunk-" + platform + ".log"),
            "-cp", shrunk.toString(), ShrinkPlatformApp.class.getName(), platform.name(), base,
            server.demoApiKey(), ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD);
        assertEquals(0, result.exitCode, platform + ": " + result.output);
        assertTrue(result.output.startsWith("OK "), result.output);
      }
    }
  }

  /**
   * Shrinks, optimizes and obfuscates the app classes ({@code appFilter} picks them) with {@code
   * jars}, using only the rules the jars ship plus app.pro; writes {@code <prefix>app-shrunk.jar}
   * and {@code <prefix>mapping.txt}.
   */
  private static Path shrink(Path work, String prefix, String appFilter, List<Path> jars) throws Exception {
    Path shrunk = work.resolve(prefix + "app-shrunk.jar");
    Files.deleteIfExists(shrunk);
    StringBuilder config = new StringBuilder();
    config.append("-injars ").append(Launch.path("flowkit.appClasses")).append('(').append(appFilter).append(")\n");
    for (Path jar : jars) {
      // Java 9+ variants and module descriptors are not part of an Android app either.
      config.append("-injars ").append(jar)
          .append("(!META-INF/versions/**,!module-info.class,!META-INF/MANIFEST.MF)\n");
    }
    config.append("-outjars ").append(shrunk).append('\n');
    for (String module : new String[] {"java.base", "java.logging"}) {
      config.append("-libraryjars ")
          .append(Paths.get(System.getProperty("java.home"), "jmods", module + ".jmod"))
          .append("(!**.jar;!module-info.class)\n");
    }
    config.append("-printmapping ").append(work.resolve(prefix + "mapping.txt")).append('\n');
    config.append("-printconfiguration ").append(work.resolve(prefix + "configuration.txt")).append('\n');
    List<Path> shippedRules = extractShippedRules(jars, Files.createDirectories(work.resolve(prefix + "rules")));
    for (Path rules : shippedRules) config.append("-include ").append(rules).append('\n');
    config.append("-include ").append(Launch.path("flowkit.appRules")).append('\n');
    Path configFile = work.resolve(prefix + "proguard.pro");
    Files.write(configFile, config.toString().getBytes(StandardCharsets.UTF_8));

    assertTrue(shippedRules.stream().anyMatch(p -> p.toString().endsWith("flowkit-workflows.pro")), shippedRules.toString());
    runProGuard(configFile);
    return shrunk;
  }

  /**
   * The rules each jar ships, where R8 looks for them: {@code META-INF/com.android.tools/proguard/}
   * (rules meant for ProGuard) when a jar has that folder, else {@code META-INF/proguard/}.
   */
  private static List<Path> extractShippedRules(List<Path> jars, Path into) throws IOException {
    List<Path> rules = new ArrayList<>();
    for (Path jarPath : jars) {
      try (JarFile jar = new JarFile(jarPath.toFile())) {
        String folder = "META-INF/proguard/";
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          if (e.nextElement().getName().startsWith("META-INF/com.android.tools/proguard/")) {
            folder = "META-INF/com.android.tools/proguard/";
          }
        }
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          String name = entry.getName();
          if (!name.startsWith(folder) || entry.isDirectory()) continue;
          Path target = into.resolve(jarPath.getFileName() + "-" + name.substring(folder.length()).replace('/', '-'));
          try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
          rules.add(target);
        }
      }
    }
    return rules;
  }

  private static void runProGuard(Path configFile) throws Exception {
    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(configFile.toFile(), System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();
  }
}
