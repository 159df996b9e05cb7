package dev.flowkit.workflows.flow8;

import org.jspecify.annotations.Nullable;

/** A play's (or a layer's) state, as flow8's "Execution &amp; Plays" page lists them. */
public enum PlayState {
  /** Created, not yet started. */
  NEW(false),
  /** Running. */
  RUN(false),
  /** Completed successfully. */
  DONE(true),
  /** Failed at one or more steps. */
  FAIL(true),
  /** Skipped by the flow's logic. */
  SKIP(true),
  /** Every step was filtered out (a layer: its filters did not pass). */
  FILTERED(true),
  /** Queued for later. */
  DEFERRED(false),
  /** Waiting for an approval or an external event. */
  WAIT(false),
  /** Paused by hand. */
  ON_HOLD(false),
  /** A state this SDK does not know; the text is in the object's {@code json()}. */
  UNKNOWN(false);

  private final boolean terminal;

  PlayState(boolean terminal) {
    this.terminal = terminal;
  }

  /** Whether a play in this state will not change any more. */
  public boolean isTerminal() {
    return terminal;
  }

  /** The state for flow8's text; {@link #UNKNOWN} for a text this SDK does not know, null for none. */
  public static @Nullable PlayState of(@Nullable String text) {
    if (text == null) return null;
    for (PlayState s : values()) {
      if (s != UNKNOWN && s.name().equals(text)) return s;
    }
    return UNKNOWN;
  }
}
