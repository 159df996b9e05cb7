package dev.flowkit.workflows.flow8;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One flowlet's execution in a play: {@code {id, ref, state, startedAt, completedAt, out}}. */
public final class PlayLayer extends Flow8Json {
  /** Wraps flow8's JSON. */
  public PlayLayer(Map<String, ?> json) {
    super(json);
  }

  /** The layer's id (what an approval names). */
  public String id() {
    return requiredId();
  }

  /** Its flowlet's ref. */
  public @Nullable String ref() {
    return string("ref");
  }

  /** Its state; {@link PlayState#WAIT} while it waits for an approval. */
  public @Nullable PlayState state() {
    return PlayState.of(string("state"));
  }

  /** When it started, or null. */
  public @Nullable Instant startedAt() {
    return instant("startedAt");
  }

  /** When it ended, or null. */
  public @Nullable Instant completedAt() {
    return instant("completedAt");
  }

  /** The module's output, or null. */
  public @Nullable Object out() {
    return json().get("out");
  }
}
