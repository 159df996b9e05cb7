package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** IAI Flow's health check: {@code {"ok": true, "ts": "…"}}. */
public final class Health {
  @Json(name = "ok")
  private final boolean ok;
  @Json(name = "ts")
  private final @Nullable Instant ts;

  Health(boolean ok, @Nullable Instant ts) {
    this.ok = ok;
    this.ts = ts;
  }

  /** Whether the platform says it is healthy. */
  public boolean ok() {
    return ok;
  }

  /** The platform's clock when it answered, or null if it did not say. */
  public @Nullable Instant ts() {
    return ts;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof Health)) return false;
    Health that = (Health) o;
    return ok == that.ok && Objects.equals(ts, that.ts);
  }

  @Override public int hashCode() {
    return Objects.hash(ok, ts);
  }

  @Override public String toString() {
    return "Health{ok=" + ok + ", ts=" + ts + "}";
  }
}
