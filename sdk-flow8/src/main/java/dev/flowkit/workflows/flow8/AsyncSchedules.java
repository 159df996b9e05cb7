package dev.flowkit.workflows.flow8;

import dev.flowkit.core.AsyncPage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The calls of {@link Schedules}, each returning at once with a {@link CompletableFuture}. */
public interface AsyncSchedules {
  /** As {@link Schedules#list}. */
  CompletableFuture<AsyncPage<Schedule>> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default CompletableFuture<AsyncPage<Schedule>> list() {
    return list(Flow8Query.none());
  }

  /** As {@link Schedules#create}. */
  CompletableFuture<Schedule> create(ScheduleParams params);

  /** As {@link Schedules#update}. */
  CompletableFuture<Schedule> update(String scheduleId, ScheduleParams params);

  /** As {@link Schedules#delete}. */
  CompletableFuture<@Nullable Void> delete(String scheduleId);
}
