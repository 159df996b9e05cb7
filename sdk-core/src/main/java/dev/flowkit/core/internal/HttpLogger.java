package dev.flowkit.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.flowkit.core.HttpLogLevel;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Logs each HTTP exchange as it goes over the network (so retries, re-logins and the cookie
 * header show) to {@code java.util.logging}, redacting every secret the Flow API carries:
 * credential headers and cookies, login bodies, API keys, MCP tokens and connection values.
 * A body is printed only when it parses as JSON, so a secret can never hide in text that the
 * redaction does not understand.
 */
public final class HttpLogger implements Interceptor {
  /** The logger every exchange goes to. */
  public static final String LOGGER_NAME = "dev.flowkit.http";
  /** Bodies longer than this are described, not printed. */
  static final long MAX_BODY_BYTES = 64 * 1024;
  static final String REDACTED = "██";

  private static final Set<String> SECRET_HEADERS =
      lowerCase("Authorization", "Proxy-Authorization", "X-API-KEY", "Cookie", "Set-Cookie",
          "x-access-token", "x-organization-id");
  /** JSON fields that are secret wherever they appear. */
  private static final Set<String> SECRET_FIELDS =
      lowerCase("email", "password", "token", "secret", "apiKey", "accessToken", "refreshToken",
          "clientSecret", "sessionToken");

  private final HttpLogLevel level;
  private final Logger logger;

  public HttpLogger(HttpLogLevel level) {
    this(level, Logger.getLogger(LOGGER_NAME));
  }

