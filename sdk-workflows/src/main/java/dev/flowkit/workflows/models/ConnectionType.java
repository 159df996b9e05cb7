package dev.flowkit.workflows.models;

/**
 * How an app connection authenticates.
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link
 * AppConnection#typeAsString()}. {@code UNKNOWN} is never sent: a request holding it is refused
 * before it leaves.
 */
public enum ConnectionType {
  /** A single secret, such as an API key. */
  SECRET_TEXT,

  /** A user name and password. */
  BASIC_AUTH,

  /** OAuth 2 tokens obtained by the client. */
  OAUTH2,

  /** OAuth 2 through the platform's cloud app. */
  CLOUD_OAUTH2,

  /** OAuth 2 through a platform-owned app. */
  PLATFORM_OAUTH2,

  /** Free-form properties defined by the piece. */
  CUSTOM_AUTH,

  /** No credentials. */
  NO_AUTH,

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
