package dev.flowkit.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Values for a JSON schema of a spec, drawn from a {@link Random}: valid ones, and while making
 * one, the places where a single change makes it invalid ({@link Site}s). Covers the JSON
 * Schema the specs use: {@code $ref}, {@code type} (with null), {@code enum}, {@code const},
 * {@code oneOf}/{@code anyOf}/{@code allOf} (an alternative may add to its parent's object),
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code minProperties},
 * {@code maxProperties},
 * {@code items}, {@code minItems}/{@code maxItems}, string lengths, the pattern {@code \S},
 * {@code format} {@code date-time} and {@code int32}, integer bounds, and
 * {@code contentMediaType: application/json} with a {@code contentSchema}, or the extension
 * {@code x-json-schema} (a string holding JSON of that schema; when the string lists
 * {@code examples}, its JSON has rules the schema cannot state, and an example is used).
 * A schema keyword it does not know fails the test, so that a spec never outgrows it silently.
 */
final class SchemaValues {
  /** Supplies a value for a property from what the fuzz has seen, or {@link #NONE}. */
  interface Hints {
    Object valueFor(String property, JsonNode schema, Random random);
  }

  static final Object NONE = new Object();
  private static final int MAX_DEPTH = 7;
  /** How deeply a request's JSON may nest in all (the specs' "JSON" section). */
  static final int MAX_JSON_DEPTH = 100;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KNOWN = Set.of("$ref", "type", "enum", "const", "oneOf", "anyOf", "allOf",
      "properties", "required", "additionalProperties", "minProperties", "maxProperties", "items", "minItems", "maxItems",
      "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "default", "description", "summary",
      "example", "examples", "discriminator", "contentMediaType", "contentSchema", "x-json-schema", "title",
      "readOnly", "writeOnly", "deprecated");

  /** One change that makes the value invalid. */
  static final class Site {
    final String what;
    final Runnable apply;

    Site(String what, Runnable apply) {
      this.what = what;
      this.apply = apply;
    }

    @Override public String toString() {
      return what;
    }
  }

  private final SpecDocument spec;
  private final Random random;
  private final Hints hints;
  final List<Site> sites = new ArrayList<>();

  SchemaValues(SpecDocument spec, Random random, Hints hints) {
    this.spec = spec;
    this.random = random;
    this.hints = hints;
  }

  /** A valid value for {@code schema}; {@link #sites} collects the ways to break it. */
  Object valid(JsonNode schema, String where) {
    return value(schema, 0, where);
  }

