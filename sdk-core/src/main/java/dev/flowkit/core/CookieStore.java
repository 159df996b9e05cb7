package dev.flowkit.core;

import dev.flowkit.core.internal.InMemoryCookieStore;
import java.util.List;
import okhttp3.Cookie;

/**
 * Where the client's session cookie jar keeps its cookies between process starts. The jar itself
 * is the live, thread-safe copy; the store only loads once and receives a snapshot after every
 * change, so an Android app can persist the session (for example, encrypted in its preferences).
 *
 * <p>Implementations are called from OkHttp's threads and must not block for long.
 */
public interface CookieStore {
  /** Returns the cookies saved earlier; called once, when the jar is created. */
  List<Cookie> load();

  /** Receives every cookie the jar now holds (expired ones already dropped). */
  void save(List<Cookie> cookies);

  /** A store that keeps nothing: the session lives only as long as the client. */
  static CookieStore inMemory() {
    return InMemoryCookieStore.INSTANCE;
  }

}
