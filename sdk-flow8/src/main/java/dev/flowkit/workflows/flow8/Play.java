package dev.flowkit.workflows.flow8;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One execution of a flow (flow8's "Executions" page): {@code {id, flowId, state, startedAt,
 * completedAt, duration, args}}.
 */
public final class Play extends Flow8Json {
  /** Wraps flow8's JSON. */
  public Play(Map<String, ?> json) {
    super(json);
  }

  /** The play's id. */
  public String id() {
    return requiredId();
  }

  /** Its flow's id. */
  public @Nullable String flowId() {
    return string("flowId");
  }

  /** Its state; {@link PlayState#UNKNOWN} for one this SDK does not know ({@link #stateAsString()}). */
  public @Nullable PlayState state() {
    return PlayState.of(string("state"));
  }

  /** Its state as flow8 wrote it. */
  public @Nullable String stateAsString() {
    return string("state");
  }

  /** When it started, or null. */
  public @Nullable Instant startedAt() {
    return instant("startedAt");
  }

  /** When it ended, or null while it runs. */
  public @Nullable Instant completedAt() {
    return instant("completedAt");
  }

  /** How long it ran, in milliseconds, or null. */
  public @Nullable Long duration() {
    return whole("duration");
  }

  /** The args it was started with. */
  public Map<String, Object> args() {
    return object("args");
  }

  /** Whether it has ended. */
  public boolean isTerminal() {
    PlayState s = state();
    return s != null && s.isTerminal();
  }
}
