package dev.flowkit.workflows.iaiflow;

import org.jspecify.annotations.Nullable;

/** A step log's status on IAI Flow: {@code success}, {@code failed} or {@code skipped}. */
public enum StepStatus {
  /** The node ran and succeeded. */
  SUCCESS("success"),
  /** The node ran and failed; see {@code error()}. */
  FAILED("failed"),
  /** No path of the flow reached the node. */
  SKIPPED("skipped"),
  /** A status this SDK does not know; the platform's text is in {@code statusAsString()}. */
  UNKNOWN("");

  private final String wire;

  StepStatus(String wire) {
    this.wire = wire;
  }

  /** The constant the platform's {@code text} names; {@code UNKNOWN} for any other, or null. */
  public static StepStatus of(@Nullable String text) {
    for (StepStatus s : values()) {
      if (s != UNKNOWN && s.wire.equals(text)) return s;
    }
    return UNKNOWN;
  }
}
