package dev.flowkit.workflows.models;

/**
 * Whether an MCP server answers its clients.
 *
 * <p>A value this SDK does not know yet decodes to {@link #UNKNOWN}; {@code UNKNOWN} cannot be sent.
 */
public enum McpServerStatus {
  /** Answers with its tools. */
  ENABLED,

  /** Refuses its clients. */
  DISABLED,

  /** A value the server sent that this SDK version does not know. */
  UNKNOWN
}
