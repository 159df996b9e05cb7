package dev.flowkit.workflows.iaiflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IAI Flow's WorkflowDefinition (its schemas page): every documented node type reads with its
 * typed config, an unknown type and unknown fields are kept, and a definition read and written
 * again is the same text.
 */
class WorkflowDefinitionTest {
  /** Every documented node type, a type the documents do not list, extra fields, tricky numbers. */
  static final String EVERY_TYPE = "{\"name\":\"Everything\",\"entry\":\"start\",\"version_note\":\"v2\","
      + "\"nodes\":["
      + "{\"id\":\"start\",\"type\":\"manual_trigger\",\"name\":\"Start\",\"config\":{},\"position\":{\"x\":10,\"y\":-2.5}},"
      + "{\"id\":\"cron\",\"type\":\"schedule\",\"config\":{\"cron\":\"0 9 * * 1\"}},"
      + "{\"id\":\"hook\",\"type\":\"webhook\",\"config\":{\"path\":\"/orders\"}},"
      + "{\"id\":\"http_in\",\"type\":\"http_trigger\",\"config\":{}},"
      + "{\"id\":\"ask\",\"type\":\"claude\",\"config\":{\"prompt\":\"Summarize {{input.text}}\",\"model\":\"claude-sonnet\",\"max_tokens\":1024}},"
      + "{\"id\":\"agent\",\"type\":\"ai.agent\",\"config\":{\"system_prompt\":\"You sort mail\",\"tools\":[\"http_request\",{\"name\":\"kv_get\"}],\"max_iterations\":5}},"
      + "{\"id\":\"prompt\",\"type\":\"ai.prompt\",\"config\":{\"prompt\":\"Say hi\",\"model\":\"gpt\"}},"
      + "{\"id\":\"fetch\",\"type\":\"http_request\",\"config\":{\"url\":\"https://x.example/a\",\"method\":\"POST\",\"headers\":{\"Authorization\":\"Bearer s3cret\"},\"body\":{\"n\":9007199254740993,\"f\":0.30000000000000000001,\"big\":123456789012345678901234567890,\"e\":1e3}}},"
      + "{\"id\":\"shape\",\"type\":\"js_transform\",\"config\":{\"fn\":\"(input) => ({ ok: input.status === 200 })\"}},"
      + "{\"id\":\"check\",\"type\":\"condition\",\"config\":{\"field\":\"ok\",\"operator\":\"equals\",\"value\":true}},"
      + "{\"id\":\"query\",\"type\":\"d1_query\",\"config\":{\"sql\":\"select * from t where id = ?\",\"params\":[1]}},"
      + "{\"id\":\"get\",\"type\":\"kv_get\",\"config\":{\"key\":\"last\"}},"
      + "{\"id\":\"set\",\"type\":\"kv_set\",\"config\":{\"key\":\"last\",\"value\":{\"at\":null}}},"
      + "{\"id\":\"note\",\"type\":\"log\",\"config\":{\"message\":\"done\"}},"
      + "{\"id\":\"sort\",\"type\":\"classify\",\"config\":{\"categories\":[\"bug\",\"feature\"]}},"
      + "{\"id\":\"future\",\"type\":\"vision.ocr\",\"config\":{\"lang\":\"vi\",\"dpi\":300}}"
      + "],\"edges\":["
      + "{\"id\":\"e1\",\"source\":\"start\",\"target\":\"fetch\"},"
      + "{\"id\":\"e2\",\"source\":\"fetch\",\"target\":\"check\",\"condition\":\"output.status < 500\",\"label\":\"ok\"}"
      + "]}";

  @Test
  void aDefinitionReadAndWrittenAgainIsTheSameText() {
    WorkflowDefinition definition = WorkflowDefinition.parse(EVERY_TYPE);
    assertEquals(EVERY_TYPE.replace("1e3", "1000.0"), definition.toJson(),
        "every field in order and every number's value (1e3 is written 1000.0)");
    assertEquals(definition, WorkflowDefinition.parse(definition.toJson()));
    assertEquals(definition.toJson(), WorkflowDefinition.parse(definition.toJson()).toJson());
    assertEquals(definition, definition.toBuilder().build(), "toBuilder keeps everything");
  }

  @Test
  void numbersKeepEveryDigit() {
    Map<?, ?> body = (Map<?, ?>) ((NodeConfig.HttpRequest) WorkflowDefinition.parse(EVERY_TYPE).node("fetch").config()).body();
    assertEquals(9007199254740993L, body.get("n"));
    assertEquals(new BigDecimal("0.30000000000000000001"), body.get("f"));
    assertEquals(new BigInteger("123456789012345678901234567890"), body.get("big"));
    assertEquals(1000.0, body.get("e"));
  }

