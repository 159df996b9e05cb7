package dev.flowkit.workflows.internal;

import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import org.jspecify.annotations.Nullable;

/**
 * Logs in again when the session has expired: on a 401 it runs the login once and repeats the
 * request, whose cookie then comes fresh from the jar. A 401 from the login itself, or a
 * second 401 in a row, is the caller's to see. Concurrent 401s share one login.
 */
public final class LoginAuthenticator implements Authenticator {
  private final Supplier<Object> login;
  private final String loginPath;
  private long logins;

  /** {@code login} logs in (and throws if it cannot); {@code loginPath} is its URL's path. */
  public LoginAuthenticator(Supplier<Object> login, String loginPath) {
    this.login = login;
    this.loginPath = loginPath;
  }

  @Override
  public @Nullable Request authenticate(@Nullable Route route, Response response) throws IOException {
    Request request = response.request();
    if (request.url().encodedPath().equals(loginPath)) return null;
    if (response.priorResponse() != null) return null; // already retried once
    long seen;
    synchronized (this) {
      seen = logins;
    }
    synchronized (this) {
      if (logins == seen) {
        try {
          login.get();
        } catch (RuntimeException e) {
          return null; // let the caller see the original 401
        }
        logins++;
      }
    }
    return request;
  }
}
