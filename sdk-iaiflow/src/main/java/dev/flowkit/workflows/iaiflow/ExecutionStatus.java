package dev.flowkit.workflows.iaiflow;

import org.jspecify.annotations.Nullable;

/** A run's status on IAI Flow: {@code pending}, {@code running}, {@code success} or {@code failed}. */
public enum ExecutionStatus {
  /** Waiting to start. */
  PENDING("pending", false),
  /** Running. */
  RUNNING("running", false),
  /** Ended well; the run has its output. */
  SUCCESS("success", true),
  /** Ended with an error; see {@code errorText()}. */
  FAILED("failed", true),
  /** A status this SDK does not know; the platform's text is in {@code statusAsString()}. Not terminal. */
  UNKNOWN("", false);

  private final String wire;
  private final boolean terminal;

  ExecutionStatus(String wire, boolean terminal) {
    this.wire = wire;
    this.terminal = terminal;
  }

  /** The status as the platform writes it; {@code UNKNOWN} has none and cannot be sent. */
  public String wire() {
    if (this == UNKNOWN) throw new IllegalStateException("UNKNOWN is not a status the platform knows");
    return wire;
  }

  /** Whether a run in this status has ended. */
  public boolean isTerminal() {
    return terminal;
  }

  /** The constant the platform's {@code text} names; {@code UNKNOWN} for any other, or null. */
  public static ExecutionStatus of(@Nullable String text) {
    for (ExecutionStatus s : values()) {
      if (s != UNKNOWN && s.wire.equals(text)) return s;
    }
    return UNKNOWN;
  }
}
