package dev.flowkit.core.internal;

import dev.flowkit.core.CookieStore;
import java.util.Collections;
import java.util.List;
import okhttp3.Cookie;

/** The memory-only {@link CookieStore}: keeps nothing beyond the jar itself. */
public enum InMemoryCookieStore implements CookieStore {
  /** The one instance. */
  INSTANCE;

  @Override
  public List<Cookie> load() {
    return Collections.emptyList();
  }

  @Override
  public void save(List<Cookie> cookies) {}
}
