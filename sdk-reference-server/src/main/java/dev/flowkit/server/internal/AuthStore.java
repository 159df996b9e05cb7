package dev.flowkit.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Users, workspaces, sessions and API keys. Thread-safe. */
public final class AuthStore {
  /** A seeded user with its one workspace and project. */
  public static final class User {
    public final String id;
    public final String email;
    final String password;
    public final String name;
    public final String workspaceId;
    public final String workspaceName;
    public final String projectId;

    User(String id, String email, String password, String name, String workspaceId,
        String workspaceName, String projectId) {
      this.id = id;
      this.email = email;
      this.password = password;
      this.name = name;
      this.workspaceId = workspaceId;
      this.workspaceName = workspaceName;
      this.projectId = projectId;
    }
  }

  /** An API key; {@code key} is the secret. */
  public static final class ApiKey implements Pagination.Item {
    final String id;
    final String name;
    final String key;
    final Instant created;
    @Nullable Instant lastUsed;
    final String userId;

    ApiKey(String id, String name, String key, Instant created, String userId) {
      this.id = id;
      this.name = name;
      this.key = key;
      this.created = created;
      this.userId = userId;
    }

    @Override public Instant created() {
      return created;
    }

    @Override public String id() {
      return id;
    }

    public Map<String, Object> json(boolean withKey) {
      Map<String, Object> m = Json.obj("id", id, "name", name);
      if (withKey) m.put("key", key);
      m.put("created", Json.time(created));
      m.put("updated", Json.time(created));
      m.put("lastUsed", lastUsed == null ? null : Json.time(lastUsed));
      return m;
    }
  }

  private final Platform platform;
  private final Map<String, User> usersByEmail = new LinkedHashMap<>();
  private final Map<String, User> usersById = new HashMap<>();
  private final Map<String, String> sessions = new HashMap<>(); // token -> userId
  private final Map<String, ApiKey> keysById = new LinkedHashMap<>();
  private final Map<String, ApiKey> keysBySecret = new HashMap<>();

  public AuthStore(Platform platform) {
    this.platform = platform;
  }

  public synchronized User addUser(String email, String password, String name, String workspaceName) {
    User u = new User(platform.id("usr"), email, password, name, platform.id("ws"), workspaceName,
        platform.id("proj"));
    usersByEmail.put(email.toLowerCase(java.util.Locale.ROOT), u);
    usersById.put(u.id, u);
    return u;
  }

  public synchronized User user(String id) {
    User u = usersById.get(id);
    if (u == null) throw new IllegalStateException("no user " + id);
    return u;
  }

  /** Checks the password and opens a session; returns the session token. */
  public synchronized String login(String email, String password) {
    User u = usersByEmail.get(email.toLowerCase(java.util.Locale.ROOT));
    if (u == null || !u.password.equals(password)) {
      throw ApiException.unauthenticated("Email or password is wrong");
    }
    String token = platform.secret("sess_");
    sessions.put(token, u.id);
    return token;
  }

  public synchronized String userForSession(String token) {
    String userId = sessions.get(token);
    if (userId == null) throw ApiException.unauthenticated("Session expired");
    return userId;
  }

  public synchronized void logout(@Nullable String token) {
    if (token != null) sessions.remove(token);
  }

  public synchronized void expireAllSessions() {
    sessions.clear();
  }

  public synchronized ApiKey createKey(String userId, String name) {
    ApiKey k = new ApiKey(platform.id("key"), name, platform.secret("fk_"), platform.now(), userId);
    keysById.put(k.id, k);
    keysBySecret.put(k.key, k);
    return k;
  }

  public synchronized List<ApiKey> keys(String workspaceId) {
    List<ApiKey> out = new ArrayList<>();
    for (ApiKey k : keysById.values()) {
      if (user(k.userId).workspaceId.equals(workspaceId)) out.add(k);
    }
    return out;
  }

  public synchronized void revokeKey(Principal p, String id) {
    ApiKey k = keysById.get(id);
    if (k == null) throw ApiException.notFound("API_KEY_NOT_FOUND", "API key", id);
    if (!user(k.userId).workspaceId.equals(p.workspaceId)) throw ApiException.forbidden("API key", id);
    keysById.remove(id);
    keysBySecret.remove(k.key);
  }

  /** The caller of a request, or 401. Credentials are tried in order: bearer, X-API-KEY, cookie. */
  public synchronized Principal authenticate(Call call) {
    String auth = call.header("Authorization");
    if (auth != null) {
      if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw ApiException.unauthenticated("Authorization must be 'Bearer <api key>'");
      }
      return byKey(auth.substring(7).trim());
    }
    String headerKey = call.header("X-API-KEY");
    if (headerKey != null) return byKey(headerKey.trim());
    String token = sessionToken(call);
    if (token != null) {
      String userId = sessions.get(token);
      if (userId == null) {
        throw ApiException.unauthenticated("The session has expired or was logged out; log in again");
      }
      User u = user(userId);
      return new Principal(u.id, u.workspaceId, u.projectId, "session:" + u.id);
    }
    throw ApiException.unauthenticated(
        "No credentials: log in for an iai_session cookie or send an API key");
  }

  /** The caller by session cookie only (platforms whose only login is the session), or 401. */
  public synchronized Principal authenticateSession(Call call, String missing) {
    String token = sessionToken(call);
    if (token == null) throw ApiException.unauthenticated(missing);
    String userId = sessions.get(token);
    if (userId == null) {
      throw ApiException.unauthenticated("The session has expired or was logged out; log in again");
    }
    User u = user(userId);
    return new Principal(u.id, u.workspaceId, u.projectId, "session:" + u.id);
  }

  /** The caller by API key secret only, or 401. */
  public synchronized Principal authenticateKey(String secret) {
    return byKey(secret.trim());
  }

  private Principal byKey(String secret) {
    ApiKey k = keysBySecret.get(secret);
    if (k == null) throw ApiException.unauthenticated("The API key is unknown or was revoked");
    k.lastUsed = platform.now();
    User u = user(k.userId);
    return new Principal(u.id, u.workspaceId, u.projectId, "key:" + k.id);
  }

  /** The {@code iai_session} cookie value, if sent. */
  public static @Nullable String sessionToken(Call call) {
    for (String header : call.headers.values("Cookie")) {
      for (String part : header.split(";")) {
        String p = part.trim();
        if (p.startsWith("iai_session=")) {
          String v = p.substring("iai_session=".length());
          return v.isEmpty() ? null : v;
        }
      }
    }
    return null;
  }

  public Map<String, Object> sessionJson(User u) {
    return Json.obj(
        "authenticated", true,
        "user", Json.obj("id", u.id, "email", u.email, "name", u.name),
        "workspace", Json.obj("workspaceId", u.workspaceId, "name", u.workspaceName, "role", "owner"));
  }
}
