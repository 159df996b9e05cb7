package dev.flowkit.core.internal;

import dev.flowkit.core.CookieStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * A thread-safe {@link CookieJar} that holds the platform's session cookie ({@code iai_session})
 * the way a browser would: {@link Cookie#matches(HttpUrl)} decides where a cookie goes
 * (host-only versus domain cookies, path, {@code Secure} only over https), expired cookies
 * are dropped, and a cookie replaces the one with the same name, domain and path.
 *
 * <p>Persistence is pluggable through {@link CookieStore}; the default keeps memory only.
 * {@link #toString()} never prints cookie values.
 */
public final class SessionCookieJar implements CookieJar {
  private final CookieStore store;
  private final Clock clock;
  private final List<Cookie> cookies = new ArrayList<>();

  /** A jar backed by {@code store}; {@code clock} decides expiry (tests pass a fixed one). */
  public SessionCookieJar(CookieStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    long now = clock.millis();
    for (Cookie cookie : store.load()) {
      if (cookie.expiresAt() > now) put(cookie);
    }
  }

  @Override
  public void saveFromResponse(HttpUrl url, List<Cookie> received) {
    List<Cookie> snapshot;
    synchronized (this) {
      long now = clock.millis();
      for (Cookie cookie : received) {
        // An expired cookie (Max-Age=0 or a past Expires) is how a server deletes one.
        if (cookie.expiresAt() <= now) {
          remove(cookie);
        } else {
          put(cookie);
        }
      }
      snapshot = snapshotLocked(now);
    }
    store.save(snapshot);
  }

  @Override
  public List<Cookie> loadForRequest(HttpUrl url) {
    List<Cookie> result = new ArrayList<>();
    boolean expired = false;
    List<Cookie> snapshot = null;
    synchronized (this) {
      long now = clock.millis();
      for (Iterator<Cookie> i = cookies.iterator(); i.hasNext(); ) {
        Cookie cookie = i.next();
        if (cookie.expiresAt() <= now) {
          i.remove();
          expired = true;
        } else if (cookie.matches(url)) {
          result.add(cookie);
        }
      }
      if (expired) snapshot = snapshotLocked(now);
    }
    if (snapshot != null) store.save(snapshot);
    return result;
  }

  /** Returns the cookies that have not expired, for inspection. */
  public synchronized List<Cookie> cookies() {
    return snapshotLocked(clock.millis());
  }

  /** Forgets every cookie, as a logout does. */
  public void clear() {
    synchronized (this) {
      cookies.clear();
    }
    store.save(Collections.<Cookie>emptyList());
  }

  private void put(Cookie cookie) {
    remove(cookie);
    cookies.add(cookie);
  }

  private void remove(Cookie cookie) {
    for (Iterator<Cookie> i = cookies.iterator(); i.hasNext(); ) {
      Cookie existing = i.next();
      if (existing.name().equals(cookie.name())
          && existing.domain().equals(cookie.domain())
          && existing.path().equals(cookie.path())) {
        i.remove();
      }
    }
  }

  private List<Cookie> snapshotLocked(long now) {
    List<Cookie> live = new ArrayList<>(cookies.size());
    for (Cookie cookie : cookies) {
      if (cookie.expiresAt() > now) live.add(cookie);
    }
    return Collections.unmodifiableList(live);
  }

  @Override
  public synchronized String toString() {
    StringBuilder result = new StringBuilder("SessionCookieJar[");
    for (int i = 0; i < cookies.size(); i++) {
      Cookie cookie = cookies.get(i);
      if (i > 0) result.append(", ");
      result.append(cookie.name()).append("=<redacted>; domain=").append(cookie.domain());
    }
    return result.append(']').toString();
  }
}
