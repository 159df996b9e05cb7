package dev.flowkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each example runs to its end and prints what the README promises. */
class ExamplesTest {
  @Test
  void quickstartLogsInListsTriggersAndPrintsTheOutput() throws Exception {
    String out = StandardOutput.of(() -> Quickstart.main(new String[0]));
    assertTrue(out.contains("Logged in as Demo User in Demo Workspace"), out);
    assertTrue(out.contains("Session authenticated: true"), out);
    assertTrue(out.contains("Hello  ENABLED"), out);
    assertTrue(out.contains("Run SUCCEEDED"), out);
    assertTrue(out.contains("{greeting=Hello, Ada!}"), out);
  }

  @Test
  void streamingExamplePrintsTokensAsTheyComeAndTheOutput() throws Exception {
    String out = StandardOutput.of(() -> StreamingExample.main(new String[0]));
    assertTrue(out.contains("[write] started"), out);
    assertTrue(out.contains("Once upon a time, AI quietly changed everything for one small curious town."), out);
    assertTrue(out.contains("Output after"), out);
  }

  @Test
  void asyncExampleRunsFiftyTriggersAndWalksThePages() throws Exception {
    String out = StandardOutput.of(() -> AsyncExample.main(new String[0]));
    assertTrue(out.contains("Finished runs: 50"), out);
    assertTrue(out.contains("Succeeded runs: 50"), out);
    assertTrue(out.contains("Quick run SUCCEEDED: {greeting=Hello, Ada!}"), out);
  }
}
