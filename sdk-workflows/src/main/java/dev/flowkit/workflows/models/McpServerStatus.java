package dev.flowkit.workflows.models;

/**
 * Whether an MCP server answers its clients.
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link McpServer#statusAsString()}.
 * {@code UNKNOWN} is never sent: a request holding it is refused before it leaves.
 */
public enum McpServerStatus {
  /** Answers with its tools. */
  ENABLED,

  /** Refuses its clients. */
  DISABLED,

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
