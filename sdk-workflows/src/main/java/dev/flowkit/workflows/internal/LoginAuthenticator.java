package dev.flowkit.workflows.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import org.jspecify.annotations.Nullable;

/**
 * Logs in again when the session has expired: on a 401 it runs the login once and repeats the
 * request, whose cookie then comes fresh from the jar. When the login itself fails (a wrong
 * password, a 5xx, a network failure), the caller gets the login's own typed error; a second
 * 401 in a row is the caller's to see as it is.
 *
 * <p>The login is recognised by a request tag ({@link #tagAsLogin}), never by its path (which
 * depends on the base URL), and runs on a client without this authenticator, so a login's own
 * 401 can never come back here.
 *
 * <p>Concurrent 401s share one login: a request that failed with a cookie the jar no longer
 * holds is simply repeated, because another thread has already logged in.
 */
public final class LoginAuthenticator implements Authenticator {
  /** The tag that marks a login request. */
  private static final class Login {
    static final Login INSTANCE = new Login();
  }

  private final Supplier<Object> login;
  private final CookieJar cookies;

  /**
   * {@code login} logs in (and throws if it cannot) on a client without an authenticator;
   * {@code cookies} is the jar the client sends cookies from.
   */
  public LoginAuthenticator(Supplier<Object> login, CookieJar cookies) {
    this.login = login;
    this.cookies = cookies;
  }

  /** {@code request} marked as a login, which this authenticator never answers. */
  public static Request tagAsLogin(Request request) {
    return request.newBuilder().tag(Login.class, Login.INSTANCE).build();
  }

  static boolean isLogin(Request request) {
    return request.tag(Login.class) != null;
  }

  @Override
  public @Nullable Request authenticate(@Nullable Route route, Response response) throws IOException {
    Request request = response.request();
    if (isLogin(request)) return null;
    if (response.priorResponse() != null) return null; // already retried once
    String sent = sentCookies(response);
    synchronized (this) {
      if (sent.equals(cookieHeader(request))) {
        try {
          login.get();
        } catch (RuntimeException e) {
          // The login's own failure (a wrong password's 401, a 5xx, a dropped connection) says
          // more than the 401 that asked for it: the caller gets that one, unwrapped by Transport.
          response.close();
          throw e;
        }
      }
    }
    return request;
  }

  /** The {@code Cookie} header that went over the wire with the failed request. */
  private static String sentCookies(Response response) {
    Response network = response.networkResponse();
    String header = network != null ? network.request().header("Cookie") : null;
    return header != null ? header : "";
  }

  /** The {@code Cookie} header the jar would send now, built as OkHttp builds it. */
  private String cookieHeader(Request request) {
    List<Cookie> current = cookies.loadForRequest(request.url());
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < current.size(); i++) {
      if (i > 0) header.append("; ");
      header.append(current.get(i).name()).append('=').append(current.get(i).value());
    }
    return header.toString();
  }
}
