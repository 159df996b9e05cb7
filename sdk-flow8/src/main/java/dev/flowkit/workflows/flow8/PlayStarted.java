package dev.flowkit.workflows.flow8;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a run answers: {@code {playId, state, startedAt}}. */
public final class PlayStarted extends Flow8Json {
  /** Wraps flow8's JSON. */
  public PlayStarted(Map<String, ?> json) {
    super(json);
  }

  /** The new play's id (or, for an idempotency key used before, the first play's). */
  public String playId() {
    String id = string("playId");
    if (id == null) throw new IllegalStateException("PlayStarted has no playId: " + json());
    return id;
  }

  /** Its state ({@code RUN} when it just started). */
  public @Nullable PlayState state() {
    return PlayState.of(string("state"));
  }

  /** When it started, or null. */
  public @Nullable Instant startedAt() {
    return instant("startedAt");
  }
}
