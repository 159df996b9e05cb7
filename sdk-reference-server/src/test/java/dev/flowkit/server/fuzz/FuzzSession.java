package dev.flowkit.server.fuzz;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowkit.server.ReferenceServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A started server of one {@link FuzzTarget}, its spec, and a raw OkHttp client logged in to it:
 * makes spec-driven requests ({@link #prepare}), sends and checks them ({@link #send}), and checks
 * that every read route still answers ({@link #checkReads}).
 */
public final class FuzzSession implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final Pattern SESSION_COOKIE = Pattern.compile("iai_session=([^;]*)");
  private static final int MAX_SEEN = 40;
  /** {@code -Dflowkit.fuzz.verbose=true} prints every exchange with its status. */
  private static final boolean VERBOSE = Boolean.getBoolean("flowkit.fuzz.verbose");

  /** A request ready to send, and what the fuzz expects of it. */
  public static final class Exchange {
    final SpecDocument.Operation op;
    final boolean valid;
    final String method;
    final HttpUrl url;
    final Map<String, String> headers;
    final String body; // null: no body
    final String broken; // what was made invalid, or null

    Exchange(SpecDocument.Operation op, boolean valid, String method, HttpUrl url, Map<String, String> headers,
        String body, String broken) {
      this.op = op;
      this.valid = valid;
      this.method = method;
      this.url = url;
      this.headers = headers;
      this.body = body;
      this.broken = broken;
    }

    @Override public String toString() {
      String target = url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
      String b = body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
      return (valid ? "valid " : "invalid (" + broken + ") ") + method + " " + target + b;
    }
  }

  final FuzzTarget target;
  final SpecDocument spec;
  final ReferenceServer server;
  private final FuzzStats stats;
  private final String echoUrl;
  private final OkHttpClient http;
  private String session;
  private final Map<String, LinkedHashSet<String>> seen = new LinkedHashMap<>();

  public FuzzSession(FuzzTarget target, SpecDocument spec, FuzzStats stats, String echoUrl) {
    this.target = target;
    this.spec = spec;
    this.stats = stats;
    this.echoUrl = echoUrl;
    this.server = target.server.get();
    this.http = new OkHttpClient.Builder()
        .callTimeout(Duration.ofSeconds(20))
        .followRedirects(false)
        .retryOnConnectionFailure(false)
        .build();
  }

  // ---------------------------------------------------------------- requests

  /** A request for {@code op}: valid, or (when {@code valid} is false) with one thing wrong. */
  public Exchange prepare(SpecDocument.Operation op, boolean valid, Random random) {
    Map<String, String> headers = new LinkedHashMap<>();
    SchemaValues values = new SchemaValues(spec, random, this::hint);
    List<SchemaValues.Site> breaks = new ArrayList<>();

    // path
    Map<String, String> pathValues = new LinkedHashMap<>();
    StringBuilder template = new StringBuilder();
    Matcher m = PARAM.matcher(op.path);
    int last = 0;
    StringBuilder concrete = new StringBuilder();
    while (m.find()) {
      template.append(op.path, last, m.start());
      concrete.append(op.path, last, m.start());
      String prefix = template + "{" + m.group(1) + "}";
      String value = pathId(prefix, concrete.toString(), random);
      pathValues.put(m.group(1), value);
      template.append("{").append(m.group(1)).append("}");
      concrete.append(HttpUrl.get("http://x/").newBuilder().addPathSegment(value).build().encodedPath().substring(1));
      last = m.end();
    }
    concrete.append(op.path.substring(last));
    HttpUrl.Builder url = HttpUrl.get(server.url().toString().replaceAll("/$", "") + concrete).newBuilder();

    // query and header parameters
    Map<String, Object> query = new LinkedHashMap<>();
    for (JsonNode p : op.parameters) {
      String in = p.path("in").asText();
      String name = p.path("name").asText();
      if (in.equals("path")) continue;
      boolean required = p.path("required").asBoolean(false);
      if (name.equals("cursor")) { // a cursor is only ever one the server made
        breaks.add(new SchemaValues.Site("a made-up cursor", () -> query.put("cursor", "not-a-cursor")));
        continue;
      }
      if (!required && random.nextInt(3) != 0) {
        if (in.equals("query") || in.equals("header")) addParamBreaks(p, in.equals("query") ? query : null, headers, breaks);
        continue;
      }
      Object v = name.equals("Idempotency-Key") ? UUID.randomUUID().toString() : parameter(p, values, random);
      if (in.equals("query")) query.put(name, v);
      if (in.equals("header")) headers.put(name, String.valueOf(v));
      addParamBreaks(p, in.equals("query") ? query : null, headers, breaks);
    }

    // body
    String body = null;
    JsonNode schema = spec.requestSchema(op);
    Object bodyValue = null;
    boolean withBody = schema != null && (spec.requestBodyRequired(op) || random.nextInt(4) != 0);
    if (withBody) {
      bodyValue = values.valid(schema, "body");
      breaks.addAll(values.sites);
      if (bodyValue instanceof Map) {
        breaks.add(new SchemaValues.Site("a body that is not JSON", () -> { }));
        breaks.add(new SchemaValues.Site("a body that is an array", () -> { }));
      }
    } else if (schema != null && spec.requestBodyRequired(op)) {
      breaks.add(new SchemaValues.Site("no body", () -> { }));
    }

    String broken = null;
    if (!valid && !breaks.isEmpty()) {
      SchemaValues.Site site = breaks.get(random.nextInt(breaks.size()));
      site.apply.run();
      broken = site.what;
    }
    boolean isValid = broken == null;
    if (withBody) body = SchemaValues.write(bodyValue);
    if ("a body that is not JSON".equals(broken)) body = body.substring(0, body.length() - 1);
    if ("a body that is an array".equals(broken)) body = "[" + body + "]";
    if ("no body".equals(broken)) body = null;
    for (Map.Entry<String, Object> q : query.entrySet()) {
      if (q.getValue() instanceof List) { // form style, exploded (OpenAPI's default for a query array): one per item
        for (Object item : (List<?>) q.getValue()) url.addQueryParameter(q.getKey(), queryText(item));
      } else {
        url.addQueryParameter(q.getKey(), queryText(q.getValue()));
      }
    }
    credentials(op, pathValues, headers);
    return new Exchange(op, isValid, op.method, url.build(), headers, body, broken);
  }

  private static String queryText(Object value) {
    return value instanceof String ? (String) value : SchemaValues.write(value);
  }

  /** A valid value for a query or header parameter: one the server has answered for its name when it fits, mostly. */
  private Object parameter(JsonNode p, SchemaValues values, Random random) {
    String name = p.path("name").asText();
    JsonNode schema = spec.resolve(p.path("schema"));
    Object hinted = hint(name, schema, random);
    if (hinted != SchemaValues.NONE && SchemaValues.fits(schema, hinted) && !"".equals(hinted)) return hinted;
    // an empty query value counts as absent unless the parameter allows it (OpenAPI's allowEmptyValue)
    boolean emptyAllowed = !p.path("in").asText().equals("query") || p.path("allowEmptyValue").asBoolean(false);
    boolean required = p.path("required").asBoolean(false);
    for (int attempt = 0; attempt < 20; attempt++) {
      Object v = values.valid(p.path("schema"), p.path("in").asText() + " " + name);
      boolean empty = "".equals(v) || (v instanceof List && (((List<?>) v).contains("") || (required && ((List<?>) v).isEmpty())));
      if (emptyAllowed || !empty) return v;
    }
    throw new IllegalStateException(spec + ": no value but \"\" for query " + name);
  }

  private void addParamBreaks(JsonNode p, Map<String, Object> query, Map<String, String> headers,
      List<SchemaValues.Site> breaks) {
    String name = p.path("name").asText();
    JsonNode s = spec.resolve(p.path("schema"));
    if (query != null) {
      if (s.has("minimum")) {
        breaks.add(new SchemaValues.Site("query " + name + " below its minimum",
            () -> query.put(name, String.valueOf(s.get("minimum").asLong() - 1))));
      }
      if (s.has("maximum")) {
        breaks.add(new SchemaValues.Site("query " + name + " above its maximum",
            () -> query.put(name, String.valueOf(s.get("maximum").asLong() + 1))));
      }
      if ("integer".equals(s.path("type").asText())) {
        breaks.add(new SchemaValues.Site("query " + name + " not an integer", () -> query.put(name, "ten")));
      }
      if (s.has("enum")) {
        breaks.add(new SchemaValues.Site("query " + name + " not one of its values", () -> query.put(name, "NOT_A_KNOWN_VALUE")));
      }
    } else {
      if (s.path("minLength").asInt(0) >= 1) breaks.add(new SchemaValues.Site("header " + name + " empty", () -> headers.put(name, "")));
      if (s.has("maxLength")) {
        breaks.add(new SchemaValues.Site("header " + name + " too long",
            () -> headers.put(name, "k".repeat(s.get("maxLength").asInt() + 1))));
      }
      if ("integer".equals(s.path("type").asText())) {
        breaks.add(new SchemaValues.Site("header " + name + " not an integer", () -> headers.put(name, "last")));
      }
    }
  }

  /** An id for the path parameter ending {@code templatePrefix}: one the server lists, mostly. */
  private String pathId(String templatePrefix, String concretePrefix, Random random) {
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, java.util.function.Function<ReferenceServer, List<String>>> e : target.fixedIds.entrySet()) {
      if (e.getKey().equals(templatePrefix)) ids.addAll(e.getValue().apply(server));
    }
    if (ids.isEmpty()) {
      String source = target.idSources.getOrDefault(templatePrefix, concretePrefix);
      if (source.endsWith("/")) source = source.substring(0, source.length() - 1);
      ids.addAll(listIds(fill(source, random)));
    }
    if (ids.isEmpty() || random.nextInt(12) == 0) return "unknown_" + Integer.toHexString(random.nextInt());
    return ids.get(random.nextInt(ids.size()));
  }

  /**
   * The list path with each {@code {name}} in it filled (see {@link FuzzTarget#ids}): with an id
   * the name's value source lists, else with a value of that name the server has answered; null
   * while a name has none.
   */
  private String fill(String listPath, Random random) {
    Matcher m = PARAM.matcher(listPath);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String source = target.valueSources.get(name);
      List<String> values = source != null ? listIds(source) : new ArrayList<>(seen.getOrDefault(name, new LinkedHashSet<>()));
      if (values.isEmpty()) return null;
      String value = values.get(random.nextInt(values.size()));
      m.appendReplacement(out, Matcher.quoteReplacement(HttpUrl.get("http://x/").newBuilder()
          .addQueryParameter("v", value).build().encodedQuery().substring(2)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The ids a list route answers ({@code data}, {@code items} or a bare array), or none. */
  private List<String> listIds(String path) {
    List<String> out = new ArrayList<>();
    if (path == null || !path.startsWith("/")) return out;
    JsonNode body = getJson(path);
    if (body == null) return out;
    JsonNode list = body.isArray() ? body : body.has("data") ? body.get("data") : body.get("items");
    if (list != null) list.forEach(item -> {
      if (item.path("id").isTextual()) out.add(item.get("id").asText());
      else if (item.path("name").isTextual()) out.add(item.get("name").asText());
    });
    return out;
  }

  private JsonNode getJson(String path) {
    okhttp3.Request.Builder b = new okhttp3.Request.Builder().url(server.url().toString().replaceAll("/$", "") + path);
    Map<String, String> headers = new LinkedHashMap<>();
    credentials(null, Map.of(), headers);
    headers.forEach(b::header);
    try (Response r = http.newCall(b.build()).execute()) {
      if (r.code() != 200 || r.body() == null) return null;
      String type = r.header("Content-Type", "");
      if (!type.startsWith("application/json")) return null;
      JsonNode node = MAPPER.readTree(r.body().string());
      harvest(node, 0);
      return node;
    } catch (IOException e) {
      return null;
    }
  }

  /** Values for properties from what the server has answered: its ids, names, projects. */
  private Object hint(String property, JsonNode schema, Random random) {
    if (!"string".equals(schema.path("type").asText()) || schema.has("enum") || schema.has("const")) return SchemaValues.NONE;
    int dice = random.nextInt(10);
    switch (property) {
      case "email": return dice < 8 ? ReferenceServer.DEMO_EMAIL : SchemaValues.NONE;
      case "password": return dice < 8 ? ReferenceServer.DEMO_PASSWORD : SchemaValues.NONE;
      case "url": return dice < 6 ? echoUrl : SchemaValues.NONE;
      default: break;
    }
    if (dice >= 6) return SchemaValues.NONE;
    LinkedHashSet<String> pool = seen.get(property);
    if ((pool == null || pool.isEmpty()) && (property.endsWith("Id") || property.endsWith("_id"))) pool = seen.get("id");
    if ((pool == null || pool.isEmpty()) && (property.equals("parentStep") || property.equals("step"))) pool = seen.get("name");
    if (pool == null || pool.isEmpty()) return SchemaValues.NONE;
    List<String> list = new ArrayList<>(pool);
    return list.get(random.nextInt(list.size()));
  }

  private void harvest(JsonNode node, int depth) {
    if (depth > 12) return;
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getValue().isTextual() && (e.getKey().equals("id") || e.getKey().equals("name")
            || e.getKey().endsWith("Id") || e.getKey().endsWith("_id"))) {
          LinkedHashSet<String> pool = seen.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
          if (pool.size() < MAX_SEEN) pool.add(e.getValue().asText());
        }
        harvest(e.getValue(), depth + 1);
      });
    } else if (node.isArray()) {
      node.forEach(n -> harvest(n, depth + 1));
    }
  }

  /** The headers that authenticate {@code op} (all routes when op is null). */
  private void credentials(SpecDocument.Operation op, Map<String, String> pathValues, Map<String, String> headers) {
    if (op != null) {
      for (String scheme : spec.securitySchemes(op)) {
        String source = target.schemeSources.get(scheme);
        if (source == null) continue;
        String path = source;
        for (Map.Entry<String, String> p : pathValues.entrySet()) path = path.replace("{" + p.getKey() + "}", p.getValue());
        JsonNode resource = getJson(path);
        String token = resource == null ? "no-such-token" : resource.path("token").asText("no-such-token");
        headers.put("Authorization", "Bearer " + token);
        return;
      }
    }
    switch (target.auth) {
      case SESSION:
        if (session == null) login();
        if (session != null) headers.put("Cookie", "iai_session=" + session);
        break;
      case API_KEY_HEADER:
        headers.put("X-API-KEY", server.demoApiKey());
        break;
      case BEARER:
        headers.put("Authorization", "Bearer " + server.demoApiKey());
        break;
      default:
        throw new AssertionError(target.auth);
    }
  }

  private void login() {
    String body = "{\"email\":\"" + ReferenceServer.DEMO_EMAIL + "\",\"password\":\"" + ReferenceServer.DEMO_PASSWORD + "\"}";
    okhttp3.Request request = new okhttp3.Request.Builder()
        .url(server.url().toString().replaceAll("/$", "") + "/api/auth/login")
        .post(RequestBody.create(body, JSON)).build();
    try (Response r = http.newCall(request).execute()) {
      if (r.code() != 200) throw new AssertionError("the fuzz cannot log in to " + target + ": " + r.code());
      remember(r);
    } catch (IOException e) {
      throw new AssertionError("the fuzz cannot log in to " + target, e);
    }
  }

  private void remember(Response r) {
    for (String c : r.headers("Set-Cookie")) {
      Matcher m = SESSION_COOKIE.matcher(c);
      if (!m.find()) continue;
      boolean expired = c.toLowerCase(Locale.ROOT).contains("max-age=0") || m.group(1).isEmpty();
      session = expired ? null : m.group(1);
    }
  }

  // ---------------------------------------------------------------- sending and checking

  /** Sends the exchange and checks the answer against the spec and what the fuzz expects. */
  public void send(Exchange x) {
    SimpleRequest validatorRequest = validatorRequest(x.method, x.url, x.headers, x.body);
    ValidationReport requestReport = spec.validator().validateRequest(validatorRequest);
    List<String> requestErrors = errors(requestReport);
    if (x.valid && !requestErrors.isEmpty()) {
      throw new AssertionError("the fuzz made a request its spec calls invalid (" + spec + "): " + x + "\n  " + requestErrors);
    }
    if (!x.valid && requestErrors.isEmpty()) {
      stats.unchecked(spec.name(), x.op.id());
      return; // the change left the request valid; nothing to expect of it
    }
    okhttp3.Request.Builder b = new okhttp3.Request.Builder().url(x.url);
    x.headers.forEach(b::header);
    RequestBody body = x.body == null ? null : RequestBody.create(x.body, JSON);
    if (body == null && (x.method.equals("POST") || x.method.equals("PUT") || x.method.equals("PATCH"))) {
      body = RequestBody.create(new byte[0]);
    }
    b.method(x.method, body);
    int status;
    String text;
    SimpleResponse validatorResponse;
    try (Response r = http.newCall(b.build()).execute()) {
      status = r.code();
      SimpleResponse.Builder rb = SimpleResponse.Builder.status(status);
      r.headers().names().forEach(n -> rb.withHeader(n, r.headers(n)));
      String type = r.header("Content-Type", "");
      if (status == 101) {
        text = ""; // the connection now speaks another protocol: there is no HTTP body to read
        closeUpgraded(r);
      } else if (type.startsWith("text/event-stream")) {
        text = ": event stream, not read\n";
      } else {
        text = r.body() == null ? "" : r.body().string();
      }
      if (!text.isEmpty()) rb.withBody(text);
      validatorResponse = rb.build();
      remember(r);
      if (type.startsWith("application/json") && !text.isEmpty()) harvest(MAPPER.readTree(text), 0);
    } catch (IOException e) {
      throw new AssertionError(target + ": no complete answer to " + x + ": " + e, e);
    }
    if (status == 101) {
      // OkHttp hands over the socket only when the request's Connection header is exactly "Upgrade"
      // ("keep-alive, Upgrade" is as valid): otherwise it pools the connection as if it still spoke HTTP.
      http.connectionPool().evictAll();
    }
    stats.record(spec.name(), x.op.id(), x.valid, status);
    if (VERBOSE) System.out.println(status + " " + target + ": " + x);
    String where = target + ": " + x + "\n  -> " + status + " " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
    // the operation names this very status itself (not only by a default answer)
    boolean named = spec.statuses(x.op).contains(String.valueOf(status));
    // a 5xx only where the spec names it as the platform's answer (a sync webhook's failed run)
    if (status >= 500 && !named) throw new AssertionError("a server error: " + where);
    List<String> responseErrors = errors(spec.validator().validateResponse(x.url.encodedPath(),
        com.atlassian.oai.validator.model.Request.Method.valueOf(x.method), validatorResponse));
    if (!responseErrors.isEmpty()) throw new AssertionError("an answer its spec does not describe: " + where + "\n  " + responseErrors);
    if (x.valid) {
      // a request that asks to switch protocols (an Upgrade header) succeeds with 101, as RFC 9110 15.2.2 has it
      boolean switched = status == 101 && x.headers.keySet().stream().anyMatch("Upgrade"::equalsIgnoreCase);
      boolean tokenScheme = spec.securitySchemes(x.op).stream().anyMatch(target.schemeSources::containsKey);
      boolean refusedByState = status == 404 || status == 409 || status == 403
          // gone, or never there, where the spec says so (a webhook of an unknown flow)
          || (status == 410 && named)
          // the end of the run the request waits for, where the spec says so (a failed run)
          || (status >= 500 && named)
          // a login with other credentials, or a resource's token for a resource that is not there
          || (status == 401 && (spec.isOpen(x.op) || tokenScheme));
      if (!(status >= 200 && status < 300) && !switched && !refusedByState) {
        throw new AssertionError("a valid request was refused: " + where);
      }
    } else if (status < 400) {
      throw new AssertionError("an invalid request was accepted: " + where);
    }
  }

  /** Closes the connection a 101 answer handed over, if OkHttp handed it over: the fuzz speaks only HTTP. */
  private static void closeUpgraded(Response r) {
    okio.Socket socket = r.socket();
    if (socket == null) return;
    try {
      socket.getSink().close();
      socket.getSource().close();
    } catch (IOException e) {
      socket.cancel();
    }
  }

  /**
   * Every route that reads (a GET answering JSON) still answers 200 with what the spec describes:
   * those without parameters as they are, the others for an id the server lists.
   */
  public void checkReads(Random random) {
    for (SpecDocument.Operation op : spec.operations()) {
      if (!op.method.equals("GET") || !spec.answersJson(op, "200")) continue;
      if (!target.schemeSources.isEmpty() && spec.securitySchemes(op).stream().anyMatch(target.schemeSources::containsKey)) continue;
      boolean hasQueryRequired = op.parameters.stream().anyMatch(p -> !p.path("in").asText().equals("path") && p.path("required").asBoolean());
      if (hasQueryRequired) continue;
      Exchange x;
      if (op.path.contains("{")) {
        x = prepareRead(op, random);
        if (x == null) continue;
      } else {
        Map<String, String> headers = new LinkedHashMap<>();
        credentials(op, Map.of(), headers);
        x = new Exchange(op, true, "GET", HttpUrl.get(server.url().toString().replaceAll("/$", "") + op.path), headers, null, null);
      }
      int status;
      String text;
      SimpleResponse.Builder rb;
      try (Response r = http.newCall(new okhttp3.Request.Builder().url(x.url).headers(okhttp3.Headers.of(x.headers)).build()).execute()) {
        status = r.code();
        rb = SimpleResponse.Builder.status(status);
        r.headers().names().forEach(n -> rb.withHeader(n, r.headers(n)));
        text = r.body() == null ? "" : r.body().string();
        if (r.header("Content-Type", "").startsWith("application/json")) harvest(MAPPER.readTree(text), 0);
      } catch (IOException e) {
        throw new AssertionError(target + ": no complete answer to GET " + x.url.encodedPath() + ": " + e, e);
      }
      if (!text.isEmpty()) rb.withBody(text);
      String where = target + ": GET " + x.url.encodedPath() + " -> " + status + " " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
      boolean gone = op.path.contains("{") && status == 404; // listed, then deleted by the step itself
      if (status != 200 && !gone) throw new AssertionError("a read route stopped answering 200: " + where);
      List<String> errs = errors(spec.validator().validateResponse(x.url.encodedPath(), Request.Method.GET, rb.build()));
      if (!errs.isEmpty()) throw new AssertionError("a read route answers what its spec does not describe: " + where + "\n  " + errs);
    }
  }

  private Exchange prepareRead(SpecDocument.Operation op, Random random) {
    Matcher m = PARAM.matcher(op.path);
    StringBuilder template = new StringBuilder();
    StringBuilder concrete = new StringBuilder();
    Map<String, String> pathValues = new LinkedHashMap<>();
    int last = 0;
    while (m.find()) {
      template.append(op.path, last, m.start());
      concrete.append(op.path, last, m.start());
      String prefix = template + "{" + m.group(1) + "}";
      List<String> ids = new ArrayList<>();
      target.fixedIds.forEach((k, v) -> { if (k.equals(prefix)) ids.addAll(v.apply(server)); });
      if (ids.isEmpty()) {
        ids.addAll(listIds(fill(target.idSources.getOrDefault(prefix, concrete.toString().replaceAll("/$", "")), random)));
      }
      if (ids.isEmpty()) return null;
      String id = ids.get(random.nextInt(ids.size()));
      pathValues.put(m.group(1), id);
      template.append("{").append(m.group(1)).append("}");
      concrete.append(HttpUrl.get("http://x/").newBuilder().addPathSegment(id).build().encodedPath().substring(1));
      last = m.end();
    }
    concrete.append(op.path.substring(last));
    Map<String, String> headers = new LinkedHashMap<>();
    credentials(op, pathValues, headers);
    return new Exchange(op, true, "GET", HttpUrl.get(server.url().toString().replaceAll("/$", "") + concrete), headers, null, null);
  }

  private static SimpleRequest validatorRequest(String method, HttpUrl url, Map<String, String> headers, String body) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(method, url.encodedPath());
    for (String name : url.queryParameterNames()) {
      List<String> vals = new ArrayList<>();
      for (String v : url.queryParameterValues(name)) vals.add(v == null ? "" : v);
      b.withQueryParam(name, vals);
    }
    headers.forEach((k, v) -> b.withHeader(k, v));
    if (body != null) {
      b.withContentType("application/json");
      b.withBody(body);
    }
    return b.build();
  }

  private static List<String> errors(ValidationReport report) {
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message msg : report.getMessages()) {
      if (msg.getLevel() == ValidationReport.Level.ERROR) out.add(msg.getKey() + ": " + msg.getMessage().replaceAll("\\s+", " "));
    }
    return out;
  }

  public FuzzTarget target() {
    return target;
  }

  @Override public String toString() {
    return target.toString();
  }

  /** The operations this session fuzzes: all of the spec's (their count weights the choice). */
  public List<SpecDocument.Operation> operations() {
    return spec.operations();
  }

  /** Ids of seeded flows by name, for {@link FuzzTarget#fixedIds}. */
  public static List<String> seeded(ReferenceServer server, String... names) {
    List<String> out = new ArrayList<>();
    for (String n : names) out.add(server.flowId(n));
    return out;
  }

  @Override public void close() {
    server.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
