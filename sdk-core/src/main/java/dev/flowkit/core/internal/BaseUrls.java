package dev.flowkit.core.internal;

import okhttp3.HttpUrl;

/** Parses and checks a base URL. */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Returns {@code url} as an {@link HttpUrl} ending in {@code /}. Plain http is allowed only
   * for loopback hosts unless {@code allowInsecureHttp}.
   */
  public static HttpUrl parse(String url, boolean allowInsecureHttp) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http or https URL but was '" + redact(url) + "'");
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      // Never printed, never sent: credentials belong in apiKey() or credentials().
      throw new IllegalArgumentException(
          "baseUrl must not contain user info (user:password@); pass credentials as an API key or email and password");
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException(
          "baseUrl must not have a query or fragment: " + parsed.newBuilder().query(null).fragment(null));
    }
    if (!parsed.isHttps() && !allowInsecureHttp && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException(
          "baseUrl uses plain http to " + parsed.host()
              + "; use https, or call allowInsecureHttp(true) if you accept sending credentials in clear");
    }
    String path = parsed.encodedPath();
    if (!path.endsWith("/")) parsed = parsed.newBuilder().encodedPath(path + "/").build();
    return parsed;
  }

  /** {@code url} without anything between {@code //} and {@code @}, where a password would be. */
  static String redact(String url) {
    int scheme = url.indexOf("//");
    int at = url.lastIndexOf('@');
    if (scheme < 0 || at < scheme) return url;
    return url.substring(0, scheme + 2) + "<redacted>@" + url.substring(at + 1);
  }

  static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.startsWith("127.")
        || host.equals("::1")
        || host.equals("0:0:0:0:0:0:0:1");
  }
}