  HttpLogger(HttpLogLevel level, Logger logger) {
    this.level = level;
    this.logger = logger;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == HttpLogLevel.NONE || !logger.isLoggable(Level.INFO)) {
      return chain.proceed(request);
    }
    logger.log(Level.INFO, describeRequest(request));
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log(Level.INFO, "<-- HTTP FAILED: " + e + " " + method(request));
      throw e;
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    logger.log(Level.INFO, describeResponse(request, response, tookMs));
    return response;
  }

  private String describeRequest(Request request) throws IOException {
    StringBuilder out = new StringBuilder("--> ").append(method(request));
    RequestBody body = request.body();
    if (body != null) out.append(" (").append(size(body.contentLength())).append(')');
    if (level == HttpLogLevel.BASIC) return out.toString();
    appendHeaders(out, request.headers());
    if (level == HttpLogLevel.BODY && body != null) {
      out.append('\n');
      if (body.isDuplex() || body.isOneShot()) {
        out.append("(body not logged: it can be read only once)");
      } else {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        appendBody(out, request.url(), body.contentType(), buffer, buffer.size());
      }
    }
    return out.append("\n--> END ").append(request.method()).toString();
  }

  private String describeResponse(Request request, Response response, long tookMs) throws IOException {
    ResponseBody body = response.body();
    StringBuilder out = new StringBuilder("<-- ").append(response.code());
    if (!response.message().isEmpty()) out.append(' ').append(response.message());
    out.append(' ').append(url(request.url())).append(" (").append(tookMs).append("ms, ")
        .append(size(body.contentLength())).append(')');
    if (level == HttpLogLevel.BASIC) return out.toString();
    appendHeaders(out, response.headers());
    if (level == HttpLogLevel.BODY) {
      out.append('\n');
      MediaType type = body.contentType();
      if (type != null && "event-stream".equals(type.subtype())) {
        out.append("(event stream, not logged)");
      } else if (!promisesBody(response)) {
        out.append("(no body)");
      } else {
        appendResponseBody(out, request.url(), response);
      }
    }
    return out.append("\n<-- END HTTP").toString();
  }

  private void appendResponseBody(StringBuilder out, HttpUrl url, Response response) throws IOException {
    // Peek: the caller still reads the whole body. One byte more than the limit tells
    // whether the body is longer.
    ResponseBody peeked = response.peekBody(MAX_BODY_BYTES + 1);
    Buffer buffer = new Buffer();
    buffer.writeAll(peeked.source());
    String encoding = response.header("Content-Encoding");
    if (encoding != null && encoding.equalsIgnoreCase("gzip")) {
      if (buffer.size() > MAX_BODY_BYTES) {
        appendBody(out, url, peeked.contentType(), buffer, -1);
        return;
      }
      Buffer unzipped = new Buffer();
      try (BufferedSource gzip = Okio.buffer(new GzipSource(buffer))) {
        // Reads one byte past the limit at most, so a gzip bomb cannot fill memory.
        while (unzipped.size() <= MAX_BODY_BYTES && gzip.read(unzipped, 8192) != -1) {
          // keep reading
        }
      } catch (IOException e) {
        out.append("(gzip body not logged: ").append(e.getMessage()).append(')');
        return;
      }
      buffer = unzipped;
    } else if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
      out.append("(").append(encoding).append("-encoded body not logged)");
      return;
    }
    appendBody(out, url, peeked.contentType(), buffer, buffer.size());
  }

  /** Appends the redacted JSON in {@code buffer}, or a description when it cannot be shown. */
  private static void appendBody(
      StringBuilder out, HttpUrl url, @Nullable MediaType type, Buffer buffer, long size) {
    if (size < 0 || buffer.size() > MAX_BODY_BYTES) {
      out.append("(body over ").append(MAX_BODY_BYTES).append(" bytes not logged)");
      return;
    }
    if (buffer.size() == 0) {
      out.append("(empty body)");
      return;
    }
    if (type == null || !"json".equals(type.subtype())) {
      out.append("(").append(buffer.size()).append("-byte ").append(type == null ? "untyped" : type)
          .append(" body not logged)");
      return;
    }
    try {
      out.append(redactJson(buffer, pathSecrets(url)));
    } catch (IOException | RuntimeException e) {
      out.append("(").append(size).append("-byte body not logged: not valid JSON)");
    }
  }

  /** Fields secret only on some resources: API keys' {@code key}, connections' {@code value}. */
  private static Set<String> pathSecrets(HttpUrl url) {
    String path = url.encodedPath();
    if (path.contains("/api-keys")) return Collections.singleton("key");
    if (path.contains("/app-connections")) return Collections.singleton("value");
    return Collections.emptySet();
  }

  /** Copies the JSON in {@code source}, writing {@link #REDACTED} for every secret field. */
  static String redactJson(Buffer source, Set<String> extraSecrets) throws IOException {
    JsonReader reader = JsonReader.of(source);
    Buffer sink = new Buffer();
    try (JsonWriter writer = JsonWriter.of(sink)) {
      writer.setSerializeNulls(true);
      copy(reader, writer, extraSecrets);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) throw new IOException("trailing data");
    }
    return sink.readUtf8();
  }

  private static void copy(JsonReader reader, JsonWriter writer, Set<String> extraSecrets)
      throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          writer.name(name);
          if (isSecretField(name, extraSecrets)) {
            reader.skipValue();
            writer.value(REDACTED);
          } else {
            copy(reader, writer, extraSecrets);
          }
        }
        reader.endObject();
        writer.endObject();
        break;
      case BEGIN_ARRAY:
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) copy(reader, writer, extraSecrets);
        reader.endArray();
        writer.endArray();
        break;
      case STRING:
        writer.value(reader.nextString());
        break;
      case NUMBER:
        String number = reader.nextString();
        writer.value(new java.math.BigDecimal(number));
        break;
      case BOOLEAN:
        writer.value(reader.nextBoolean());
        break;
      case NULL:
        reader.nextNull();
        writer.nullValue();
        break;
      default:
        throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static boolean isSecretField(String name, Set<String> extraSecrets) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_FIELDS.contains(lower) || extraSecrets.contains(lower);
  }

  private static void appendHeaders(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      out.append('\n').append(name).append(": ")
          .append(isSecretHeader(name) ? REDACTED : headers.value(i));
    }
  }

  static boolean isSecretHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(lower)
        || lower.contains("token")
        || lower.contains("secret")
        || lower.contains("password");
  }

  private static boolean promisesBody(Response response) {
    if (response.request().method().equals("HEAD")) return false;
    int code = response.code();
    return !((code >= 100 && code < 200) || code == 204 || code == 304);
  }

  private static String method(Request request) {
    return request.method() + " " + url(request.url());
  }

  /**
   * The URL without user info, each secret query parameter's value replaced by {@link #REDACTED}
   * (a WebSocket's {@code ?token=}, say).
   */
  private static String url(HttpUrl url) {
    HttpUrl bare = url.newBuilder().username("").password("").query(null).build();
    String query = url.encodedQuery();
    if (query == null) return bare.toString();
    // HttpUrl splits the query at '&' too, so its parameters and these pairs line up.
    String[] pairs = query.split("&", -1);
    StringBuilder out = new StringBuilder(bare.toString()).append('?');
    for (int i = 0; i < pairs.length; i++) {
      if (i > 0) out.append('&');
      String pair = pairs[i];
      int equals = pair.indexOf('=');
      if (equals >= 0 && i < url.querySize() && isSecretQueryParameter(url.queryParameterName(i))) {
        out.append(pair, 0, equals + 1).append(REDACTED);
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }

  private static boolean isSecretQueryParameter(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return isSecretHeader(name) || SECRET_FIELDS.contains(lower) || lower.equals("key") || lower.equals("api_key");
  }

  private static String size(long contentLength) {
    return contentLength < 0 ? "unknown-length body" : contentLength + "-byte body";
  }

  private static Set<String> lowerCase(String... names) {
    Set<String> set = new HashSet<>();
    for (String name : Arrays.asList(names)) set.add(name.toLowerCase(Locale.ROOT));
    return Collections.unmodifiableSet(set);
  }
}