  @Test
  void everyDocumentedNodeTypeHasItsTypedConfig() {
    WorkflowDefinition d = WorkflowDefinition.parse(EVERY_TYPE);
    assertEquals("Everything", d.name());
    assertEquals("start", d.entry());
    assertEquals(Map.of("version_note", "v2"), d.additionalProperties());
    assertEquals(16, d.nodes().size());
    assertEquals(Map.of("position", Map.of("x", 10L, "y", -2.5)), d.node("start").additionalProperties());
    assertEquals("Start", d.node("start").name());
    assertInstanceOf(NodeConfig.ManualTrigger.class, d.node("start").config());
    assertEquals("0 9 * * 1", ((NodeConfig.Schedule) d.node("cron").config()).cron());
    assertEquals("/orders", ((NodeConfig.Webhook) d.node("hook").config()).path());
    assertInstanceOf(NodeConfig.HttpTrigger.class, d.node("http_in").config());
    NodeConfig.Claude claude = (NodeConfig.Claude) d.node("ask").config();
    assertEquals("Summarize {{input.text}}", claude.prompt());
    assertEquals("claude-sonnet", claude.model());
    assertEquals(Integer.valueOf(1024), claude.maxTokens());
    NodeConfig.AiAgent agent = (NodeConfig.AiAgent) d.node("agent").config();
    assertEquals("You sort mail", agent.systemPrompt());
    assertEquals(List.of("http_request", Map.of("name", "kv_get")), agent.tools());
    assertEquals(Integer.valueOf(5), agent.maxIterations());
    NodeConfig.AiPrompt prompt = (NodeConfig.AiPrompt) d.node("prompt").config();
    assertEquals("Say hi", prompt.prompt());
    assertEquals("gpt", prompt.model());
    NodeConfig.HttpRequest http = (NodeConfig.HttpRequest) d.node("fetch").config();
    assertEquals("https://x.example/a", http.url());
    assertEquals("POST", http.method());
    assertEquals(Map.of("Authorization", "Bearer s3cret"), http.headers());
    assertEquals("(input) => ({ ok: input.status === 200 })", ((NodeConfig.JsTransform) d.node("shape").config()).fn());
    NodeConfig.Condition condition = (NodeConfig.Condition) d.node("check").config();
    assertEquals("ok", condition.field());
    assertEquals("equals", condition.operator());
    assertEquals(true, condition.value());
    NodeConfig.D1Query query = (NodeConfig.D1Query) d.node("query").config();
    assertEquals("select * from t where id = ?", query.sql());
    assertEquals(List.of(1L), query.params());
    assertEquals("last", ((NodeConfig.KvGet) d.node("get").config()).key());
    NodeConfig.KvSet set = (NodeConfig.KvSet) d.node("set").config();
    assertEquals("last", set.key());
    assertTrue(((Map<?, ?>) set.value()).containsKey("at"), "a null inside a value is kept");
    assertEquals("done", ((NodeConfig.Log) d.node("note").config()).message());
    assertEquals(List.of("bug", "feature"), ((NodeConfig.Classify) d.node("sort").config()).categories());

    NodeConfig future = d.node("future").config();
    assertInstanceOf(NodeConfig.Unknown.class, future);
    assertEquals("vision.ocr", future.type());
    assertEquals(Map.of("lang", "vi", "dpi", 300L), future.values());

    Edge e2 = d.edges().get(1);
    assertEquals("fetch", e2.source());
    assertEquals("check", e2.target());
    assertEquals("output.status < 500", e2.condition());
    assertEquals(Map.of("label", "ok"), e2.additionalProperties());
    assertNull(d.edges().get(0).condition());
  }

  @Test
  void toStringLeavesConfigValuesOut() {
    String text = WorkflowDefinition.parse(EVERY_TYPE).toString();
    assertFalse(text.contains("s3cret"), text);
    assertTrue(text.contains("Node{id=fetch, type=http_request}"), text);
    assertTrue(text.contains("Edge{e2: fetch -> check when output.status < 500}"), text);
    assertFalse(WorkflowDefinition.parse(EVERY_TYPE).node("fetch").config().toString().contains("s3cret"));
  }

  @Test
  void theBuilderWritesTheDocumentedShape() {
    WorkflowDefinition d = WorkflowDefinition.builder().name("Greeter")
        .node(Node.of("start", NodeConfig.manualTrigger()))
        .node(Node.builder().id("greet").name("Greet")
            .config(NodeConfig.jsTransform("(input) => ({ greeting: `Hello, ${input.name}!` })")).build())
        .node(Node.of("ask", NodeConfig.claude("Hi", null, 200).with("temperature", 0.5)))
        .connect("start", "greet")
        .connect("greet", "ask", "output.greeting.length > 3")
        .build();
    assertEquals("{\"name\":\"Greeter\",\"nodes\":["
        + "{\"id\":\"start\",\"type\":\"manual_trigger\",\"config\":{}},"
        + "{\"id\":\"greet\",\"type\":\"js_transform\",\"name\":\"Greet\",\"config\":{\"fn\":\"(input) => ({ greeting: `Hello, ${input.name}!` })\"}},"
        + "{\"id\":\"ask\",\"type\":\"claude\",\"config\":{\"prompt\":\"Hi\",\"max_tokens\":200,\"temperature\":0.5}}],"
        + "\"edges\":[{\"id\":\"e1\",\"source\":\"start\",\"target\":\"greet\"},"
        + "{\"id\":\"e2\",\"source\":\"greet\",\"target\":\"ask\",\"condition\":\"output.greeting.length > 3\"}]}",
        d.toJson());
    assertEquals(d, WorkflowDefinition.parse(d.toJson()), "what the builder makes reads back equal");
  }

