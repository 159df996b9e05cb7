package dev.flowkit.core;

/**
 * How much of each HTTP exchange Flowkit logs to the {@code java.util.logging} logger
 * {@code dev.flowkit.http} (level {@code INFO}; on Android it reaches logcat). Secrets never
 * reach the log: credentials, API keys, cookies, session and MCP tokens and connection values
 * are replaced by {@code ██} at every level.
 */
public enum HttpLogLevel {
  /** No logging, the default. */
  NONE,
  /** Method, URL, status, duration and body sizes: one line per request and per response. */
  BASIC,
  /** {@link #BASIC} plus the headers, with secret ones redacted. */
  HEADERS,
  /**
   * {@link #HEADERS} plus JSON bodies up to 64 KiB with secret fields redacted. Event streams,
   * larger bodies and bodies that are not JSON are described, not printed.
   */
  BODY
}
