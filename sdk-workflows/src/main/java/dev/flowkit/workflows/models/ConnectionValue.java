package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The secret part of an app connection, sent on upsert and never returned. Pick the factory
 * that matches the connection's {@link ConnectionType}. {@link #toString()} never shows it.
 */
public final class ConnectionValue {
  private final Map<String, Object> fields;

  ConnectionValue(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** For {@link ConnectionType#SECRET_TEXT}: {@code {"secret_text": secret}}. */
  public static ConnectionValue secretText(String secret) {
    Objects.requireNonNull(secret, "secret == null");
    return new ConnectionValue(Collections.<String, Object>singletonMap("secret_text", secret));
  }

  /** For {@link ConnectionType#BASIC_AUTH}: {@code {"username": …, "password": …}}. */
  public static ConnectionValue basicAuth(String username, String password) {
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(password, "password == null");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("username", username);
    fields.put("password", password);
    return new ConnectionValue(Collections.unmodifiableMap(fields));
  }

  /**
   * For the OAuth 2 types: {@code {"access_token": …, "refresh_token": …}}, the refresh token
   * left out when null.
   */
  public static ConnectionValue oauth2(String accessToken, @Nullable String refreshToken) {
    Objects.requireNonNull(accessToken, "accessToken == null");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("access_token", accessToken);
    if (refreshToken != null) fields.put("refresh_token", refreshToken);
    return new ConnectionValue(Collections.unmodifiableMap(fields));
  }

  /**
   * Any JSON object, e.g. {@link ConnectionType#CUSTOM_AUTH} properties or a piece's own shape
   * such as {@code {"api_key": "xoxb-…"}}; the map is copied.
   */
  public static ConnectionValue custom(Map<String, ?> fields) {
    Objects.requireNonNull(fields, "fields == null");
    return new ConnectionValue(Models.copyOf(fields, "fields"));
  }

  /** For {@link ConnectionType#NO_AUTH}: an empty object. */
  public static ConnectionValue none() {
    return new ConnectionValue(Collections.<String, Object>emptyMap());
  }

  /** The names of the fields this value sends; the values themselves are not exposed. */
  public Set<String> fieldNames() {
    return fields.keySet();
  }

  /** The value of params that hold {@code fields} as sent. */
  static ConnectionValue wrap(Map<String, Object> fields) {
    return new ConnectionValue(fields);
  }

  /** The JSON object to send, read-only. */
  Map<String, Object> asMap() {
    return fields;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    return o instanceof ConnectionValue && fields.equals(((ConnectionValue) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the field names only: {@code ConnectionValue{username=<redacted>, …}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConnectionValue{");
    boolean first = true;
    for (String name : fields.keySet()) {
      if (!first) sb.append(", ");
      sb.append(name).append("=<redacted>");
      first = false;
    }
    return sb.append('}').toString();
  }
}
