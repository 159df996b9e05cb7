package dev.flowkit.workflows.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spec parses as OpenAPI 3.1 without messages and keeps the project's conventions. */
class OpenApiSpecTest {
  private static final String ERROR_REF = "#/components/schemas/Error";

  private static SwaggerParseResult result;
  private static OpenAPI api;
  /** "METHOD /path" → operation, in spec order. */
  private static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true); // resolves external refs and checks internal ones, keeps $ref names
    result = new OpenAPIV3Parser().readLocation(ContractValidator.specPath().toString(), null, options);
    api = result.getOpenAPI();
    assertNotNull(api, () -> "spec did not parse: " + result.getMessages());
    api.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((method, op) -> OPERATIONS.put(method + " " + path, op)));
  }

  @Test
  void parsesAsOpenApi31WithoutMessages() {
    assertEquals(List.of(), messages(result), "parser errors and warnings");
    assertEquals("3.1.0", api.getOpenapi());
    assertTrue(OPERATIONS.size() >= 45, "operations: " + OPERATIONS.keySet());
  }

  @Test
  void everyOperationHasAUniqueOperationIdAndA2xxResponse() {
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    OPERATIONS.forEach((key, op) -> {
      if (op.getOperationId() == null || op.getOperationId().isEmpty()) problems.add(key + ": no operationId");
      else if (!ids.add(op.getOperationId())) problems.add(key + ": duplicate operationId " + op.getOperationId());
      boolean has2xx = op.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
      if (!has2xx) problems.add(key + ": no 2xx response");
      if (op.getSummary() == null) problems.add(key + ": no summary");
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void everyErrorResponseIsTheErrorSchemaWithRequestIdAndRetryAfterWhereDue() {
    List<String> problems = new ArrayList<>();
    OPERATIONS.forEach((key, op) -> op.getResponses().forEach((code, raw) -> {
      ApiResponse response = resolve(raw);
      String where = key + " " + code;
      if (header(response, "X-Request-Id") == null || !Boolean.TRUE.equals(header(response, "X-Request-Id").getRequired())) {
        problems.add(where + ": no required X-Request-Id header");
      }
      if (code.startsWith("2")) return;
      Content content = response.getContent();
      MediaType json = content == null ? null : content.get("application/json");
      if (json == null || json.getSchema() == null || !ERROR_REF.equals(json.getSchema().get$ref())) {
        problems.add(where + ": body is not " + ERROR_REF);
      }
      if (content != null && content.size() != 1) problems.add(where + ": more than one media type");
      if (code.equals("429") || code.equals("503")) {
        Header retryAfter = header(response, "Retry-After");
        if (retryAfter == null || !Boolean.TRUE.equals(retryAfter.getRequired())) {
          problems.add(where + ": no required Retry-After header");
        }
      }
    }));
    assertEquals(List.of(), problems);
  }

  @Test
  void everyOperationAnswersTheCommonErrors() {
    List<String> problems = new ArrayList<>();
    OPERATIONS.forEach((key, op) -> {
      Set<String> codes = op.getResponses().keySet();
      for (String c : List.of("429", "500", "503")) if (!codes.contains(c)) problems.add(key + ": no " + c);
      boolean open = op.getSecurity() != null && op.getSecurity().isEmpty();
      if (!open && !codes.contains("401")) problems.add(key + ": authenticated but no 401");
      if (key.contains("{") && !codes.contains("404")) problems.add(key + ": has an id but no 404");
      if (op.getRequestBody() != null) {
        for (String c : List.of("400", "413", "415")) if (!codes.contains(c)) problems.add(key + ": has a body but no " + c);
      }
      boolean paged = params(op).stream().anyMatch(p -> p.getName().equals("limit"));
      if (paged && !codes.contains("400")) problems.add(key + ": takes limit/cursor but no 400");
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void noContentAnswersHaveNoBody() {
    List<String> problems = new ArrayList<>();
    OPERATIONS.forEach((key, op) -> {
      ApiResponse noContent = op.getResponses().get("204");
      if (noContent != null && resolve(noContent).getContent() != null) problems.add(key + ": 204 with a body");
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPostTakesAnIdempotencyKeyAndOnlyPostsDo() {
    List<String> problems = new ArrayList<>();
    OPERATIONS.forEach((key, op) -> {
      boolean has = params(op).stream().anyMatch(p -> "header".equals(p.getIn()) && p.getName().equals("Idempotency-Key"));
      boolean post = key.startsWith("POST ");
      if (post && !has) problems.add(key + ": no Idempotency-Key");
      if (!post && has) problems.add(key + ": Idempotency-Key on a non-POST");
      // Keys are kept per credential; a POST open to everyone (the login) has none to keep them in.
      boolean scoped = op.getSecurity() == null || !op.getSecurity().isEmpty();
      if (post && scoped && !op.getResponses().containsKey("422") && has) problems.add(key + ": no 422 for a reused key");
      if (post && scoped && !op.getResponses().containsKey("409") && has) problems.add(key + ": no 409 for a key in flight");
      if (post && !scoped && op.getResponses().containsKey("422")) problems.add(key + ": 422 where no key is kept");
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void listRoutesPageWithLimitAndCursor() {
    List<String> problems = new ArrayList<>();
    OPERATIONS.forEach((key, op) -> {
      List<String> names = new ArrayList<>();
      for (Parameter p : params(op)) names.add(p.getName());
      if (names.contains("limit") != names.contains("cursor")) problems.add(key + ": limit without cursor or back");
      if (names.contains("limit")) {
        Schema<?> schema = resolve(op.getResponses().get("200")).getContent().get("application/json").getSchema();
        String ref = schema.get$ref();
        Schema<?> page = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        if (!new TreeSet<>(page.getRequired()).equals(new TreeSet<>(List.of("data", "next", "previous")))) {
          problems.add(key + ": answer is not a {data,next,previous} page");
        }
      }
    });
    assertEquals(List.of(), problems);
    Parameter limit = api.getComponents().getParameters().get("Limit");
    assertEquals(1, limit.getSchema().getMinimum().intValue());
    assertEquals(100, limit.getSchema().getMaximum().intValue());
    assertEquals(25, ((Number) limit.getSchema().getDefault()).intValue());
  }

  @Test
  void securityIsSessionCookieBearerOrApiKeyHeaderExceptHealthAndLogin() {
    assertEquals(Set.of("sessionCookie", "bearerAuth", "apiKeyHeader", "mcpToken"),
        api.getComponents().getSecuritySchemes().keySet());
    assertEquals("iai_session", api.getComponents().getSecuritySchemes().get("sessionCookie").getName());
    List<String> global = new ArrayList<>();
    for (SecurityRequirement r : api.getSecurity()) global.addAll(r.keySet());
    assertEquals(List.of("sessionCookie", "bearerAuth", "apiKeyHeader"), global);
    assertEquals(List.of(), OPERATIONS.get("GET /api/health").getSecurity());
    assertEquals(List.of(), OPERATIONS.get("POST /api/auth/login").getSecurity());
    List<String> open = new ArrayList<>();
    OPERATIONS.forEach((key, op) -> { if (op.getSecurity() != null) open.add(key); });
    assertEquals(List.of("POST /api/auth/login", "GET /api/mcp/{serverId}/tools", "GET /api/health"), open);
  }

  @Test
  void theFlowOperationIsADiscriminatedUnionOfTheTenTypes() {
    Schema<?> op = api.getComponents().getSchemas().get("FlowOperation");
    assertEquals("type", op.getDiscriminator().getPropertyName());
    assertEquals(10, op.getOneOf().size());
    Set<String> mapped = op.getDiscriminator().getMapping().keySet();
    @SuppressWarnings("unchecked")
    List<Object> types = (List<Object>) (List<?>) api.getComponents().getSchemas().get("FlowOperationType").getEnum();
    assertEquals(new TreeSet<>(types.stream().map(String::valueOf).toList()), new TreeSet<>(mapped));
  }

  @Test
  void streamingAnswersAreEventStreamsWithTheRunIdHeader() {
    for (String key : List.of("POST /api/flows/{id}/run", "POST /api/workflows/{id}/run", "POST /v1/api/workflow/run/{id}", "GET /api/runs/{id}/events")) {
      ApiResponse ok = resolve(OPERATIONS.get(key).getResponses().get("200"));
      assertNotNull(ok.getContent().get("text/event-stream"), key);
      assertNotNull(header(ok, "Flow-Run-Id"), key);
    }
    for (String event : List.of("MsgEvent", "StreamEvent", "OutputEvent", "ErrorEvent")) {
      assertNotNull(api.getComponents().getSchemas().get(event), event);
    }
  }

  /** The 3.0 translation the validator reads parses cleanly and keeps no 3.1-only form. */
  @Test
  void theValidatorsTranslationIsCleanOpenApi30() throws Exception {
    String json = ContractValidator.openApi30Json();
    JsonNode tree = new ObjectMapper().readTree(json);
    List<String> leftovers = new ArrayList<>();
    findLeftovers(tree, "", leftovers);
    assertEquals(List.of(), leftovers);
    SwaggerParseResult downgraded = new OpenAPIV3Parser().readContents(json, null, new ParseOptions());
    assertEquals(List.of(), messages(downgraded));
    assertEquals("3.0.3", downgraded.getOpenAPI().getOpenapi());
  }

  /** Every JSON example in the spec is valid against its schema (checked like real traffic). */
  @Test
  void examplesMatchTheirSchemas() throws Exception {
    OpenAPI api30 = new OpenAPIV3Parser().readContents(ContractValidator.openApi30Json(), null, new ParseOptions()).getOpenAPI();
    SchemaValidator validator = new SchemaValidator(api30, new MessageResolver());
    List<String> problems = new ArrayList<>();
    int[] checked = {0};
    api30.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      String key = method + " " + path;
      if (op.getRequestBody() != null) {
        checkExamples(api30, validator, key + " request", resolveBody(api30, op).getContent(), "request.body", problems, checked);
      }
      op.getResponses().forEach((code, r) -> {
        ApiResponse resolved = r.get$ref() == null ? r
            : api30.getComponents().getResponses().get(r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1));
        checkExamples(api30, validator, key + " " + code, resolved.getContent(), "response.body", problems, checked);
      });
    }));
    assertEquals(List.of(), problems);
    assertTrue(checked[0] >= 20, "examples checked: " + checked[0]);
  }

  // ---------------------------------------------------------------- helpers

  private static void checkExamples(OpenAPI api30, SchemaValidator validator, String where, Content content,
      String prefix, List<String> problems, int[] checked) {
    if (content == null) return;
    MediaType json = content.get("application/json");
    if (json == null || json.getSchema() == null) return;
    List<Object> examples = new ArrayList<>();
    if (json.getExample() != null) examples.add(json.getExample());
    if (json.getExamples() != null) {
      for (Example e : json.getExamples().values()) {
        Example resolved = e.get$ref() == null ? e
            : api30.getComponents().getExamples().get(e.get$ref().substring(e.get$ref().lastIndexOf('/') + 1));
        examples.add(resolved.getValue());
      }
    }
    for (Object example : examples) {
      String text = Json.pretty(example);
      ValidationReport report = validator.validate(text, json.getSchema(), prefix);
      checked[0]++;
      for (ValidationReport.Message m : report.getMessages()) {
        if (m.getLevel() == ValidationReport.Level.ERROR) problems.add(where + ": " + m.getMessage());
      }
    }
  }

  private static io.swagger.v3.oas.models.parameters.RequestBody resolveBody(OpenAPI a, Operation op) {
    io.swagger.v3.oas.models.parameters.RequestBody body = op.getRequestBody();
    if (body.get$ref() == null) return body;
    return a.getComponents().getRequestBodies().get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
  }

  private static void findLeftovers(JsonNode node, String at, List<String> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) findLeftovers(node.get(i), at + "/" + i, out);
      return;
    }
    if (!node.isObject()) return;
    if (at.endsWith("/properties")) { // a map of names, not a schema: "type" may be a property
      node.properties().forEach(e -> findLeftovers(e.getValue(), at + "/" + e.getKey(), out));
      return;
    }
    if (node.has("const")) out.add(at + ": const");
    if (node.has("type") && !node.get("type").isTextual()) out.add(at + ": type " + node.get("type"));
    if (node.has("examples") && node.get("examples").isArray()) out.add(at + ": schema examples");
    node.properties().forEach(e -> findLeftovers(e.getValue(), at + "/" + e.getKey(), out));
  }

  private static List<String> messages(SwaggerParseResult r) {
    return r.getMessages() == null ? List.of() : r.getMessages();
  }

  private static ApiResponse resolve(ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null) return response;
    ApiResponse target = api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    assertNotNull(target, ref);
    return target;
  }

  private static Header header(ApiResponse response, String name) {
    if (response.getHeaders() == null) return null;
    Header h = response.getHeaders().get(name);
    if (h == null || h.get$ref() == null) return h;
    return api.getComponents().getHeaders().get(h.get$ref().substring(h.get$ref().lastIndexOf('/') + 1));
  }

  /** The operation's parameters and its path's, with $refs resolved. */
  private static List<Parameter> params(Operation op) {
    List<Parameter> out = new ArrayList<>();
    List<Parameter> raw = new ArrayList<>();
    if (op.getParameters() != null) raw.addAll(op.getParameters());
    for (PathItem item : api.getPaths().values()) {
      if (item.readOperations().stream().anyMatch(o -> o == op) && item.getParameters() != null) raw.addAll(item.getParameters());
    }
    for (Parameter p : raw) {
      String ref = p.get$ref();
      out.add(ref == null ? p : api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1)));
    }
    assertFalse(out.contains(null), "unresolved parameter");
    return out;
  }
}
