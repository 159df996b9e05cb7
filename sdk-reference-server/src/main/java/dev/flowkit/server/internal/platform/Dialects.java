package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.Services;

/** What several dialects share. */
final class Dialects {
  private Dialects() {}

  /** The {@code iai_session} cookie as login sets it, or as logout expires it. */
  static String cookie(Services s, String token, boolean expire) {
    StringBuilder sb = new StringBuilder("iai_session=").append(token).append("; Path=/; HttpOnly");
    sb.append(s.platform.tls ? "; SameSite=None; Secure" : "; SameSite=Lax");
    if (expire) sb.append("; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    return sb.toString();
  }
}
