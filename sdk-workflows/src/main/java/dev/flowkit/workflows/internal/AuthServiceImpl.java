package dev.flowkit.workflows.internal;

import dev.flowkit.core.Page;
import dev.flowkit.core.internal.SessionCookieJar;
import dev.flowkit.workflows.AuthService;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.Session;

/** Sessions and API keys, blocking. */
public final class AuthServiceImpl implements AuthService {
  private final AuthCalls calls;
  private final SessionCookieJar cookies;

  public AuthServiceImpl(AuthCalls calls, SessionCookieJar cookies) {
    this.calls = calls;
    this.cookies = cookies;
  }

  @Override
  public Session login(String email, String password) {
    return calls.login(email, password).execute();
  }

  @Override
  public Session getSession() {
    return calls.session().execute();
  }

  @Override
  public void logout() {
    try {
      calls.logout().execute();
    } finally {
      cookies.clear();
    }
  }

  @Override
  public CreatedApiKey createApiKey(String name) {
    return calls.createApiKey(name).execute();
  }

  @Override
  public Page<ApiKey> listApiKeys(ListParams params) {
    return calls.listApiKeys(params).execute().toPage(cursor -> listApiKeys(params.withCursor(cursor)));
  }

  @Override
  public void revokeApiKey(String apiKeyId) {
    calls.revokeApiKey(apiKeyId).execute();
  }
}