  private Object value(JsonNode schema0, int depth, String where) {
    JsonNode s = flatten(spec.resolve(schema0));
    for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KNOWN.contains(k)) throw new IllegalStateException(spec + " " + where + ": schema keyword '" + k + "' is not generated");
    }
    if (s.has("const")) return plain(s.get("const"));
    if (s.has("enum")) return plain(s.get("enum").get(random.nextInt(s.get("enum").size())));
    if (s.has("oneOf") || s.has("anyOf")) return alternative(s, depth, where);
    JsonNode content = s.has("contentSchema") ? s.get("contentSchema") : s.get("x-json-schema");
    if (content != null) {
      if (s.has("contentSchema") && !"application/json".equals(s.path("contentMediaType").asText())) {
        throw new IllegalStateException(spec + " " + where + ": contentSchema without application/json");
      }
      JsonNode examples = s.path("examples");
      if (examples.isArray() && !examples.isEmpty()) {
        // The JSON's rules reach past what its schema states (an edge naming a node, say): the
        // spec's own examples of it are used, as for a pattern.
        String example = examples.get(random.nextInt(examples.size())).asText();
        try {
          JSON.readTree(example);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(spec + " " + where + ": an example is not JSON: " + example, e);
        }
        return example;
      }
      SchemaValues inner = new SchemaValues(spec, random, hints); // a broken inner value is a broken string
      return write(inner.value(content, depth, where));
    }
    List<String> types = types(s);
    boolean nullable = types.remove("null");
    if (nullable && (types.isEmpty() || random.nextInt(8) == 0 || depth > MAX_DEPTH)) return null;
    String type = types.isEmpty() ? null : types.get(random.nextInt(types.size()));
    if (type == null) {
      if (s.has("properties") || s.has("required") || s.has("additionalProperties")) type = "object";
      else if (s.has("items")) type = "array";
      else return anyJson(depth);
    }
    switch (type) {
      case "object":
        return object(s, depth, where);
      case "array":
        return array(s, depth, where);
      case "string":
        return string(s);
      case "integer":
        return integer(s);
      case "number":
        return number(s);
      case "boolean":
        return random.nextBoolean();
      default:
        throw new IllegalStateException(spec + " " + where + ": type " + type);
    }
  }

  /** {@code allOf} parts merged into one schema (properties and required lists joined). */
  private JsonNode flatten(JsonNode s) {
    if (!s.has("allOf")) return s;
    ObjectNode merged = ((ObjectNode) s).deepCopy();
    merged.remove("allOf");
    for (JsonNode part : s.get("allOf")) merge(merged, flatten(spec.resolve(part)));
    return merged;
  }

  private static void merge(ObjectNode into, JsonNode part) {
    part.properties().forEach(e -> {
      String k = e.getKey();
      if (k.equals("properties")) {
        ObjectNode props = into.withObject("properties");
        e.getValue().properties().forEach(p -> {
          if (!props.has(p.getKey())) props.set(p.getKey(), p.getValue());
        });
      } else if (k.equals("required")) {
        Set<String> req = new LinkedHashSet<>();
        into.path("required").forEach(r -> req.add(r.asText()));
        e.getValue().forEach(r -> req.add(r.asText()));
        into.putArray("required").addAll(req.stream().map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList());
      } else if (!into.has(k)) {
        into.set(k, e.getValue());
      }
    });
  }

  private Object alternative(JsonNode s, int depth, String where) {
    JsonNode alts = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
    List<JsonNode> nonNull = new ArrayList<>();
    JsonNode nullAlt = null;
    for (JsonNode a : alts) {
      JsonNode r = spec.resolve(a);
      if ("null".equals(r.path("type").asText())) nullAlt = r;
      else nonNull.add(a);
    }
    JsonNode pick;
    if (nullAlt != null && (nonNull.isEmpty() || depth > MAX_DEPTH || random.nextInt(6) == 0)) {
      pick = nullAlt;
    } else {
      pick = nonNull.get(random.nextInt(nonNull.size()));
    }
    ObjectNode base = ((ObjectNode) s).deepCopy();
    base.remove("oneOf");
    base.remove("anyOf");
    base.remove("discriminator");
    base.remove("description");
    if (base.isEmpty() || pick == nullAlt) return value(pick, depth, where);
    // The alternative adds to its parent: its properties override, its required lists join.
    ObjectNode merged = flatten(spec.resolve(pick)).deepCopy();
    JsonNode own = merged.remove("properties");
    JsonNode req = merged.remove("required");
    merged.remove("additionalProperties"); // the parent's rule for other fields stands
    merge(merged, base);
    ObjectNode props = merged.withObject("properties");
    if (own != null) own.properties().forEach(p -> props.set(p.getKey(), p.getValue()));
    if (req != null) merge(merged, JSON.createObjectNode().set("required", req));
    return value(merged, depth, where);
  }

  private Map<String, Object> object(JsonNode s, int depth, String where) {
    Map<String, Object> out = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    s.path("required").forEach(r -> required.add(r.asText()));
    JsonNode props = s.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      boolean req = required.contains(name);
      if (!req && (random.nextBoolean() || depth > MAX_DEPTH)) continue;
      property(out, name, e.getValue(), req, depth, where);
    }
    for (String name : required) {
      if (!out.containsKey(name)) { // required by an alternative without a schema of its own
        out.put(name, word());
        sites.add(new Site("remove required " + where + "." + name, () -> out.remove(name)));
      }
    }
    int minProperties = s.path("minProperties").asInt(0);
    if (out.size() < minProperties) { // the optional properties left out, in a random order, until there are enough
      List<String> absent = new ArrayList<>();
      props.fieldNames().forEachRemaining(n -> { if (!out.containsKey(n)) absent.add(n); });
      Collections.shuffle(absent, random);
      for (String name : absent) {
        if (out.size() >= minProperties) break;
        property(out, name, props.get(name), false, depth, where);
      }
      if (out.size() < minProperties) {
        throw new IllegalStateException(spec + " " + where + ": minProperties " + minProperties + " needs more properties");
      }
    }
    if (required.size() < minProperties) {
      sites.add(new Site("fewer fields than minProperties at " + where, () -> out.keySet().retainAll(required)));
    }
    JsonNode additional = s.get("additionalProperties");
    if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
      sites.add(new Site("a field the schema does not allow at " + where, () -> out.put("unexpected", 1)));
      return out;
    }
    if (s.path("maxProperties").asInt(Integer.MAX_VALUE) == 0) {
      sites.add(new Site("a field in an object that takes none at " + where, () -> out.put("unexpected", 1)));
      return out;
    }
    if (additional != null && depth <= MAX_DEPTH) {
      int extra = random.nextInt(3);
      for (int i = 0; i < extra; i++) {
        String key = extraKey();
        if (out.containsKey(key) || props.has(key)) continue;
        out.put(key, additional.isBoolean() ? anyJson(depth + 1) : value(additional, depth + 1, where + "." + key));
      }
      if (additional.isObject()) {
        Object wrong = wrongType(spec.resolve(additional));
        if (wrong != NONE) sites.add(new Site("a wrongly typed extra field at " + where, () -> out.put("extra-field", wrong)));
      }
    }
    return out;
  }

  /** A valid value for one property (a hinted one when it fits), and the ways to break it. */
  private void property(Map<String, Object> out, String name, JsonNode schema, boolean required, int depth, String where) {
    JsonNode propSchema = flatten(spec.resolve(schema));
    Object hinted = hints.valueFor(name, propSchema, random);
    Object v = hinted != NONE && fits(propSchema, hinted) ? hinted : value(schema, depth + 1, where + "." + name);
    out.put(name, v);
    breakProperty(out, name, schema, required, where + "." + name);
  }

  /** Whether a hinted string keeps the schema's length and pattern rules. */
  static boolean fits(JsonNode s, Object hinted) {
    if (!(hinted instanceof String)) return true;
    String v = (String) hinted;
    if (v.length() < s.path("minLength").asInt(0) || v.length() > s.path("maxLength").asInt(Integer.MAX_VALUE)) return false;
    // patterns are unanchored; for \S a character that no sense of white space covers
    if (!s.has("pattern")) return true;
    String pattern = s.get("pattern").asText();
    if (pattern.equals("\\S")) return !v.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
    return java.util.regex.Pattern.compile(pattern).matcher(v).find();
  }

  /** Records the ways one property can be made invalid. */
  private void breakProperty(Map<String, Object> obj, String name, JsonNode schema0, boolean required, String where) {
    if (required) sites.add(new Site("remove required " + where, () -> obj.remove(name)));
    JsonNode s = flatten(spec.resolve(schema0));
    if (s.has("oneOf") || s.has("anyOf")) {
      if (!allowsNull(s)) sites.add(new Site("null for " + where, () -> obj.put(name, null)));
      return;
    }
    boolean typed = s.has("type") || s.has("enum") || s.has("const") || s.has("properties");
    if (!typed) return; // any JSON: nothing is wrong
    if (!allowsNull(s)) sites.add(new Site("null for " + where, () -> obj.put(name, null)));
    Object wrong = wrongType(s);
    if (wrong != NONE) sites.add(new Site("wrong type for " + where, () -> obj.put(name, wrong)));
    if (s.has("enum") || s.has("const")) {
      sites.add(new Site("unknown value for " + where, () -> obj.put(name, "NOT_A_KNOWN_VALUE")));
    }
    if (s.has("minimum")) {
      BigInteger below = new BigInteger(s.get("minimum").asText()).subtract(BigInteger.ONE);
      sites.add(new Site("below minimum for " + where, () -> obj.put(name, below)));
    }
    if (s.has("maximum")) {
      BigInteger above = new BigInteger(s.get("maximum").asText()).add(BigInteger.ONE);
      sites.add(new Site("above maximum for " + where, () -> obj.put(name, above)));
    }
    if (s.path("minLength").asInt(0) >= 1) sites.add(new Site("empty string for " + where, () -> obj.put(name, "")));
    if (s.has("pattern")) sites.add(new Site("blank string for " + where, () -> obj.put(name, " \t ")));
  }

  private boolean allowsNull(JsonNode s) {
    if (types(s).contains("null")) return true;
    for (String k : new String[] {"oneOf", "anyOf"}) {
      for (JsonNode a : s.path(k)) {
        if (allowsNull(flatten(spec.resolve(a)))) return true;
      }
    }
    return !s.has("type") && !s.has("enum") && !s.has("const") && !s.has("properties") && !s.has("oneOf") && !s.has("anyOf");
  }

  /** A value of another JSON type than {@code s} takes, or {@link #NONE}. */
  private Object wrongType(JsonNode s) {
    List<String> types = types(s);
    if (types.isEmpty() && s.has("properties")) types.add("object");
    if (types.isEmpty()) {
      if (s.has("enum") || s.has("const")) return List.of(1, 2);
      return NONE;
    }
    if (types.contains("string")) return types.contains("integer") || types.contains("number") ? List.of() : 12345L;
    if (types.contains("integer") || types.contains("number")) return "12";
    if (types.contains("boolean")) return "true";
    if (types.contains("object")) return "an object";
    if (types.contains("array")) return Map.of("not", "an array");
    return NONE;
  }

  private List<Object> array(JsonNode s, int depth, String where) {
    int min = s.path("minItems").asInt(0);
    int max = Math.max(min, Math.min(s.path("maxItems").asInt(3), 3));
    int n = depth > MAX_DEPTH ? min : min + random.nextInt(max - min + 1);
    List<Object> out = new ArrayList<>();
    JsonNode items = s.get("items");
    for (int i = 0; i < n; i++) out.add(items == null ? anyJson(depth + 1) : value(items, depth + 1, where + "[" + i + "]"));
    if (items != null && !out.isEmpty()) {
      Object wrong = wrongType(flatten(spec.resolve(items)));
      if (wrong != NONE) sites.add(new Site("a wrongly typed item in " + where, () -> out.set(0, wrong)));
    }
    return out;
  }

  private String string(JsonNode s) {
    if ("date-time".equals(s.path("format").asText())) {
      return Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000_000)).toString();
    }
    if ("date".equals(s.path("format").asText())) {
      return Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000_000)).toString().substring(0, 10);
    }
    if (s.has("pattern") && !s.get("pattern").asText().equals("\\S")) {
      // A pattern is not generated: the spec's own examples of it are used.
      JsonNode examples = s.path("examples");
      if (!examples.isArray() || examples.isEmpty()) {
        throw new IllegalStateException(spec + ": pattern " + s.get("pattern") + " is not generated; give examples");
      }
      return examples.get(random.nextInt(examples.size())).asText();
    }
    int min = s.path("minLength").asInt(0);
    int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
    String v;
    switch (random.nextInt(8)) {
      case 0: v = ""; break;
      case 1: v = "Grüße, 世界 ☃ \"quoted\" \\ back/slash"; break;
      case 2: v = "{{input.name}} and {{steps.x.output}}"; break;
      case 3: v = "  padded  "; break;
      case 4: v = "line\nbreak\ttab"; break;
      default: v = word();
    }
    if (s.has("pattern") && v.isBlank()) v = word();
    while (v.length() < min) v += "x";
    if (v.length() > max) v = v.substring(0, max);
    return v;
  }

  private Object integer(JsonNode s) {
    boolean int32 = "int32".equals(s.path("format").asText());
    BigInteger min = s.has("minimum") ? new BigInteger(s.get("minimum").asText()) : int32 ? BigInteger.valueOf(Integer.MIN_VALUE) : null;
    BigInteger max = s.has("maximum") ? new BigInteger(s.get("maximum").asText()) : int32 ? BigInteger.valueOf(Integer.MAX_VALUE) : null;
    if (min == null && max == null && random.nextInt(5) == 0) {
      return random.nextBoolean() ? new BigInteger("1234567890123456789012345678901234567")
          : new BigInteger("-98765432109876543210");
    }
    BigInteger lo = min != null ? min : BigInteger.valueOf(-1_000_000);
    BigInteger hi = max != null ? max : BigInteger.valueOf(1_000_000);
    switch (random.nextInt(5)) {
      case 0: return lo.longValueExact();
      case 1: return hi.longValueExact();
      default: {
        BigInteger span = hi.subtract(lo).add(BigInteger.ONE);
        BigInteger small = span.min(BigInteger.valueOf(1000));
        return lo.add(BigInteger.valueOf(random.nextInt(small.intValueExact()))).longValueExact();
      }
    }
  }

  private Object number(JsonNode s) {
    if (s.has("minimum") || s.has("maximum")) return new BigDecimal(s.path("minimum").asText("0")).add(BigDecimal.valueOf(random.nextInt(100), 1));
    switch (random.nextInt(4)) {
      case 0: return new BigDecimal("1e400");
      case 1: return new BigDecimal("-0.000000000000000000000000000001234567890123456789");
      default: return BigDecimal.valueOf(random.nextInt(100000), 3);
    }
  }

  /**
   * Any JSON value, with the numbers and strings that break naive servers, and now and then one
   * nested as deep as a request may go ({@value #MAX_JSON_DEPTH} levels in all; the spec says so).
   */
  Object anyJson(int depth) {
    if (depth < MAX_JSON_DEPTH && random.nextInt(25) == 0) {
      Object deep = "bottom";
      for (int i = depth; i < MAX_JSON_DEPTH; i++) deep = random.nextBoolean() ? List.of(deep) : Map.of("n", deep);
      return deep;
    }
    int pick = random.nextInt(depth > 3 ? 9 : 12);
    switch (pick) {
      case 0: return null;
      case 1: return random.nextBoolean();
      case 2: return (long) random.nextInt(1000) - 500;
      case 3: return new BigInteger("1234567890123456789012345678901234567");
      case 4: return new BigDecimal("1e400");
      case 5: return new BigDecimal("-1.5E-400");
      case 6: return "plain";
      case 7: return "ünïcödé \u2028 \"q\" {{input.x}}";
      case 8: return Long.MIN_VALUE;
      case 9: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) list.add(anyJson(depth + 1));
        return list;
      }
      default: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) map.put(extraKey(), anyJson(depth + 1));
        return map;
      }
    }
  }

  private String word() {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    StringBuilder b = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) b.append(letters.charAt(random.nextInt(letters.length())));
    return b.toString();
  }

  private String extraKey() {
    switch (random.nextInt(6)) {
      case 0: return "";
      case 1: return "with space";
      case 2: return "ключ";
      case 3: return "$ref";
      default: return "x_" + word();
    }
  }

  private static List<String> types(JsonNode s) {
    List<String> out = new ArrayList<>();
    JsonNode t = s.get("type");
    if (t == null) return out;
    if (t.isArray()) t.forEach(x -> out.add(x.asText()));
    else out.add(t.asText());
    return out;
  }

  /** A JSON node as a plain Java value. */
  static Object plain(JsonNode n) {
    return JSON.convertValue(n, Object.class);
  }

  /** Serializes a generated value; numbers keep their digits. */
  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
