package dev.flowkit.workflows;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.Session;

/**
 * Signing in and API keys. A session login keeps its {@code iai_session} cookie in the
 * client's cookie jar, so every later call is authenticated.
 */
public interface AuthService {
  /**
   * Logs in with email and password and keeps the session cookie.
   *
   * @throws dev.flowkit.core.UnauthorizedException if the credentials are wrong
   */
  Session login(String email, String password);

  /** The current session's user and workspace; an {@link dev.flowkit.core.UnauthorizedException} if none. */
  Session getSession();

  /** Ends the session on the server and forgets its cookie. */
  void logout();

  /** Creates an API key. Its secret is in the result, and never shown again: store it now. */
  CreatedApiKey createApiKey(String name);

  /** One page of the workspace's API keys, without their secrets. */
  Page<ApiKey> listApiKeys(ListParams params);

  /** The first page of API keys. */
  default Page<ApiKey> listApiKeys() {
    return listApiKeys(ListParams.none());
  }

  /** Revokes a key; it stops working at once. */
  void revokeApiKey(String apiKeyId);
}
