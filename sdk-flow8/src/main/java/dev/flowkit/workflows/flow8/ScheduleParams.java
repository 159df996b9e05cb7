package dev.flowkit.workflows.flow8;

import java.util.Map;

/**
 * A schedule to create ({@code flowId} and a {@code cron} or an {@code intervalSeconds}) or the
 * fields of one to change.
 */
public final class ScheduleParams extends Flow8Json {
  ScheduleParams(Map<String, ?> json) {
    super(json);
  }

  /** Starts the params. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScheduleParams}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** The flow it runs. */
    public Builder flowId(String flowId) {
      return text("flowId", flowId);
    }

    /** Its name. */
    public Builder name(String name) {
      return text("name", name);
    }

    /** A five-field cron expression in UTC (minute hour day-of-month month day-of-week). */
    public Builder cron(String cron) {
      fields.remove("intervalSeconds");
      return text("cron", cron);
    }

    /** Fire every {@code seconds} (at least 1) instead of by cron. */
    public Builder intervalSeconds(long seconds) {
      fields.remove("cron");
      return atLeast("intervalSeconds", seconds, 1);
    }

    /** The args each play gets. */
    public Builder args(Map<String, ?> args) {
      if (args == null) throw new NullPointerException("args == null");
      return put("args", args);
    }

    /** Whether it fires. */
    public Builder enabled(boolean enabled) {
      return put("enabled", enabled);
    }

    /** The params. */
    public ScheduleParams build() {
      return new ScheduleParams(fields);
    }
  }
}
