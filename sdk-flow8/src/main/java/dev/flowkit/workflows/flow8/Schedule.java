package dev.flowkit.workflows.flow8;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A schedule that starts plays of a flow: {@code {id, flowId, name, cron | intervalSeconds, args,
 * enabled, nextRunAt, lastRunAt, lastPlayId}}.
 */
public final class Schedule extends Flow8Json {
  /** Wraps flow8's JSON. */
  public Schedule(Map<String, ?> json) {
    super(json);
  }

  /** The schedule's id. */
  public String id() {
    return requiredId();
  }

  /** The flow it runs. */
  public @Nullable String flowId() {
    return string("flowId");
  }

  /** Its name, or null. */
  public @Nullable String name() {
    return string("name");
  }

  /** Its cron expression (five UTC fields), or null for an interval. */
  public @Nullable String cron() {
    return string("cron");
  }

  /** Its interval in seconds, or null for a cron expression. */
  public @Nullable Long intervalSeconds() {
    return whole("intervalSeconds");
  }

  /** The args each play gets. */
  public Map<String, Object> args() {
    return object("args");
  }

  /** Whether it fires. */
  public boolean enabled() {
    return Boolean.TRUE.equals(bool("enabled"));
  }

  /** When it fires next, or null. */
  public @Nullable Instant nextRunAt() {
    return instant("nextRunAt");
  }

  /** When it last fired, or null. */
  public @Nullable Instant lastRunAt() {
    return instant("lastRunAt");
  }

  /** The play it last started, or null. */
  public @Nullable String lastPlayId() {
    return string("lastPlayId");
  }
}