  @Test
  void theBuilderRefusesABrokenGraph() {
    Node a = Node.of("a", NodeConfig.manualTrigger());
    assertEquals("name is required", assertThrows(IllegalStateException.class,
        () -> WorkflowDefinition.builder().node(a).build()).getMessage());
    assertEquals("the node id \"a\" is used twice", assertThrows(IllegalStateException.class,
        () -> WorkflowDefinition.builder().name("x").node(a).node(a).build()).getMessage());
    assertEquals("edge e1 joins \"b\", which is not a node of the definition", assertThrows(IllegalStateException.class,
        () -> WorkflowDefinition.builder().name("x").node(a).connect("a", "b").build()).getMessage());
    assertEquals("the entry \"z\" is not a node of the definition", assertThrows(IllegalStateException.class,
        () -> WorkflowDefinition.builder().name("x").node(a).entry("z").build()).getMessage());
    assertEquals("the edge id \"e\" is used twice", assertThrows(IllegalStateException.class,
        () -> WorkflowDefinition.builder().name("x").node(a).edge(Edge.of("e", "a", "a")).edge(Edge.of("e", "a", "a")).build())
        .getMessage());
    assertThrows(IllegalStateException.class, () -> Node.builder().id("n").build(), "a node needs a config");
    assertThrows(IllegalArgumentException.class, () -> NodeConfig.log("x").with("when", java.time.Instant.EPOCH),
        "only JSON values");
    assertThrows(IllegalArgumentException.class, () -> NodeConfig.claude("x", null, null).with("t", Double.NaN));
  }

  @Test
  void parseNamesWhatIsWrongAndWhere() {
    assertEquals("definition_json must be a JSON object, not an array",
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinition.parse("[]")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkflowDefinition.parse("{...}"))
        .getMessage().startsWith("definition_json is not valid JSON"));
    assertEquals("definition_json.nodes must be an array, not an object",
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinition.parse("{\"nodes\":{}}")).getMessage());
    assertEquals("definition_json.nodes[1].id must be a non-empty string, not a number",
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinition.parse(
            "{\"nodes\":[{\"id\":\"a\",\"type\":\"log\"},{\"id\":7,\"type\":\"log\"}]}")).getMessage());
    assertEquals("definition_json.nodes[0].config must be an object, not a string",
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinition.parse(
            "{\"nodes\":[{\"id\":\"a\",\"type\":\"log\",\"config\":\"x\"}]}")).getMessage());
    assertEquals("definition_json.edges[0].condition must be a string, not a boolean",
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinition.parse(
            "{\"edges\":[{\"id\":\"e\",\"source\":\"a\",\"target\":\"b\",\"condition\":true}]}")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkflowDefinition.parse("{\"a\":1,\"a\":2}"))
        .getMessage().contains("appears twice"));
  }

  @Test
  void aTypedAccessorSaysWhenAValueHasTheWrongKind() {
    WorkflowDefinition d = WorkflowDefinition.parse(
        "{\"nodes\":[{\"id\":\"a\",\"type\":\"claude\",\"config\":{\"max_tokens\":\"many\",\"prompt\":5}}]}");
    NodeConfig.Claude claude = (NodeConfig.Claude) d.node("a").config();
    assertEquals("claude config \"max_tokens\" is a string, not a whole number that fits an int",
        assertThrows(IllegalStateException.class, claude::maxTokens).getMessage());
    assertEquals("claude config \"prompt\" is a number, not a string",
        assertThrows(IllegalStateException.class, claude::prompt).getMessage());
    assertEquals(Map.of("max_tokens", "many", "prompt", 5L), claude.values(), "the raw values stay readable");
  }

  @Test
  void aNodeWithoutConfigStaysWithoutOne() {
    String json = "{\"name\":\"n\",\"nodes\":[{\"id\":\"go\",\"type\":\"http_trigger\"}],\"edges\":[]}";
    WorkflowDefinition d = WorkflowDefinition.parse(json);
    assertEquals(Map.of(), d.node("go").config().values());
    assertEquals(json, d.toJson());
  }
}
