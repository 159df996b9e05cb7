package dev.flowkit.workflows.iaiflow;

import org.jspecify.annotations.Nullable;

/** A flow's status on IAI Flow: {@code draft}, {@code active} (runs) or {@code archived}. */
public enum WorkflowStatus {
  /** Being edited; not run. */
  DRAFT("draft"),
  /** Published and enabled: it runs. */
  ACTIVE("active"),
  /** Put away; not run. */
  ARCHIVED("archived"),
  /** A status this SDK does not know; the platform's text is in {@code statusAsString()}. */
  UNKNOWN("");

  private final String wire;

  WorkflowStatus(String wire) {
    this.wire = wire;
  }

  /** The status as the platform writes it; {@code UNKNOWN} has none and cannot be sent. */
  public String wire() {
    if (this == UNKNOWN) throw new IllegalStateException("UNKNOWN is not a status the platform knows");
    return wire;
  }

  /** The constant the platform's {@code text} names; {@code UNKNOWN} for any other, or null. */
  public static WorkflowStatus of(@Nullable String text) {
    for (WorkflowStatus s : values()) {
      if (s != UNKNOWN && s.wire.equals(text)) return s;
    }
    return UNKNOWN;
  }
}
