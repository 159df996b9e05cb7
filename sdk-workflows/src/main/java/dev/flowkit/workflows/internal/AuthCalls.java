package dev.flowkit.workflows.internal;

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
  private final CrudCalls<ApiKey> keys;

  public AuthCalls(Rest rest) {
    this.rest = rest;
    this.keys = new CrudCalls<>(rest, ApiKey.class, "apiKeyId", "api", "auth", "api-keys");
  }

  public ApiCall<Session> login(String email, String password) {
    Objects.requireNonNull(email, "email == null");
    Objects.requireNonNull(password, "password == null");
    if (email.trim().isEmpty()) throw new IllegalArgumentException("email is empty");
    Map<String, String> body = new LinkedHashMap<>();
    body.put("email", email);
    body.put("password", password);
    return rest.send("POST", Session.class, body, "api", "auth", "login");
  }

  public ApiCall<Session> session() {
    return rest.get(Session.class, "api", "auth", "session");
  }

  public ApiCall<@Nullable Void> logout() {
    return rest.delete("api", "auth", "session");
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
