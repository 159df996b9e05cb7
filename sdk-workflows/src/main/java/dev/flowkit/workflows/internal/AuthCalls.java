package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The calls of sessions and API keys. */
public final class AuthCalls {
  private final Rest rest;
  private final Rest loginRest;
  private final CrudCalls<ApiKey> keys;

  /** Calls on {@code rest}; logins go through {@code loginRest}, whose client has no authenticator. */
  public AuthCalls(Rest rest, Rest loginRest) {
    this.rest = rest;
    this.loginRest = loginRest;
    this.keys = new CrudCalls<>(rest, ApiKey.class, "apiKeyId", Operation.LIST_API_KEYS, null,
        Operation.CREATE_API_KEY, null, Operation.REVOKE_API_KEY);
  }

  public ApiCall<Session> login(String email, String password) {
    Objects.requireNonNull(email, "email == null");
    Objects.requireNonNull(password, "password == null");
    if (email.trim().isEmpty()) throw new IllegalArgumentException("email is empty");
    Map<String, String> body = new LinkedHashMap<>();
    body.put("email", email);
    body.put("password", password);
    ApiCall<Session> call = loginRest.call(Operation.LOGIN).body(body).returning(Session.class);
    return call.withRequest(LoginAuthenticator.tagAsLogin(call.request()));
  }

  public ApiCall<Session> session() {
    return rest.call(Operation.GET_SESSION).returning(Session.class);
  }

  public ApiCall<@Nullable Void> logout() {
    return rest.call(Operation.LOGOUT).noContent();
  }

  public ApiCall<CreatedApiKey> createApiKey(String name) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("name", Models.checkNotEmpty(name, "name"));
    return keys.create(CreatedApiKey.class, body);
  }

  public ApiCall<PageEnvelope<ApiKey>> listApiKeys(ListParams params) {
    return keys.list(Queries.of(params));
  }

  public ApiCall<@Nullable Void> revokeApiKey(String apiKeyId) {
    return keys.delete(apiKeyId);
  }
}
