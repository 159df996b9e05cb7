package dev.flowkit.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A connection's input as MockWebServer reads it: each HTTP/1.1 request is read and checked
 * first (RFC 9112), then handed on in the one form MockWebServer always answers.
 *
 * <p>MockWebServer gives up on some requests without answering them: a GET or HEAD with content,
 * a {@code Content-Length} that is not one number, a chunk size that is not hexadecimal, a request
 * target or {@code Host} that makes no URL. Its connection thread then ends and the client waits
 * forever. Here such a request becomes a bodiless request carrying {@link #REFUSED} (the status
 * and the reason); the dispatcher answers it with that error and closes the connection. Good
 * requests pass through: a {@code Content-Length} body streams as it arrives, a chunked body is
 * collected (up to the body limit) and handed on with its length.
 */
public final class RequestFramer extends InputStream {
  /** The header that carries a refusal to the dispatcher: {@code "<status> <reason>"}. */
  public static final String REFUSED = "Flowkit-Refused";

  private static final int MAX_HEAD_BYTES = 64 * 1024;
  private static final byte[] CRLF = {'\r', '\n'};

  /** A request this framer refuses: the answer's status and what is wrong. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Refusal(int status, String reason) {
      super(reason, null, false, false);
      this.status = status;
    }
  }

  private final InputStream in;
  private final OutputStream out;
  private final long maxBodyBytes;
  private byte[] pending = new byte[0];
  private int pendingPos;
  private long passThrough;
  private boolean ended;
  private int headBytes;

  RequestFramer(InputStream in, OutputStream out, long maxBodyBytes) {
    // Reads byte by byte while it frames; buffered, since the framer is the only reader.
    this.in = in instanceof java.io.BufferedInputStream ? in : new java.io.BufferedInputStream(in);
    this.out = out;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    while (true) {
      if (pendingPos < pending.length) {
        int n = Math.min(len, pending.length - pendingPos);
        System.arraycopy(pending, pendingPos, b, off, n);
        pendingPos += n;
        return n;
      }
      if (passThrough > 0) {
        int n = in.read(b, off, (int) Math.min(len, passThrough));
        if (n < 0) {
          ended = true;
          return -1;
        }
        passThrough -= n;
        return n;
      }
      if (ended || !nextRequest()) {
        ended = true;
        return -1;
      }
    }
  }

  @Override public int available() throws IOException {
    if (pendingPos < pending.length) return pending.length - pendingPos;
    return passThrough > 0 ? (int) Math.min(passThrough, in.available()) : 0;
  }

  @Override public void close() throws IOException {
    in.close();
  }

  /** Reads the next request and queues what MockWebServer is to see; false at the end. */
  private boolean nextRequest() throws IOException {
    headBytes = 0;
    byte[] requestLine;
    try {
      do { // RFC 9112 2.2: empty lines before a request line are ignored
        requestLine = readLine();
        if (requestLine == null) return false;
      } while (requestLine.length == 0);
    } catch (Refusal r) {
      refuse(r, "GET");
      return true;
    }
    String method = "GET";
    try {
      String line = latin1(requestLine);
      String[] parts = line.split(" ", -1);
      if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        throw new Refusal(400, "the request line is not METHOD target HTTP-version");
      }
      method = parts[0];
      if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
        throw new Refusal(400, "HTTP version " + parts[2] + " is not supported; use HTTP/1.1");
      }
      Head head = readHead(parts[2].equals("HTTP/1.1"));
      checkUrl(method, parts[1], head.host);
      forward(requestLine, method, head);
    } catch (Refusal r) {
      refuse(r, method);
    }
    return true;
  }

  /** The header section after the request line. */
  private static final class Head {
    final List<byte[]> lines = new ArrayList<>();
    @Nullable String host;
    int hosts;
    long contentLength = -1;
    boolean chunked;
    boolean expectContinue;
    boolean upgrade;
  }

  private Head readHead(boolean http11) throws IOException, Refusal {
    Head head = new Head();
    while (true) {
      byte[] raw = readLine();
      if (raw == null) throw new Refusal(400, "the connection ended inside the request's headers");
      if (raw.length == 0) break;
      String line = latin1(raw);
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        throw new Refusal(400, "obsolete line folding in a header (RFC 9112 5.2)");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isToken(line.substring(0, colon))) {
        throw new Refusal(400, "a header line is not 'name: value' (RFC 9112 5.1)");
      }
      String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (value.indexOf('\0') >= 0) throw new Refusal(400, "header " + name + " holds a NUL character");
      switch (name) {
        case "content-length":
          head.contentLength = contentLength(value, head.contentLength);
          continue; // put back in one form below
        case "transfer-encoding":
          if (!value.equalsIgnoreCase("chunked") || head.chunked) {
            throw new Refusal(400, "Transfer-Encoding '" + value + "' is not supported; send chunked or a Content-Length");
          }
          head.chunked = true;
          continue;
        case "host":
          head.host = value;
          head.hosts++;
          break;
        case "expect":
          if (value.equalsIgnoreCase("100-continue")) head.expectContinue = true;
          continue;
        case "upgrade":
          head.upgrade = true;
          break;
        default:
          if (name.equals(REFUSED.toLowerCase(Locale.ROOT))) continue; // the server's own, never a client's
          break;
      }
      head.lines.add(raw);
    }
    if (head.chunked && head.contentLength >= 0) {
      throw new Refusal(400, "both Transfer-Encoding and Content-Length (RFC 9112 6.1)");
    }
    if (head.hosts > 1 || (http11 && head.hosts == 0)) {
      throw new Refusal(400, head.hosts == 0 ? "no Host header (RFC 9112 3.2)" : "more than one Host header");
    }
    return head;
  }

  private static long contentLength(String value, long before) throws Refusal {
    long n = -1;
    for (String part : value.split(",", -1)) { // RFC 9110 8.6: a list of one repeated number
      String digits = part.trim();
      if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new Refusal(400, "Content-Length '" + value + "' is not a number of bytes");
      }
      long v = Long.parseLong(digits);
      if (n >= 0 && v != n) throw new Refusal(400, "Content-Length '" + value + "' names different lengths");
      n = v;
    }
    if (before >= 0 && before != n) throw new Refusal(400, "more than one Content-Length, with different values");
    return n;
  }

  /** MockWebServer builds the request's URL from the target and Host; it must be one. */
  private static void checkUrl(String method, String target, @Nullable String host) throws Refusal {
    String authority = host != null ? host : "localhost";
    boolean ok;
    if (method.equals("CONNECT")) {
      ok = HttpUrl.parse("http://" + target + "/") != null;
    } else if (HttpUrl.parse(target) != null) {
      ok = true;
    } else {
      String path = method.equals("OPTIONS") && target.equals("*") ? "/" : target;
      ok = path.startsWith("/") && HttpUrl.parse("http://" + authority + path) != null;
    }
    if (!ok) throw new Refusal(400, "the request target '" + target + "' with Host '" + authority + "' is not a URL");
  }

  private void forward(byte[] requestLine, String method, Head head) throws IOException, Refusal {
    boolean bodiless = method.equals("GET") || method.equals("HEAD");
    if ((head.chunked || head.contentLength > 0) && head.expectContinue) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII)); // RFC 9110 10.1.1
      out.flush();
    }
    byte[] body = null;
    if (head.chunked) {
      body = readChunked(bodiless ? maxBodyBytes : maxBodyBytes + 1);
      if (!bodiless && body.length > maxBodyBytes) {
        throw new Refusal(413, "the chunked body is over the limit of " + maxBodyBytes + " bytes");
      }
    }
    if (bodiless && (head.contentLength > 0 || (body != null && body.length > 0))) {
      if (head.contentLength > 0 && head.contentLength <= maxBodyBytes) discard(head.contentLength);
      throw new Refusal(400, method + " requests carry no content (RFC 9110 9.3.1); "
          + "send parameters in the query string");
    }
    ByteArrayOutputStream h = new ByteArrayOutputStream();
    h.write(requestLine);
    h.write(CRLF);
    for (byte[] line : head.lines) {
      h.write(line);
      h.write(CRLF);
    }
    long length = body != null ? body.length : head.contentLength;
    if (length > 0) h.write(("Content-Length: " + length + "\r\n").getBytes(StandardCharsets.US_ASCII));
    h.write(CRLF);
    if (body != null) h.write(body);
    pending = h.toByteArray();
    pendingPos = 0;
    passThrough = body == null && length > 0 ? length : 0;
    // RFC 9110 7.8: after a GET asking to switch protocols (a WebSocket), what follows on the
    // connection is the new protocol's bytes, not requests; they pass untouched.
    if (head.upgrade && method.equals("GET")) passThrough = Long.MAX_VALUE;
  }

  /**
   * Queues a bodiless request that tells the dispatcher to refuse it (with the request's method,
   * so that a HEAD is answered without a body); nothing after it is read.
   */
  private void refuse(Refusal r, String method) {
    String head = (method.equals("HEAD") ? "HEAD" : "GET") + " / HTTP/1.1\r\n" + REFUSED + ": " + r.status + " " + r.getMessage().replaceAll("[\\r\\n]", " ")
        + "\r\n\r\n";
    pending = head.getBytes(StandardCharsets.UTF_8);
    pendingPos = 0;
    passThrough = 0;
    ended = true; // the connection closes after the answer
  }

  private byte[] readChunked(long limit) throws IOException, Refusal {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      headBytes = 0; // each chunk's lines are bounded on their own
      byte[] sizeLine = readLine();
      if (sizeLine == null) throw new Refusal(400, "the connection ended inside the chunked body");
      String size = latin1(sizeLine);
      int semicolon = size.indexOf(';'); // chunk extensions are ignored (RFC 9112 7.1.1)
      if (semicolon >= 0) size = size.substring(0, semicolon);
      size = size.trim();
      if (size.isEmpty() || size.length() > 15 || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new Refusal(400, "a chunk size is not hexadecimal");
      }
      long n = Long.parseLong(size, 16);
      if (n == 0) break;
      if (body.size() + n > limit) throw new Refusal(413, "the chunked body is over the limit of " + maxBodyBytes + " bytes");
      byte[] chunk = in.readNBytes((int) n);
      if (chunk.length < n) throw new Refusal(400, "the connection ended inside a chunk");
      body.write(chunk);
      byte[] end = readLine();
      if (end == null || end.length != 0) throw new Refusal(400, "a chunk is longer than its size says");
    }
    while (true) { // trailer fields, ignored
      byte[] trailer = readLine();
      if (trailer == null) throw new Refusal(400, "the connection ended inside the chunked body's trailers");
      if (trailer.length == 0) return body.toByteArray();
    }
  }

  private void discard(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) return;
        skipped = 1;
      }
      left -= skipped;
    }
  }

  /** One line without its CRLF (or bare LF), null at the end of input; heads are bounded. */
  private byte @Nullable [] readLine() throws IOException, Refusal {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int c = in.read();
      if (c < 0) return line.size() == 0 ? null : line.toByteArray();
      if (++headBytes > MAX_HEAD_BYTES) {
        throw new Refusal(400, "the request line and headers are over " + MAX_HEAD_BYTES + " bytes");
      }
      if (c == '\n') {
        byte[] bytes = line.toByteArray();
        int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return java.util.Arrays.copyOf(bytes, n);
      }
      line.write(c);
    }
  }

  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** RFC 9110 5.6.2 token characters. */
  private static boolean isToken(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) return false;
    }
    return true;
  }
}
