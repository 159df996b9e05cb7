package dev.flowkit.workflows.iaiflow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * IAI Flow's log entries ({@code IaiFlow.of(client).logs()}).
 */
public interface Logs {
  /** {@code GET /api/logs}: the newest entries. */
  List<LogEntry> list();
  /** {@code GET /api/logs?run_id=&limit=}: at most {@code limit} (1..500) newest entries, of the run when {@code runId} is not null. */
  List<LogEntry> list(@Nullable String runId, int limit);
  /** {@code POST /api/logs}: writes an entry. */
  LogEntry write(WriteLogParams params);
  /** {@code GET /api/logs/{runId}}: every entry of a run, oldest first. */
  List<LogEntry> forRun(String runId);
}
