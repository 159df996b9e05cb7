package dev.flowkit.workflows;

import dev.flowkit.workflows.internal.ApiCall;
import dev.flowkit.workflows.internal.CrudCalls;
import dev.flowkit.workflows.internal.PageEnvelope;
import dev.flowkit.workflows.internal.Rest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The calls of sessions and API keys. */
final class AuthCalls {
  private final Rest rest;
  private final CrudCalls<ApiKey> keys;

  AuthCalls(Rest rest) {
    this.rest = rest;
    this.keys = new CrudCalls<>(rest, ApiKey.class, "apiKeyId", "api", "auth", "api-keys");
  }

  ApiCall<Session> login(String email, String password) {
    Objects.requireNonNull(email, "email == null");
    Objects.requireNonNull(password, "password == null");
    if (email.trim().isEmpty()) throw new IllegalArgumentException("email is empty");
    Map<String, String> body = new LinkedHashMap<>();
    body.put("email", email);
    body.put("password", password);
    return rest.send("POST", Session.class, body, "api", "auth", "login");
  }

  ApiCall<Session> session() {
    return rest.get(Session.class, "api", "auth", "session");
  }

  ApiCall<@Nullable Void> logout() {
    return rest.delete("api", "auth", "session");
  }

  ApiCall<CreatedApiKey> createApiKey(String name) {
    return keys.create(CreatedApiKey.class, CreateApiKeyParams.of(name));
  }

  ApiCall<PageEnvelope<ApiKey>> listApiKeys(ListParams params) {
    return keys.list(Objects.requireNonNull(params, "params == null").toQuery());
  }

  ApiCall<@Nullable Void> revokeApiKey(String apiKeyId) {
    return keys.delete(apiKeyId);
  }
}
