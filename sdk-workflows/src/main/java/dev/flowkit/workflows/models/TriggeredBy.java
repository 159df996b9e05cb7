package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;

/**
 * What started a {@link FlowRun}; on the wire in lower case ({@code "manual"}, {@code "api"}…).
 *
 * <p>A value this SDK does not know yet decodes to {@link #UNKNOWN}; {@code UNKNOWN} cannot be sent.
 */
public enum TriggeredBy {
  /** Started by hand, from the platform's UI. */
  @Json(name = "manual")
  MANUAL,

  /** Started by a schedule. */
  @Json(name = "schedule")
  SCHEDULE,

  /** Started by an incoming webhook. */
  @Json(name = "webhook")
  WEBHOOK,

  /** Started through the API, for example by this SDK. */
  @Json(name = "api")
  API,

  /** A value the server sent that this SDK version does not know. */
  UNKNOWN
}
