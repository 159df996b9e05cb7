package dev.flowkit.workflows.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.flowkit.server.fuzz.SpecDocument;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/**
 * Checks HTTP traffic against {@code openapi/flow-api.yaml}.
 *
 * <p>Add {@link #interceptor()} to an {@link okhttp3.OkHttpClient} (preferably with {@code
 * addNetworkInterceptor}, so that it sees the cookies and headers OkHttp adds on the way out) and
 * annotate the test class with {@code @ExtendWith(ContractExtension.class)}:
 * every request and response that passes is validated, and a test that caused a violation fails
 * after it ran. {@code text/event-stream} answers are checked by status and headers only; their
 * body is never read here, so streaming is unaffected.
 *
 * <p>The spec is OpenAPI 3.1; {@code swagger-request-validator} validates with OpenAPI 3.0
 * semantics (JSON Schema draft 4 with {@code nullable}). The spec is therefore loaded once and
 * translated, in memory, to the equivalent 3.0 document: {@code type: [X, "null"]} becomes {@code
 * type: X, nullable: true}, {@code const} becomes a one-value {@code enum}, schema {@code
 * examples} arrays are dropped; {@code {type: "null"}} alternatives inside {@code oneOf} are kept
 * as they are (the draft-4 validator knows the {@code null} type). The spec only uses these 3.1
 * forms; {@link OpenApiSpecTest} checks that the translation leaves no 3.1-only keyword behind.
 */
public final class ContractValidator {
  /** Where the spec lives, relative to the repository root. */
  public static final String SPEC_RELATIVE_PATH = "openapi/flow-api.yaml";

  private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
  private static final Interceptor INTERCEPTOR = ContractValidator::intercept;
  private static final String SSE_PLACEHOLDER = ": (event stream not read by the contract validator)\n";

  private ContractValidator() {}

  /** Loaded on first use, once per JVM. */
  private static final class Holder {
    static final OpenApiInteractionValidator VALIDATOR = build();

    private static OpenApiInteractionValidator build() {
      // The validator's defaults, except that fully resolving must not type every untyped or
      // oneOf property "object" (that would reject the nulls and strings the spec allows).
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setResolveFully(true);
      options.setResolveCombinators(false);
      options.setExplicitObjectSchema(false);
      return OpenApiInteractionValidator.createForInlineApiSpecification(openApi30Json())
          .withParseOptions(options)
          .build();
    }
  }

  /** The interceptor that validates every exchange passing through it. */
  public static Interceptor interceptor() {
    return INTERCEPTOR;
  }

  /** The violations gathered since the last {@link #reset()}, oldest first. */
  public static List<String> violations() {
    return new ArrayList<>(VIOLATIONS);
  }

  /** Forgets the gathered violations. */
  public static void reset() {
    VIOLATIONS.clear();
  }

  // ---------------------------------------------------------------- the spec

  /** The spec file, found from the working directory upwards (Maven runs tests in the module). */
  public static Path specPath() {
    Path dir = Paths.get("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve(SPEC_RELATIVE_PATH);
      if (Files.isRegularFile(candidate)) return candidate;
    }
    throw new IllegalStateException("No " + SPEC_RELATIVE_PATH + " above " + dir);
  }

  /** The spec as an OpenAPI 3.0.3 JSON document (see the class comment). */
  public static String openApi30Json() {
    try {
      ObjectNode root = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(specPath().toFile());
      return new ObjectMapper().writeValueAsString(SpecDocument.downgradeTo30(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- validation

  private static Response intercept(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    // Application interceptors run before OkHttp's cookie jar adds the session cookie.
    boolean networkLevel = chain.connection() != null;
    SimpleRequest validatorRequest;
    try {
      validatorRequest = toValidatorRequest(request);
    } catch (IOException | RuntimeException e) {
      VIOLATIONS.add(describe(request, null) + ": could not read the request: " + e);
      return chain.proceed(request);
    }

    Response response = chain.proceed(request);

    try {
      SimpleResponse validatorResponse = toValidatorResponse(response);
      ValidationReport report =
          Holder.VALIDATOR.validate(validatorRequest, validatorResponse);
      for (ValidationReport.Message m : report.getMessages()) {
        if (m.getLevel() != ValidationReport.Level.ERROR) continue;
        if (!networkLevel && m.getKey().equals("validation.request.security.missing")) continue;
        VIOLATIONS.add(describe(request, response) + ": " + m.getKey() + ": " + oneLine(m));
      }
    } catch (IOException e) {
      // A body that breaks off (an injected fault) is the caller's to see; nothing to validate.
    } catch (RuntimeException e) {
      VIOLATIONS.add(describe(request, response) + ": the validator failed: " + e);
    }
    return response;
  }

  static SimpleRequest toValidatorRequest(Request request) throws IOException {
    HttpUrl url = request.url();
    SimpleRequest.Builder b = new SimpleRequest.Builder(request.method(), url.encodedPath());
    for (String name : url.queryParameterNames()) {
      List<String> values = new ArrayList<>();
      for (String v : url.queryParameterValues(name)) values.add(v == null ? "" : v);
      b.withQueryParam(name, values);
    }
    Headers headers = request.headers();
    for (String name : headers.names()) b.withHeader(name, headers.values(name));
    RequestBody body = request.body();
    if (body != null) {
      MediaType contentType = body.contentType();
      if (headers.get("Content-Type") == null && contentType != null) {
        b.withContentType(contentType.toString());
      }
      if (!body.isOneShot() && !body.isDuplex()) {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        if (buffer.size() > 0) b.withBody(buffer.readUtf8());
      }
    }
    return b.build();
  }

  static SimpleResponse toValidatorResponse(Response response) throws IOException {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(response.code());
    Headers headers = response.headers();
    for (String name : headers.names()) b.withHeader(name, headers.values(name));
    String contentType = headers.get("Content-Type");
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
      // Status and headers only: reading would block until the stream ends.
      return b.withBody(SSE_PLACEHOLDER).build();
    }
    if (response.body() == null || "HEAD".equals(response.request().method())) return b.build();
    BufferedSource peeked = response.body().source().peek();
    Buffer all = new Buffer();
    all.writeAll(peeked);
    if ("gzip".equalsIgnoreCase(headers.get("Content-Encoding"))) {
      Buffer inflated = new Buffer();
      inflated.writeAll(Okio.buffer(new GzipSource(all)));
      all = inflated;
    }
    if (all.size() > 0) b.withBody(all.readUtf8());
    return b.build();
  }

  private static String describe(Request request, Response response) {
    String target = request.url().encodedPath()
        + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery());
    return request.method() + " " + target + (response == null ? "" : " -> " + response.code());
  }

  private static String oneLine(ValidationReport.Message m) {
    StringBuilder s = new StringBuilder(m.getMessage().replaceAll("\\s+", " ").trim());
    for (String extra : m.getAdditionalInfo()) s.append(" | ").append(extra.replaceAll("\\s+", " ").trim());
    return s.toString();
  }
}
