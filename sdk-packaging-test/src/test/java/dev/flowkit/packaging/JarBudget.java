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
 * Prints, on every build, the size of the SDK's own jars against their budget, the whole runtime
 * classpath a consumer of sdk-workflows gets, and Flowkit's own share of the ProGuard-shrunk app
 * against its budget — what an Android user pays — and each platform artifact against its own.
 * The build fails above any budget. Run by {@code exec:java@jar-budget} in verify with: the
 * runtime classpath file, the sdk-core jar, the sdk-workflows jar, the ProGuard-shrunk app that
 * {@code ShrunkAppTest} writes and its mapping file (both absent when tests were skipped), then
 * the platform artifacts' jars.
 */
public final class JarBudget {
  /**
   * The unshrunk sdk-core + sdk-workflows jars may not exceed this: the shared calls, the Flowkit
   * contract and FlowAI; each other platform is in its own artifact.
   */
  static final long BUDGET_BYTES = 400 * 1024;
  /**
   * Flowkit's classes in the shrunk app (which uses the shared calls only) may not exceed this:
   * 176 KB when it was set (229 KB while every platform was in sdk-workflows).
   */
  static final long SHRUNK_BUDGET_BYTES = 190 * 1024;
  /**
   * Each platform artifact may not exceed its budget, in KB (measured when set: sdk-flow8 97 KB,
   * sdk-activepieces 77 KB, sdk-iaiflow 114 KB).
   */
  static final java.util.Map<String, Long> PLATFORM_BUDGET_KB = new java.util.TreeMap<>();

  static {
    PLATFORM_BUDGET_KB.put("sdk-flow8", 110L);
    PLATFORM_BUDGET_KB.put("sdk-activepieces", 90L);
    PLATFORM_BUDGET_KB.put("sdk-iaiflow", 125L);
  }

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
      Path mapping = Paths.get(args[4]);
      if (Files.isRegularFile(mapping)) {
        long[] share = flowkitShare(shrunk, mapping);
        System.out.printf(Locale.ROOT, "Flowkit's share of the shrunk app (its classes, compressed): %s in %d classes"
            + " of %s%s%n", kb(share[0]), share[1], kb(SHRUNK_BUDGET_BYTES),
            share[0] > SHRUNK_BUDGET_BYTES ? "  OVER BUDGET" : "");
        if (share[0] > SHRUNK_BUDGET_BYTES) {
          throw new IllegalStateException("Flowkit's share of the shrunk app is " + kb(share[0]) + ", over its budget of "
              + kb(SHRUNK_BUDGET_BYTES) + "; keep what the shared calls reach small or decide on a new budget in "
              + "sdk-packaging-test's JarBudget");
        }
      }
    }
    List<String> over = new ArrayList<>();
    for (int i = 5; i < args.length; i++) {
      Path jar = Paths.get(args[i]);
      String artifact = jar.getFileName().toString().replaceAll("-\\d.*$", "");
      Long budgetKb = PLATFORM_BUDGET_KB.get(artifact);
      if (budgetKb == null) throw new IllegalStateException("no budget for " + artifact + " in JarBudget");
      long bytes = size(jar);
      boolean isOver = bytes > budgetKb * 1024;
      System.out.printf(Locale.ROOT, "Platform artifact %s: %s of %s%s%n", artifact, kb(bytes), kb(budgetKb * 1024),
          isOver ? "  OVER BUDGET" : "");
      if (isOver) over.add(artifact + " is " + kb(bytes) + ", over its budget of " + kb(budgetKb * 1024));
    }
    if (!over.isEmpty()) {
      throw new IllegalStateException(String.join("; ", over) + "; shrink it or decide on a new budget in"
          + " sdk-packaging-test's JarBudget");
    }
    if (sdk > BUDGET_BYTES) {
      throw new IllegalStateException("sdk-core + sdk-workflows are " + kb(sdk) + ", over their budget of "
          + kb(BUDGET_BYTES) + "; shrink them or decide on a new budget in sdk-packaging-test's JarBudget");
    }
  }

  /**
   * The compressed bytes and the number of the shrunk app's classes that were Flowkit's
   * ({@code dev.flowkit.*} outside this test app), found through ProGuard's mapping file since
   * obfuscation renamed them.
   */
  static long[] flowkitShare(Path shrunk, Path mapping) throws IOException {
    java.util.Map<String, String> originalOf = new java.util.HashMap<>();
    for (String line : Files.readAllLines(mapping, StandardCharsets.UTF_8)) {
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) continue;
      int arrow = line.indexOf(" -> ");
      if (arrow < 0 || !line.endsWith(":")) continue;
      originalOf.put(line.substring(arrow + 4, line.length() - 1), line.substring(0, arrow));
    }
    long bytes = 0;
    long classes = 0;
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(shrunk.toFile())) {
      for (java.util.Enumeration<java.util.jar.JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        java.util.jar.JarEntry entry = e.nextElement();
        String name = entry.getName();
        if (!name.endsWith(".class")) continue;
        String obfuscated = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        String original = originalOf.getOrDefault(obfuscated, obfuscated);
        if (original.startsWith("dev.flowkit.") && !original.startsWith("dev.flowkit.packaging.")) {
          bytes += entry.getCompressedSize();
          classes++;
        }
      }
    }
    return new long[] {bytes, classes};
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
