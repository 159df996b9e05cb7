package dev.flowkit.core;

/** Which header carries the API key. */
public enum ApiKeyHeader {
  /** {@code Authorization: Bearer <key>}, the default. */
  AUTHORIZATION_BEARER,
  /** {@code X-API-KEY: <key>}, as FlowAI-style platforms expect. */
  X_API_KEY
}
