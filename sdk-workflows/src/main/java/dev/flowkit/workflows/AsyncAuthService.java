package dev.flowkit.workflows;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.Session;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The calls of {@link AuthService}, returning {@link CompletableFuture}s; get it from {@code
 * client.async().auth()}. Threads as in {@link AsyncWorkflows}.
 */
public interface AsyncAuthService {
  /** As {@link AuthService#login(String, String)}. */
  CompletableFuture<Session> login(String email, String password);

  /** As {@link AuthService#getSession()}. */
  CompletableFuture<Session> getSession();

  /** As {@link AuthService#logout()}; the cookie is forgotten whatever the outcome. */
  CompletableFuture<@Nullable Void> logout();

  /** As {@link AuthService#createApiKey(String)}. */
  CompletableFuture<CreatedApiKey> createApiKey(String name);

  /** As {@link AuthService#listApiKeys(ListParams)}. */
  CompletableFuture<AsyncPage<ApiKey>> listApiKeys(ListParams params);

  /** As {@link AuthService#listApiKeys()}. */
  default CompletableFuture<AsyncPage<ApiKey>> listApiKeys() {
    return listApiKeys(ListParams.none());
  }

  /** As {@link AuthService#revokeApiKey(String)}. */
  CompletableFuture<@Nullable Void> revokeApiKey(String apiKeyId);
}
