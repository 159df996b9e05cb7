package dev.flowkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each platform's example runs to its end against the server impersonating that platform. */
class PlatformExamplesTest {
  @Test
  void iaiFlowExampleRunsTheQuickstartADefinitionAndAWebhookReceiver() throws Exception {
    String out = StandardOutput.of(() -> IaiFlowExample.main(new String[0]));
    assertTrue(out.contains("Signed in as demo@flowkit.dev"), out);
    assertTrue(out.contains("Hello  v1  ENABLED"), out);
    assertTrue(out.contains("Run of Hello: SUCCEEDED"), out);
    assertTrue(out.contains("output {greeting=Hello, Ada!}"), out);
    assertTrue(out.contains("Streaming on IAI Flow: false"), out);
    assertTrue(out.contains("Triage: SUCCEEDED {paged=Grace}"), out);
    assertTrue(out.contains("  [SKIPPED] queue (log)"), out);
    assertTrue(out.contains("Webhook verified: run.completed run_"), out);
    assertTrue(!out.contains("Webhook refused"), out);
  }

  @Test
  void flowAiExampleCallsAndStreams() throws Exception {
    String out = StandardOutput.of(() -> FlowAiExample.main(new String[0]));
    assertTrue(out.contains("output: {greeting=Hello, Are you there?!}"), out);
    assertTrue(out.contains("Once upon a time, AI quietly changed everything for one small curious town."), out);
    assertTrue(out.contains("event:output after"), out);
  }

  @Test
  void imbraceExampleRunsFlowsFromTheirWebhooks() throws Exception {
    String out = StandardOutput.of(() -> ImbraceExample.main(new String[0]));
    assertTrue(out.contains(" Hello"), out);
    assertTrue(out.contains("Hello answered 200 {greeting=Hello, contact_123!}"), out);
    assertTrue(out.matches("(?s).*Webhook whk_\\w+ started run_\\w+: SUCCEEDED.*"), out);
    assertTrue(out.contains("Failing flow: FLOW_FAILED at step_1"), out);
    assertTrue(out.contains("My MCP Server"), out);
    assertTrue(out.contains("Channel automation: WhatsApp lead follow-up"), out);
  }

  @Test
  void activepiecesExampleBuildsPublishesAndCallsAFlow() throws Exception {
    String out = StandardOutput.of(() -> ActivepiecesExample.main(new String[0]));
    assertTrue(out.contains(": ENABLED"), out);
    assertTrue(out.contains("score 80 -> 200 {lead=hot}"), out);
    assertTrue(out.contains("score 20 -> 200 {lead=cold}"), out);
    assertEquals(2, out.split("SUCCEEDED", -1).length - 1, out);
  }

  @Test
  void flow8ExampleBuildsAFlowWatchesItLiveApprovesItAndCancelsAPlay() throws Exception {
    String out = StandardOutput.of(() -> Flow8Example.main(new String[0]));
    assertTrue(out.contains("Signed in as demo@flowkit.dev"), out);
    assertTrue(out.contains("Flows: 5 in 3 pages of 2"), out);
    assertTrue(out.contains("  5. "), out);
    assertTrue(out.contains("  live: PAUSE pay"), out);
    assertTrue(out.contains("  live: FINISH_STEP wait"), out);
    assertTrue(out.contains("  live: done in "), out);
    assertTrue(out.contains(": DONE in "), out);
    assertTrue(out.contains("  layer pay: DONE {paid=INV-001}"), out);
    assertTrue(out.contains("Hello: SUCCEEDED (flow8 says DONE)"), out);
    assertTrue(out.contains(": FAIL"), out);
  }
}
