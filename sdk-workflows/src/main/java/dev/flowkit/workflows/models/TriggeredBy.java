package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;

/**
 * What started a {@link FlowRun}; on the wire in lower case ({@code "manual"}, {@code "api"}…).
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link
 * FlowRun#triggeredByAsString()}. {@code UNKNOWN} is never sent: a request holding it is refused
 * before it leaves.
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

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
