package dev.flowkit.workflows.iaiflow;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The calls of {@link Logs}, each returning at once with a {@link CompletableFuture}
 * (a service of them returns its asynchronous twin); get it from {@code AsyncIaiFlow.of(client.async())}.
 */
public interface AsyncLogs {
  /** As {@link Logs#list()}. */
  CompletableFuture<List<LogEntry>> list();
  /** As {@link Logs#list(String, int)}. */
  CompletableFuture<List<LogEntry>> list(@Nullable String runId, int limit);
  /** As {@link Logs#write(WriteLogParams)}. */
  CompletableFuture<LogEntry> write(WriteLogParams params);
  /** As {@link Logs#forRun(String)}. */
  CompletableFuture<List<LogEntry>> forRun(String runId);
}
