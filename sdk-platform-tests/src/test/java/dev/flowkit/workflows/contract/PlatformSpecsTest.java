package dev.flowkit.workflows.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.flowkit.core.FlowApiException;
import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import dev.flowkit.server.fuzz.SpecDocument;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.RunStatus;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every platform has its spec: {@code openapi/flow-api.yaml} for Flowkit, {@code
 * openapi/platforms/<platform>.yaml} for the others (flow8's borrows the contract's resource
 * schemas by reference; Imbrace's takes most of its path items and all its schemas from
 * Activepieces'). The impersonating server serves exactly the spec's routes, and every exchange
 * of an SDK journey on that platform matches it.
 */
class PlatformSpecsTest {
  /** The spec of {@code platform}, relative to the repository root. */
  static String specOf(ServerPlatform platform) {
    switch (platform) {
      case IAI_FLOW: return "openapi/platforms/iai-flow.yaml";
      case FLOWAI: return "openapi/platforms/flowai.yaml";
      case FLOW8: return "openapi/platforms/flow8.yaml";
      case IMBRACE: return "openapi/platforms/imbrace.yaml";
      case ACTIVEPIECES: return "openapi/platforms/activepieces.yaml";
      default: return ContractValidator.SPEC_RELATIVE_PATH;
    }
  }

  static Path resolve(String relative) {
    Path contract = ContractValidator.specPath(); // <root>/openapi/flow-api.yaml
    return contract.getParent().getParent().resolve(relative);
  }

  /**
   * The spec as one OpenAPI 3.0 JSON document: references into {@code ../flow-api.yaml} become
   * local, with the contract's components copied in where the platform's spec has none; a
   * reference to a path item of a sibling spec ({@code activepieces.yaml#/paths/…}) is replaced
   * by that path item, and the sibling's components are copied in the same way.
   */
  static String openApi30Json(ServerPlatform platform) {
    try {
      ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
      Path file = resolve(specOf(platform));
      ObjectNode root = (ObjectNode) yaml.readTree(file.toFile());
      Map<String, ObjectNode> siblings = new java.util.LinkedHashMap<>();
      inlineSiblingRefs(root, file.getParent(), yaml, siblings);
      for (ObjectNode sibling : siblings.values()) mergeComponents(root, sibling);
      if (inlineContractRefs(root)) {
        mergeComponents(root, (ObjectNode) yaml.readTree(ContractValidator.specPath().toFile()));
      }
      return new ObjectMapper().writeValueAsString(SpecDocument.downgradeTo30(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code from}'s components into {@code root} where {@code root} has none of that name. */
  private static void mergeComponents(ObjectNode root, ObjectNode from) {
    ObjectNode components = root.with("components");
    Iterator<Map.Entry<String, JsonNode>> sections = from.get("components").fields();
    while (sections.hasNext()) {
      Map.Entry<String, JsonNode> section = sections.next();
      ObjectNode mine = components.with(section.getKey());
      Iterator<Map.Entry<String, JsonNode>> entries = section.getValue().fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> e = entries.next();
        if (!mine.has(e.getKey())) mine.set(e.getKey(), e.getValue());
      }
    }
  }

  /**
   * Resolves references of the form {@code <file>.yaml#<pointer>} to a spec in {@code dir}:
   * a component's becomes local, a path item's is replaced by a copy of the path item.
   */
  private static void inlineSiblingRefs(JsonNode node, Path dir, ObjectMapper yaml, Map<String, ObjectNode> siblings)
      throws IOException {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      JsonNode ref = o.get("$ref");
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\w.-]+\\.yaml)#(.*)")
          .matcher(ref == null ? "" : ref.asText());
      if (m.matches()) {
        ObjectNode sibling = siblings.get(m.group(1));
        if (sibling == null) {
          sibling = (ObjectNode) yaml.readTree(dir.resolve(m.group(1)).toFile());
          siblings.put(m.group(1), sibling);
        }
        String pointer = java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8);
        if (pointer.startsWith("/components/")) {
          o.set("$ref", TextNode.valueOf("#" + pointer));
        } else {
          JsonNode target = sibling.at(pointer);
          if (!target.isObject()) throw new IllegalStateException(ref.asText() + " names nothing");
          o.remove("$ref");
          o.setAll(((ObjectNode) target).deepCopy());
        }
      }
      for (JsonNode child : o) inlineSiblingRefs(child, dir, yaml, siblings);
    } else if (node.isArray()) {
      for (JsonNode child : node) inlineSiblingRefs(child, dir, yaml, siblings);
    }
  }

  private static boolean inlineContractRefs(JsonNode node) {
    boolean found = false;
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      JsonNode ref = o.get("$ref");
      if (ref != null && ref.asText().startsWith("../flow-api.yaml#")) {
        o.set("$ref", TextNode.valueOf(ref.asText().substring("../flow-api.yaml".length())));
        found = true;
      }
      for (JsonNode child : o) found |= inlineContractRefs(child);
    } else if (node.isArray()) {
      for (JsonNode child : node) found |= inlineContractRefs(child);
    }
    return found;
  }

  static OpenApiInteractionValidator validator(ServerPlatform platform) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(false);
    options.setExplicitObjectSchema(false);
    return OpenApiInteractionValidator.createForInlineApiSpecification(openApi30Json(platform))
        .withParseOptions(options).build();
  }

  /** IAI Flow's spec parses as OpenAPI 3.1 without messages, with its signed webhooks described. */
  @org.junit.jupiter.api.Test
  void iaiFlowsSpecIsOpenApi31WithItsWebhooks() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    var result = new io.swagger.v3.parser.OpenAPIV3Parser()
        .readLocation(resolve(specOf(ServerPlatform.IAI_FLOW)).toString(), null, options);
    assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), "parser messages");
    var api = result.getOpenAPI();
    assertEquals("3.1.0", api.getOpenapi());
    assertEquals(Set.of("run.started", "run.completed", "run.failed", "flow.updated", "agent.completed"),
        api.getWebhooks().keySet());
    for (var hook : api.getWebhooks().values()) {
      var headers = hook.getPost().getParameters().stream().map(p -> p.getName()).toList();
      assertEquals(List.of("X-IAI-Event", "X-IAI-Signature"), headers);
    }
  }

  @ParameterizedTest @EnumSource(value = ServerPlatform.class, names = {"IAI_FLOW", "FLOWAI", "IMBRACE", "ACTIVEPIECES", "FLOW8"})
  void theServerServesExactlyThePlatformsSpec(ServerPlatform platform) throws Exception {
    Set<String> served = new TreeSet<>();
    try (ReferenceServer server = ReferenceServer.builder().platform(platform).start()) {
      for (String route : server.routes()) served.add(RouteCoverageTest.normalize(route));
    }
    ObjectNode spec = (ObjectNode) new ObjectMapper().readTree(openApi30Json(platform));
    Set<String> described = new TreeSet<>();
    spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
        described.add(RouteCoverageTest.normalize(method + " " + path.getKey()));
      }
    }));
    assertEquals(described, served, "routes of " + specOf(platform));
  }

  /** The routes of a spec, normalized as {@link RouteCoverageTest#normalize}. */
  private static Set<String> routes(ServerPlatform platform) throws IOException {
    ObjectNode spec = (ObjectNode) new ObjectMapper().readTree(openApi30Json(platform));
    Set<String> described = new TreeSet<>();
    spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
        described.add(RouteCoverageTest.normalize(method + " " + path.getKey()));
      }
    }));
    return described;
  }

  @org.junit.jupiter.api.Test
  void imbracesSpecIsActivepiecesUnderTheGatewaysRootWithItsTwoExtraRoutes() throws Exception {
    Set<String> rerooted = new TreeSet<>();
    for (String route : routes(ServerPlatform.ACTIVEPIECES)) rerooted.add(route.replace(" /api/v1/", " /activepieces/v1/"));
    rerooted.add("GET /activepieces/v1/app-connections/{}");
    rerooted.add("GET /channel-service/v1/workflows/channel_automation");
    assertEquals(rerooted, routes(ServerPlatform.IMBRACE));
  }

  @ParameterizedTest @EnumSource(value = Platform.class, names = {"IAI_FLOW", "FLOWAI", "IMBRACE", "ACTIVEPIECES", "FLOW8"})
  void everyExchangeOfAJourneyMatchesThePlatformsSpec(Platform platform) throws Exception {
    ServerPlatform serverPlatform = ServerPlatform.valueOf(platform.name());
    SpecExchanges exchanges = SpecExchanges.of(serverPlatform);
    OkHttpClient http = exchanges.client();

    try (ReferenceServer server = ReferenceServer.builder().platform(serverPlatform).start()) {
      String base = platform == Platform.FLOW8 || platform == Platform.ACTIVEPIECES ? server.url() + "api/" : server.url().toString();
      FlowClient.Builder builder = FlowClient.builder().platform(platform).baseUrl(base).okHttpClient(http);
      boolean session = platform == Platform.IAI_FLOW || platform == Platform.FLOW8;
      try (FlowClient client = session
          ? builder.credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD).build()
          : builder.apiKey(server.demoApiKey()).build()) {
        journey(server, client, platform);
      }
    }
    assertTrue(exchanges.seen().size() >= 4, "a journey was made: " + exchanges.seen());
    assertEquals(List.of(), exchanges.violations(), "exchanges that " + exchanges.spec() + " does not describe");
  }

  private static void journey(ReferenceServer server, FlowClient client, Platform platform) throws Exception {
    var w = client.workflows();
    String hello = server.flowId("Hello");
    if (platform == Platform.FLOWAI) {
      assertEquals(RunStatus.SUCCEEDED, w.triggerFlowSync(hello, Map.of("name", "Ada"), Duration.ofSeconds(20)).status());
      assertEquals(RunStatus.FAILED, w.triggerFlowSync(server.flowId("Failing"), null, Duration.ofSeconds(20)).status());
      try (RunStream events = w.streamFlow(server.flowId("Story"), Map.of("topic", "AI"))) {
        assertTrue(events.collectText().startsWith("Once upon a time"));
      }
      assertThrows(FlowApiException.class, () -> w.triggerFlowSync("flow_nope", null, Duration.ofSeconds(5)));
      return;
    }
    if (platform == Platform.IMBRACE || platform == Platform.ACTIVEPIECES) {
      activepiecesJourney(server, client);
      return;
    }
    client.auth().getSession();
    List<String> ids = new ArrayList<>();
    w.listFlows(ListFlowsParams.builder().limit(2).build()).autoPager().forEach(f -> ids.add(f.id()));
    assertEquals(5, ids.size());
    w.getFlow(hello);
    FlowRun run = w.waitForRun(w.triggerFlow(hello, Map.of("name", "Ada")).id(), Duration.ofSeconds(20));
    assertEquals(RunStatus.SUCCEEDED, run.status());
    w.listRunSteps(run.id());
    w.listRuns();
    assertThrows(FlowApiException.class, () -> w.getFlow("flow_nope"));
    assertThrows(FlowApiException.class, () -> w.createFlow(CreateFlowParams.builder().displayName("   ").build()));
    if (platform == Platform.IAI_FLOW) iaiFlowJourney(server, client, run.id());
    client.auth().logout();
  }

  /** Imbrace's and Activepieces' journey: webhooks start the runs, found by flow and time. */
  private static void activepiecesJourney(ReferenceServer server, FlowClient client) throws Exception {
    var w = client.workflows();
    var ap = Activepieces.of(client);
    String hello = server.flowId("Hello");
    String project = w.getFlow(hello).projectId();
    List<String> ids = new ArrayList<>();
    w.listFlows(ListFlowsParams.builder().projectId(project).limit(3).build()).autoPager().forEach(f -> ids.add(f.id()));
    assertEquals(7, ids.size());
    assertEquals(200, ap.triggerWebhookSync(hello, Map.of("name", "Ada")).statusCode());
    var accepted = ap.triggerWebhook(hello, Map.of("name", "Bo"));
    ListRunsParams runs = ListRunsParams.builder().projectId(project).flowId(hello).createdAfter(accepted.acceptedAt()).build();
    List<FlowRun> found = w.listRuns(runs).data();
    for (int i = 0; i < 500 && found.isEmpty(); i++) {
      Thread.sleep(10);
      found = w.listRuns(runs).data();
    }
    FlowRun run = w.waitForRun(found.get(0).id(), Duration.ofSeconds(20));
    assertEquals(RunStatus.SUCCEEDED, run.status());
    w.listRunSteps(run.id());
    w.listVersions(hello);
    ap.listTables(ListParams.builder().projectId(project).build());
    ap.listPieces();
    assertThrows(FlowApiException.class, () -> w.getFlow("flow_nope"));
    assertThrows(FlowApiException.class, () -> ap.triggerWebhook(server.flowId("Disabled"), null));
    assertThrows(FlowApiException.class, () -> ap.triggerWebhookSync("flow_nope", null));
    assertThrows(FlowApiException.class, () -> w.createFlow(CreateFlowParams.builder().displayName("x").projectId("proj_other").build()));
  }

  /** IAI Flow's own calls, so that every route of its spec is checked against the server's answers. */
  private static void iaiFlowJourney(ReferenceServer server, FlowClient client, String runId) throws Exception {
    var iai = IaiFlow.of(client);
    iai.health();
    var flows = iai.flows().list();
    var definition = iai.flows().get(flows.get(0).id()).definition();
    var created = iai.flows().create(dev.flowkit.workflows.iaiflow.CreateWorkflowParams.of("Copy", definition));
    iai.flows().update(created.id(), dev.flowkit.workflows.iaiflow.UpdateWorkflowParams.builder()
        .status(dev.flowkit.workflows.iaiflow.WorkflowStatus.ACTIVE).build());
    var apiRun = iai.runs().create(server.flowId("Hello"), Map.of("name", "Api"));
    iai.runs().get(apiRun.id());
    iai.runs().list(10, dev.flowkit.workflows.iaiflow.ExecutionStatus.SUCCESS);
    iai.runs().latest();
    iai.runs().steps(runId);
    iai.logs().write(dev.flowkit.workflows.iaiflow.WriteLogParams.builder().message("checked").runId(runId).build());
    iai.logs().list(runId, 5);
    iai.logs().forRun(runId);
    iai.nodes("http", "integration");
    iai.templates();
    iai.metrics();
    iai.agents().list();
    iai.agents().writeMemory(dev.flowkit.workflows.iaiflow.WriteMemoryParams.of("agent_writer", "style", "terse"));
    iai.agents().writeMemory(dev.flowkit.workflows.iaiflow.WriteMemoryParams.of("agent_writer", "style", null));
    iai.agents().run(dev.flowkit.workflows.iaiflow.RunAgentParams.of("agent_writer", "a note", null));
    iai.agents().logs("agent_writer");
    iai.agents().memory("agent_writer");
    assertThrows(FlowApiException.class, () -> iai.agents().run(dev.flowkit.workflows.iaiflow.RunAgentParams.of("agent_nope", null, null)));
  }
}
