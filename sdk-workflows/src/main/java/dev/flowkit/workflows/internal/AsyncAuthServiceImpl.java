package dev.flowkit.workflows.internal;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.internal.SessionCookieJar;
import dev.flowkit.workflows.AsyncAuthService;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.Session;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Sessions and API keys, asynchronously. */
public final class AsyncAuthServiceImpl implements AsyncAuthService {
  private final AuthCalls calls;
  private final SessionCookieJar cookies;

  public AsyncAuthServiceImpl(AuthCalls calls, SessionCookieJar cookies) {
    this.calls = calls;
    this.cookies = cookies;
  }

  @Override
  public CompletableFuture<Session> login(String email, String password) {
    return calls.login(email, password).executeAsync();
  }

  @Override
  public CompletableFuture<Session> getSession() {
    return calls.session().executeAsync();
  }

  @Override
  public CompletableFuture<@Nullable Void> logout() {
    CompletableFuture<@Nullable Void> call = calls.logout().executeAsync();
    CompletableFuture<@Nullable Void> result = call.whenComplete((ignored, error) -> cookies.clear());
    result.whenComplete((ignored, error) -> {
      if (result.isCancelled()) call.cancel(true); // the derived future's cancel reaches the call
    });
    return result;
  }

  @Override
  public CompletableFuture<CreatedApiKey> createApiKey(String name) {
    return calls.createApiKey(name).executeAsync();
  }

  @Override
  public CompletableFuture<AsyncPage<ApiKey>> listApiKeys(ListParams params) {
    return calls.listApiKeys(params)
        .map(page -> page.toAsyncPage(cursor -> listApiKeys(params.withCursor(cursor))))
        .executeAsync();
  }

  @Override
  public CompletableFuture<@Nullable Void> revokeApiKey(String apiKeyId) {
    return calls.revokeApiKey(apiKeyId).executeAsync();
  }
}
