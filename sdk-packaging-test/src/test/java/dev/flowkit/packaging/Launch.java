package dev.flowkit.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Paths the build hands the tests, and a bounded way to run a program in another JVM. */
final class Launch {
  private Launch() {}

  static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isEmpty() || value.contains("${")) {
      throw new IllegalStateException(property + " is not set; run these tests with Maven (mvn verify)");
    }
    return Paths.get(value);
  }

  /** The runtime classpath of sdk-workflows, as a consumer gets it. */
  static List<Path> runtimeJars() throws IOException {
    String text = new String(Files.readAllBytes(path("flowkit.runtimeClasspath")), StandardCharsets.UTF_8).trim();
    List<Path> jars = new ArrayList<>();
    for (String entry : text.split(java.io.File.pathSeparator)) {
      Path jar = Paths.get(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
        throw new IllegalStateException(entry + " is not a jar; run after package (mvn verify)");
      }
      jars.add(jar);
    }
    return jars;
  }

  static List<Path> serverJars() {
    return paths("flowkit.serverJars");
  }

  /** The jars the system property {@code property} lists. */
  static List<Path> paths(String property) {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty(property, "").split(java.io.File.pathSeparator)) {
      if (entry.contains("${") || entry.isEmpty()) throw new IllegalStateException(property + " unknown: " + entry);
      jars.add(Paths.get(entry));
    }
    return jars;
  }

  static String join(List<Path> paths) {
    List<String> names = new ArrayList<>();
    for (Path path : paths) names.add(path.toString());
    return String.join(java.io.File.pathSeparator, names);
  }

  /** The exit code and output of {@code java args…}; fails if it runs longer than 90 s. */
  static Result java(Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : args) command.add(arg);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command + "\n" + read(log));
    }
    return new Result(process.exitValue(), read(log));
  }

  private static String read(Path log) throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
  }

  static final class Result {
    final int exitCode;
    final String output;

    Result(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }
  }
}
