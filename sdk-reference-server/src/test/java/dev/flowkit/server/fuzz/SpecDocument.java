package dev.flowkit.server.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI 3.1 spec of {@code openapi/}, read as a JSON tree: its operations, its schemas
 * with references resolved on demand, and a request/response validator for it.
 *
 * <p>A spec that borrows from another file, the contract's schemas ({@code
 * ../flow-api.yaml#/components/…}) or a sibling's path items ({@code
 * activepieces.yaml#/paths/…}), gets them copied in, so that every reference is local. The validator ({@code
 * swagger-request-validator}) works with OpenAPI 3.0 semantics, so it reads a translation:
 * {@code type: [X, "null"]} becomes {@code nullable}, {@code const} a one-value {@code enum},
 * schema {@code examples} lists and the 3.1 content keywords are dropped.
 */
public final class SpecDocument {
  static final String CONTRACT = "flow-api.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** One operation: its method, path template, the operation object and its parameters. */
  public static final class Operation {
    public final String method;
    public final String path;
    public final JsonNode node;
    public final List<JsonNode> parameters;

    Operation(String method, String path, JsonNode node, List<JsonNode> parameters) {
      this.method = method;
      this.path = path;
      this.node = node;
      this.parameters = parameters;
    }

    public String id() {
      return method + " " + path;
    }

    @Override public String toString() {
      return id();
    }
  }

  private final String name;
  private final ObjectNode root;
  private final List<Operation> operations = new ArrayList<>();
  private OpenApiInteractionValidator validator;

