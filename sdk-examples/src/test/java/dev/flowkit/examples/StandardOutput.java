package dev.flowkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's {@code main} and returns what it printed. */
final class StandardOutput {
  /** An example's {@code main}, which may throw. */
  interface Main {
    void run() throws Exception;
  }

  private StandardOutput() {}

  /** {@code System.out} is global: one capture at a time, whichever test class asks. */
  static String of(Main main) throws Exception {
    synchronized (System.class) {
      PrintStream original = System.out;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        main.run();
      } finally {
        System.setOut(original);
      }
      return captured.toString(StandardCharsets.UTF_8);
    }
  }
}
