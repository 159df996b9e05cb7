package dev.flowkit.workflows.flow8;

import dev.flowkit.core.Page;

/** Schedules that start plays: {@code /api/schedules}. Every call throws a {@link dev.flowkit.core.FlowException} subtype when it fails. */
public interface Schedules {
  /** {@code GET /api/schedules}: filter {@code flowId}. */
  Page<Schedule> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default Page<Schedule> list() {
    return list(Flow8Query.none());
  }

  /** {@code POST /api/schedules}: a flow id and a cron or an interval. */
  Schedule create(ScheduleParams params);

  /** {@code PUT /api/schedules/{id}}. */
  Schedule update(String scheduleId, ScheduleParams params);

  /** {@code DELETE /api/schedules/{id}}. */
  void delete(String scheduleId);
}