  private SpecDocument(String name, ObjectNode root) {
    this.name = name;
    this.root = root;
    root.get("paths").properties().forEach(p -> {
      List<JsonNode> shared = new ArrayList<>();
      JsonNode common = p.getValue().get("parameters");
      if (common != null) common.forEach(param -> shared.add(resolve(param)));
      p.getValue().properties().forEach(m -> {
        if (!METHODS.contains(m.getKey())) return;
        List<JsonNode> params = new ArrayList<>(shared);
        JsonNode own = m.getValue().get("parameters");
        if (own != null) own.forEach(param -> params.add(resolve(param)));
        operations.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), p.getKey(), m.getValue(), params));
      });
    });
  }

  /** The {@code openapi/} directory, found from the working directory upwards. */
  public static Path openapiDir() {
    for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("openapi").resolve(CONTRACT);
      if (Files.isRegularFile(candidate)) return candidate.getParent();
    }
    throw new IllegalStateException("no openapi/" + CONTRACT + " above " + Paths.get("").toAbsolutePath());
  }

  /** Loads {@code openapi/<relative>}, e.g. {@code flow-api.yaml} or {@code platforms/flow8.yaml}. */
  public static SpecDocument load(String relative) {
    return new SpecDocument(relative, read(openapiDir().resolve(relative).normalize(), new ArrayList<>()));
  }

  /**
   * Reads a spec file with every reference into another file made local: a path item borrowed
   * whole ({@code other.yaml#/paths/…}) is copied in, and the other file's components are added
   * to this one's. This file's own components keep their names: the contract's may give way to a
   * platform's own, a sibling file's may not differ from one of the same name.
   */
  private static ObjectNode read(Path file, List<Path> reading) {
    if (reading.contains(file)) throw new IllegalStateException("specs that refer to each other: " + reading + " -> " + file);
    reading.add(file);
    try {
      ObjectNode root = (ObjectNode) YAML.readTree(file.toFile());
      Map<Path, ObjectNode> others = new LinkedHashMap<>();
      localize(root, file, others, reading);
      ObjectNode components = root.withObject("components");
      for (Map.Entry<Path, ObjectNode> other : others.entrySet()) {
        boolean contract = other.getKey().getFileName().toString().equals(CONTRACT);
        other.getValue().path("components").properties().forEach(section -> {
          ObjectNode mine = components.withObject(section.getKey());
          section.getValue().properties().forEach(e -> {
            if (!mine.has(e.getKey())) {
              mine.set(e.getKey(), e.getValue());
            } else if (!contract && !mine.get(e.getKey()).equals(e.getValue())) {
              throw new IllegalStateException(file + ": components/" + section.getKey() + "/" + e.getKey()
                  + " differs from " + other.getKey() + "'s, which its references need");
            }
          });
        });
      }
      reading.remove(file);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the references under {@code node} into other files local (see {@link #read}). */
  private static void localize(JsonNode node, Path file, Map<Path, ObjectNode> others, List<Path> reading) {
    if (node.isArray()) {
      for (JsonNode child : node) localize(child, file, others, reading);
      return;
    }
    if (!node.isObject()) return;
    ObjectNode o = (ObjectNode) node;
    JsonNode ref = o.get("$ref");
    if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
      String text = ref.asText();
      int hash = text.indexOf('#');
      if (hash <= 0) throw new IllegalStateException(file + ": a $ref to a whole file: " + text);
      Path otherFile = file.resolveSibling(text.substring(0, hash)).normalize();
      ObjectNode other = others.get(otherFile);
      if (other == null) {
        other = read(otherFile, reading);
        others.put(otherFile, other);
      }
      // a JSON pointer in a URI fragment is percent-encoded (RFC 6901, section 6)
      String pointer = URLDecoder.decode(text.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
      JsonNode target = other.at(pointer);
      if (target.isMissingNode()) throw new IllegalStateException(file + ": no " + text);
      if (pointer.startsWith("/paths/")) { // a path item, borrowed whole
        o.remove("$ref");
        o.setAll((ObjectNode) target.deepCopy());
      } else {
        o.set("$ref", TextNode.valueOf("#" + pointer));
      }
    }
    for (JsonNode child : o) localize(child, file, others, reading);
  }

  public String name() {
    return name;
  }

  public List<Operation> operations() {
    return operations;
  }

  /** Follows {@code $ref}s (local ones) until a node without one. */
  public JsonNode resolve(JsonNode node) {
    JsonNode n = node;
    for (int i = 0; i < 50 && n != null && n.has("$ref"); i++) {
      String ref = n.get("$ref").asText();
      if (!ref.startsWith("#/")) throw new IllegalStateException(name + ": unresolvable $ref " + ref);
      n = root.at(ref.substring(1));
      if (n.isMissingNode()) throw new IllegalStateException(name + ": no " + ref);
    }
    return n;
  }

  /** The operation's JSON request body schema, or null. */
  public JsonNode requestSchema(Operation op) {
    JsonNode body = op.node.get("requestBody");
    if (body == null) return null;
    JsonNode schema = resolve(body).path("content").path("application/json").get("schema");
    return schema == null ? null : schema;
  }

  /** Whether the operation's request body is required. */
  public boolean requestBodyRequired(Operation op) {
    JsonNode body = op.node.get("requestBody");
    return body != null && resolve(body).path("required").asBoolean(false);
  }

  /** The security requirements of the operation (its own, else the document's). */
  public List<String> securitySchemes(Operation op) {
    JsonNode security = op.node.has("security") ? op.node.get("security") : root.get("security");
    List<String> out = new ArrayList<>();
    if (security != null) security.forEach(req -> req.fieldNames().forEachRemaining(out::add));
    return out;
  }

  /** Whether the operation needs no credentials ({@code security: []}). */
  public boolean isOpen(Operation op) {
    JsonNode security = op.node.get("security");
    return security != null && security.isArray() && security.isEmpty();
  }

  /** The statuses the operation documents ({@code default} included as "default"). */
  public Set<String> statuses(Operation op) {
    Set<String> out = new java.util.TreeSet<>();
    op.node.path("responses").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** Whether a 200 answer of the operation is JSON (not only an event stream). */
  public boolean answersJson(Operation op, String status) {
    JsonNode r = op.node.path("responses").get(status);
    return r != null && resolve(r).path("content").has("application/json");
  }

  /** The validator for this spec (built once). */
  public synchronized OpenApiInteractionValidator validator() {
    if (validator == null) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setResolveFully(true);
      options.setResolveCombinators(false);
      options.setExplicitObjectSchema(false);
      validator = OpenApiInteractionValidator.createForInlineApiSpecification(openApi30Json())
          .withParseOptions(options)
          .build();
    }
    return validator;
  }

  /** The spec as the equivalent OpenAPI 3.0 JSON document (see the class comment). */
  public String openApi30Json() {
    try {
      return JSON.writeValueAsString(downgradeTo30(root.deepCopy()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rewrites an OpenAPI 3.1 document in place into the 3.0 equivalent the validator reads (see
   * the class comment) and returns it; the SDK's contract tests read their specs through it too.
   */
  public static ObjectNode downgradeTo30(ObjectNode root) {
    root.put("openapi", "3.0.3");
    root.remove("jsonSchemaDialect");
    root.remove("webhooks");
    JsonNode info = root.get("info");
    if (info instanceof ObjectNode) {
      ((ObjectNode) info).remove("summary");
      JsonNode license = info.get("license");
      if (license instanceof ObjectNode) ((ObjectNode) license).remove("identifier");
    }
    downgrade(root);
    return root;
  }

  private static void downgrade(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode child : node) downgrade(child);
      return;
    }
    if (!node.isObject()) return;
    ObjectNode o = (ObjectNode) node;
    JsonNode type = o.get("type");
    if (type != null && type.isArray()) {
      List<String> types = new ArrayList<>();
      boolean nullable = false;
      for (JsonNode t : type) {
        if ("null".equals(t.asText())) nullable = true;
        else types.add(t.asText());
      }
      if (types.size() != 1) throw new IllegalStateException("a type list 3.0 cannot express: " + type);
      o.put("type", types.get(0));
      if (nullable) o.put("nullable", true);
    }
    if (o.has("const")) {
      ArrayNode values = JsonNodeFactory.instance.arrayNode().add(o.get("const"));
      o.remove("const");
      o.set("enum", values);
    }
    JsonNode examples = o.get("examples");
    if (examples != null && examples.isArray()) o.remove("examples");
    o.remove("contentMediaType");
    o.remove("contentSchema");
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) downgrade(it.next().getValue());
  }

  @Override public String toString() {
    return name;
  }
}
