package dev.flowkit.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Prints, on every build, the size of the SDK's own jars against their budget and the whole
 * runtime classpath a consumer of sdk-workflows gets. Run by {@code exec:java@jar-budget} in
 * verify with: the runtime classpath file, the sdk-core jar, the sdk-workflows jar, and the
 * ProGuard-shrunk app that {@code ShrunkAppTest} writes (absent when tests were skipped).
 */
public final class JarBudget {
  static final long BUDGET_BYTES = 250 * 1024;

  private JarBudget() {}

  public static void main(String[] args) throws IOException {
    String classpath = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8).trim();
    long core = Files.size(Paths.get(args[1]));
    long workflows = Files.size(Paths.get(args[2]));
    long sdk = core + workflows;
    System.out.printf(Locale.ROOT, "Flowkit jar budget: sdk-core %s + sdk-workflows %s = %s of %s%s%n",
        kb(core), kb(workflows), kb(sdk), kb(BUDGET_BYTES), sdk > BUDGET_BYTES ? "  OVER BUDGET" : "");

    List<Path> jars = new ArrayList<>();
    for (String entry : classpath.split(java.io.File.pathSeparator)) jars.add(Paths.get(entry));
    jars.sort(Comparator.comparingLong(JarBudget::size).reversed());
    long total = 0;
    for (Path jar : jars) total += size(jar);
    System.out.printf(Locale.ROOT, "Runtime classpath of sdk-workflows: %d jars, %s%n", jars.size(), kb(total));
    for (Path jar : jars) {
      System.out.printf(Locale.ROOT, "  %10s  %s%n", kb(size(jar)), jar.getFileName());
    }
    Path shrunk = Paths.get(args[3]);
    if (Files.isRegularFile(shrunk)) {
      System.out.printf(Locale.ROOT, "The same classpath plus a small app, shrunk by ProGuard: %s%n", kb(size(shrunk)));
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new IllegalStateException(path + " is missing", e);
    }
  }

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }
}
